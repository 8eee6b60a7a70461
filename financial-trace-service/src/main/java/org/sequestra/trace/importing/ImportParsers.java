package org.sequestra.trace.importing;

import org.sequestra.trace.importing.camt053.Camt053Parser;
import org.sequestra.trace.importing.csv.AmlSimParser;
import org.sequestra.trace.importing.csv.CryptoCsvParser;
import org.sequestra.trace.importing.csv.PaySimParser;
import org.sequestra.trace.importing.csv.TransactionCsvParser;
import org.sequestra.trace.importing.mt940.Mt940Parser;
import org.sequestra.trace.importing.statement.StatementFormat;
import org.sequestra.trace.importing.statement.StatementParser;

/** The parser for each format. */
final class ImportParsers {

  private ImportParsers() {}

  static StatementParser forFormat(StatementFormat format, ImportOptions options) {
    return switch (format) {
      case CSV -> new TransactionCsvParser(options.charset());
      case AMLSIM -> new AmlSimParser(options.charset(), options.currency());
      case PAYSIM -> new PaySimParser(options.charset(), options.currency());
      case CRYPTO_CSV -> new CryptoCsvParser(options.charset());
      case CAMT053 -> new Camt053Parser();
      case MT940 -> new Mt940Parser(options.charset());
    };
  }
}
