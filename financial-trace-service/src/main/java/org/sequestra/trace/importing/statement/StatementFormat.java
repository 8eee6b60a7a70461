package org.sequestra.trace.importing.statement;

/** The file layouts the importer reads. */
public enum StatementFormat {
  CSV(true),
  AMLSIM(true),
  PAYSIM(true),
  CRYPTO_CSV(true),
  CAMT053(false),
  MT940(false);

  private final boolean oneRecordPerLine;

  StatementFormat(boolean oneRecordPerLine) {
    this.oneRecordPerLine = oneRecordPerLine;
  }

  /**
   * Whether each record after the header is one (CSV) record, so records can be counted up front.
   */
  public boolean oneRecordPerLine() {
    return oneRecordPerLine;
  }
}
