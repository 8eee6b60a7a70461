package org.sequestra.trace.tracing;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sequestra.platform.text.ControlCharacters;

/** A trace's end points and traced transactions as RFC 4180 CSV (see the export operation). */
final class TraceCsv {

  static final String HEADER =
      "record,reason,transaction_id,booked_at,from_account_id,from,to_account_id,to,amount,currency";

  private TraceCsv() {}

  static String of(Trace trace) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    String currency = trace.currency();
    List<TraceReport.EndPoint> ends = trace.result().endPoints();
    for (TraceReport.EndPoint end : ends) {
      endPoint(csv, end, currency);
    }
    for (TraceReport.EndPoint end : trace.result().unexplained()) {
      endPoint(csv, end, currency);
    }
    for (TraceReport.Flow flow : trace.result().flows()) {
      row(
          csv,
          "EDGE",
          "",
          flow.transactionId().toString(),
          DateTimeFormatter.ISO_INSTANT.format(flow.bookedAt()),
          id(flow.from()),
          flow.from().label(),
          id(flow.to()),
          flow.to().label(),
          flow.amount(),
          currency);
    }
    return csv.toString();
  }

  private static void endPoint(StringBuilder csv, TraceReport.EndPoint end, String currency) {
    row(
        csv,
        "END_POINT",
        end.reason(),
        "",
        "",
        "",
        "",
        id(end.node()),
        end.node().label(),
        end.amount(),
        currency);
  }

  private static String id(TraceReport.Node node) {
    return node.accountId() == null ? "" : node.accountId().toString();
  }

  private static void row(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quoted(fields[i]));
    }
    csv.append("\r\n");
  }

  /**
   * Quotes where needed; a leading = + - @ tab or carriage return is defused so a spreadsheet never
   * runs it as a formula. Control characters RFC 4180 has no place for (other than line breaks and
   * tabs inside quotes) become U+FFFD.
   */
  private static String quoted(String field) {
    String value = withoutControls(field);
    if (!value.isEmpty()
        && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
        && !value.matches("-?\\d+(\\.\\d+)?")) {
      value = "'" + value;
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")
        || value.contains("\t")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  private static String withoutControls(String field) {
    if (ControlCharacters.firstForbidden(field) < 0 && field.indexOf('\u007f') < 0) {
      return field;
    }
    StringBuilder b = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      b.append(ControlCharacters.isForbidden(c) || c == '\u007f' ? '\uFFFD' : c);
    }
    return b.toString();
  }
}
