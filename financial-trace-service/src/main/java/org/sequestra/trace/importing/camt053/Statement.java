package org.sequestra.trace.importing.camt053;

/** What a {@code Stmt} says about its account, read before its entries. */
final class Statement {

  String iban;
  String otherId;
  String currency;
  String owner;
  String bic;
  String bankName;

  static boolean wants(String path) {
    return switch (path) {
      case "Acct/Id/IBAN",
          "Acct/Id/Othr/Id",
          "Acct/Ccy",
          "Acct/Ownr/Nm",
          "Acct/Svcr/FinInstnId/BICFI",
          "Acct/Svcr/FinInstnId/BIC",
          "Acct/Svcr/FinInstnId/Nm" ->
          true;
      default -> false;
    };
  }

  void set(String path, String text) {
    switch (path) {
      case "Acct/Id/IBAN" -> iban = text;
      case "Acct/Id/Othr/Id" -> otherId = text;
      case "Acct/Ccy" -> currency = text;
      case "Acct/Ownr/Nm" -> owner = text;
      case "Acct/Svcr/FinInstnId/BICFI", "Acct/Svcr/FinInstnId/BIC" -> bic = text;
      case "Acct/Svcr/FinInstnId/Nm" -> bankName = text;
      default -> throw new IllegalArgumentException(path);
    }
  }
}
