package org.sequestra.freezing.statistics;

import java.util.List;

/** The statistics as CSV (RFC 4180): a header row, CRLF line ends, quoted where needed. */
final class StatisticsCsv {

  static final String HEADER =
      "year,issuingCountry,executingCountry,received,recognised,executed,refused,postponed,"
          + "averageDaysToDecide,averageDaysToExecute,frozenValueEur,confiscatedValueEur,"
          + "valuesWithoutEur,victimCases";

  private StatisticsCsv() {}

  static String of(int year, List<YearStatistics.Row> rows) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (YearStatistics.Row row : rows) {
      List<Object> fields =
          List.of(
              year,
              row.issuingCountry(),
              row.executingCountry(),
              row.received(),
              row.recognised(),
              row.executed(),
              row.refused(),
              row.postponed(),
              text(row.averageDaysToDecide()),
              text(row.averageDaysToExecute()),
              row.frozenValueEur().toPlainString(),
              row.confiscatedValueEur().toPlainString(),
              row.valuesWithoutEur(),
              row.victimCases());
      csv.append(String.join(",", fields.stream().map(field -> quoted(field.toString())).toList()))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String text(Double value) {
    return value == null ? "" : value.toString();
  }

  static String quoted(String field) {
    if (field.contains(",")
        || field.contains("\"")
        || field.contains("\r")
        || field.contains("\n")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }
}
