package org.sequestra.freezing.document;

import org.sequestra.freezing.document.CertificateDocument.DocumentHeader;
import org.sequestra.freezing.document.CertificateDocument.Field;
import org.sequestra.freezing.document.CertificateDocument.Line;
import org.sequestra.freezing.document.CertificateDocument.Section;
import org.sequestra.freezing.document.CertificateDocument.Subheading;
import org.sequestra.platform.text.Xml;

/**
 * Writes the document as XHTML for the PDF renderer. Every text that did not come from this class
 * goes through {@link Xml#escape}, so a certificate's text can never add markup. The header
 * (request id, status, agencies) repeats on every page as a running element; the footer numbers the
 * pages.
 */
final class XhtmlTemplate {

  /** The family the renderer registers for text from the certificate (see {@link PdfRenderer}). */
  static final String TEXT_FONT = "Certificate Text";

  private static final String STYLE =
      """
      @page {
        size: A4;
        margin: 30mm 18mm 20mm 18mm;
        @top-left { content: element(header); }
        @bottom-center {
          content: "Page " counter(page) " of " counter(pages);
          font-family: sans-serif; font-size: 8pt; color: #444;
        }
      }
      body { font-family: '%1$s', sans-serif; font-size: 9.5pt; line-height: 1.3; }
      #header { position: running(header); font-family: '%1$s', sans-serif; font-size: 8pt;
        border-bottom: 0.5pt solid #444; padding-bottom: 2mm; width: 174mm; }
      #header td { padding: 0 2mm 0 0; vertical-align: top; }
      #header .k { font-family: sans-serif; color: #444; white-space: nowrap; }
      h1 { font-family: sans-serif; font-size: 13pt; text-align: center; margin: 0 0 1mm 0; }
      .regulation { text-align: center; font-size: 8.5pt; margin: 0 0 5mm 0; }
      h2 { font-family: sans-serif; font-size: 10.5pt; margin: 5mm 0 1.5mm 0;
        border-bottom: 0.5pt solid #999; page-break-after: avoid; }
      h3 { font-family: sans-serif; font-size: 9.5pt; margin: 2.5mm 0 1mm 0;
        page-break-after: avoid; }
      table.fields { width: 100%%; border-collapse: collapse; }
      table.fields td { vertical-align: top; padding: 0.8mm 1.5mm; border: 0.3pt solid #bbb; }
      td.label { width: 42%%; font-family: sans-serif; font-size: 8.5pt; color: #222; }
      td.value { white-space: pre-wrap; }
      tr { page-break-inside: avoid; }
      p.draft { text-align: center; font-family: sans-serif; font-weight: bold; color: #a00;
        border: 0.8pt solid #a00; padding: 1mm; margin: 0 0 4mm 0; }
      p.blank { font-style: italic; color: #444; margin: 0.5mm 0; }
      table.signature { width: 100%%; margin-top: 3mm; border-collapse: collapse;
        table-layout: fixed; page-break-inside: avoid; }
      table.signature td { width: 50%%; border: 0.3pt solid #777; height: 9mm; vertical-align: top;
        font-family: sans-serif; font-size: 8pt; padding: 0.8mm 1.5mm; }
      """
          .formatted(TEXT_FONT);

  /** A draft may be printed to proofread it, never mistaken for the certificate itself. */
  static final String DRAFT_NOTICE = "DRAFT — not issued; not to be transmitted or executed.";

  private XhtmlTemplate() {}

  static String render(CertificateDocument document) {
    StringBuilder html = new StringBuilder(16_384);
    html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>")
        .append(esc(document.title() + " — " + document.header().requestId()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>");
    header(html, document.header());
    html.append("<h1>")
        .append(esc(document.title()))
        .append("</h1>")
        .append("<p class=\"regulation\">Regulation (EU) 2018/1805 on the mutual recognition of")
        .append(" freezing orders and confiscation orders</p>");
    if ("DRAFT".equals(document.header().status())) {
      html.append("<p class=\"draft\">").append(esc(DRAFT_NOTICE)).append("</p>");
    }
    for (Section section : document.sections()) {
      section(html, section);
    }
    return html.append("</body></html>").toString();
  }

  private static void header(StringBuilder html, DocumentHeader header) {
    html.append("<div id=\"header\"><table>");
    row(html, "Request", header.requestId(), "Status", header.status());
    row(
        html,
        "Issuing agency",
        header.issuingAgency(),
        "Executing agency",
        header.executingAgency());
    row(
        html,
        "Issuing reference",
        header.issuingReference(),
        "Legal instrument",
        header.instrument());
    if (header.issued() != null) {
      html.append("<tr><td class=\"k\">Issued</td><td colspan=\"3\">")
          .append(esc(header.issued()))
          .append("</td></tr>");
    }
    html.append("</table></div>");
  }

  private static void row(
      StringBuilder html, String key1, String value1, String key2, String value2) {
    html.append("<tr><td class=\"k\">")
        .append(esc(key1))
        .append("</td><td>")
        .append(esc(orDash(value1)))
        .append("</td><td class=\"k\">")
        .append(esc(key2))
        .append("</td><td>")
        .append(esc(orDash(value2)))
        .append("</td></tr>");
  }

  private static void section(StringBuilder html, Section section) {
    html.append("<h2>").append(esc(section.title())).append("</h2>");
    if (section.lines().isEmpty()) {
      html.append("<p class=\"blank\">").append(esc(section.whenEmpty().text())).append("</p>");
      return;
    }
    boolean open = false;
    for (Line line : section.lines()) {
      switch (line) {
        case Subheading subheading -> {
          if (open) {
            html.append("</table>");
            open = false;
          }
          html.append("<h3>").append(esc(subheading.text())).append("</h3>");
        }
        case Field field -> {
          if (!open) {
            html.append("<table class=\"fields\">");
            open = true;
          }
          html.append("<tr><td class=\"label\">")
              .append(esc(field.label()))
              .append("</td><td class=\"value\">")
              .append(esc(field.value()))
              .append("</td></tr>");
        }
      }
    }
    if (open) {
      html.append("</table>");
    }
    if (section.signed()) {
      signature(html);
    }
  }

  /** Room for the signature the Annex asks of the section's authority. */
  private static void signature(StringBuilder html) {
    html.append("<table class=\"signature\"><tr>")
        .append("<td>Signature</td><td>Name</td></tr><tr>")
        .append("<td>Post held (title/grade)</td><td>Date</td></tr><tr>")
        .append("<td colspan=\"2\">Official stamp (if available)</td></tr></table>");
  }

  private static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  /** Text for element content; line breaks stay characters so pre-wrap keeps them. */
  private static String esc(String text) {
    return Xml.escape(text).replace("&#10;", "\n").replace("&#9;", "\t").replace("&#13;", "");
  }
}
