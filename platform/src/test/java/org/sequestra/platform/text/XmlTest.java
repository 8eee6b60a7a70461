package org.sequestra.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlTest {

  @Test
  void anyJavaStringGivesWellFormedContentAndAttributes() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    all.append("\uD800 lone \uDC00 pair \uD83D\uDCB0 \uFFFE\uFFFF");
    String text = Xml.escape(all.toString());
    String doc = "<a title=\"" + text + "\" other='" + text + "'>" + text + "</a>";

    Element root =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();

    String expected =
        all.toString()
            .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD")
            .replace("\uD800 lone \uDC00", "\uFFFD lone \uFFFD")
            .replace("\uFFFE\uFFFF", "\uFFFD\uFFFD");
    assertThat(root.getAttribute("title")).isEqualTo(expected);
    assertThat(root.getAttribute("other")).isEqualTo(expected);
    assertThat(root.getTextContent()).isEqualTo(expected);
  }
}
