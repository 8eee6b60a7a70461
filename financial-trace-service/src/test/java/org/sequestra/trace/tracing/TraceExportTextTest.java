package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.engine.AttributionRule;
import org.sequestra.trace.engine.TraceDirection;

/** The exports stay well-formed for any text a statement import stored, controls included. */
class TraceExportTextTest {

  /** What the CSV import accepted as account holders before the input rules existed. */
  private static final String HOLDER = "Vertical\u000Btab & <Co> \"quoted\" 'single' \u0000nul";

  @Test
  void svgIsWellFormedXmlWhateverTheLabelsHold() throws Exception {
    String svg = TraceSvg.of(trace(HOLDER, "=cmd|' /C calc'!A0"));

    assertThatCode(() -> parse(svg)).doesNotThrowAnyException();
    var text = parse(svg).getDocumentElement().getTextContent();
    assertThat(text).contains("Vertical\uFFFDtab & <Co>").doesNotContain("\u000B", "\u0000");
  }

  @Test
  void svgNeverCutsASurrogatePairWhenShorteningALabel() throws Exception {
    String label = "x".repeat(38) + "\uD83D\uDCB0" + "y".repeat(10);
    String svg = TraceSvg.of(trace(label, "other"));

    assertThatCode(() -> parse(svg)).doesNotThrowAnyException();
    assertThat(svg).contains("x".repeat(38) + "\u2026").doesNotContain("\uD83D\u2026");
  }

  @Test
  void csvHasNoControlCharactersAndDefusesFormulas() {
    String csv = TraceCsv.of(trace(HOLDER, "\t=1+1"));

    assertThat(csv.replace("\r\n", "")).doesNotContain("\u000B", "\u0000", "\r", "\n");
    assertThat(csv)
        .contains("\"Vertical\uFFFDtab & <Co> \"\"quoted\"\" 'single' \uFFFDnul\"")
        .contains("\"'\t=1+1\"");
  }

  private static org.w3c.dom.Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static Trace trace(String fromLabel, String toLabel) {
    TraceReport.Node from = node(1L, fromLabel);
    TraceReport.Node to = node(2L, toLabel);
    TraceReport result =
        new TraceReport(
            "50.00",
            List.of(new TraceReport.EndPoint(to, "HELD", "50.00")),
            List.of(),
            List.of(
                new TraceReport.Flow(7L, Instant.parse("2024-03-02T10:00:00Z"), from, to, "50.00")),
            List.of(),
            null);
    return new Trace(
        UUID.randomUUID(),
        UUID.randomUUID(),
        TraceDirection.FORWARD,
        AttributionRule.FIFO,
        "EUR",
        null,
        result,
        1,
        Instant.now(),
        "tester");
  }

  private static TraceReport.Node node(long accountId, String label) {
    return new TraceReport.Node(accountId, null, null, null, null, label, null);
  }
}
