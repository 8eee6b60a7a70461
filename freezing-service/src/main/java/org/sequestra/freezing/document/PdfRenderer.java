package org.sequestra.freezing.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF with openhtmltopdf, in process. Headings and labels use the PDF's standard
 * Helvetica; the certificate's own text uses Liberation Sans, which ships inside PDFBox and covers
 * Latin, Greek and Cyrillic, so names in every official script of the Union print as written. It is
 * embedded as a subset (only the glyphs used).
 */
final class PdfRenderer {

  /** Where PDFBox keeps its Liberation Sans (it uses it for form fields). */
  static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  static {
    XRLog.setLoggerImpl(new RendererLog());
  }

  private PdfRenderer() {}

  static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(PdfRenderer::font, XhtmlTemplate.TEXT_FONT, 400, FontStyle.NORMAL, true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the certificate could not be rendered", e);
    }
    return out.toByteArray();
  }

  private static InputStream font() {
    return new ByteArrayInputStream(Font.BYTES);
  }

  /** Read from the jar once, on first use. */
  private static final class Font {
    static final byte[] BYTES = load();

    private static byte[] load() {
      try (InputStream font = PdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
        if (font == null) {
          throw new IllegalStateException("PDFBox's Liberation Sans is missing: " + FONT_RESOURCE);
        }
        return font.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
