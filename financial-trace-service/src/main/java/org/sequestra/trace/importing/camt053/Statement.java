package org.sequestra.trace.importing.camt053;

/** What a {@code Stmt} says about its account, read before its entries. */
final class Statement {

  String iban;
  String otherId;
  String currency;
  String owner;
  String bic;
  String bankName;

  /** The {@code Bal} being read, if any. */
  Balance balance;

  /** One {@code Bal} of the statement, as read. */
  static final class Balance {
    final long line;
    String type;
    String amount;
    String currency;
    String creditDebit;
    String date;
    String dateTime;

    Balance(long line) {
      this.line = line;
    }
  }

  static boolean wants(String path) {
    return switch (path) {
      case "Acct/Id/IBAN",
          "Acct/Id/Othr/Id",
          "Acct/Ccy",
          "Acct/Ownr/Nm",
          "Acct/Svcr/FinInstnId/BICFI",
          "Acct/Svcr/FinInstnId/BIC",
          "Acct/Svcr/FinInstnId/Nm",
          "Bal/Tp/CdOrPrtry/Cd",
          "Bal/Amt",
          "Bal/CdtDbtInd",
          "Bal/Dt/Dt",
          "Bal/Dt/DtTm" ->
          true;
      default -> false;
    };
  }

  void set(String path, String text, String currencyAttribute) {
    if (path.startsWith("Bal/")) {
      if (balance != null) {
        setBalance(path, text, currencyAttribute);
      }
      return;
    }
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

  private void setBalance(String path, String text, String currencyAttribute) {
    switch (path) {
      case "Bal/Tp/CdOrPrtry/Cd" -> balance.type = text;
      case "Bal/Amt" -> {
        balance.amount = text;
        balance.currency = currencyAttribute;
      }
      case "Bal/CdtDbtInd" -> balance.creditDebit = text;
      case "Bal/Dt/Dt" -> balance.date = text;
      case "Bal/Dt/DtTm" -> balance.dateTime = text;
      default -> throw new IllegalArgumentException(path);
    }
  }
}
