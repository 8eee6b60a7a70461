package org.sequestra.trace.importing.statement;

/** Receives what a parser reads, in file order. */
public interface StatementSink {

  void accept(StatementLine line);

  /**
   * A record that cannot be imported.
   *
   * @param lineNumber 1-based line where the record starts
   * @param field the column, XML path or field tag at fault
   * @param reason why, in words an analyst understands
   */
  void reject(long lineNumber, String field, String reason);

  /**
   * An opening balance the statement gives. Not a record of the file's count: a balance that cannot
   * be read is left out (a trace then replays the account's balance from zero).
   */
  default void openingBalance(OpeningBalance balance) {}
}
