package org.sequestra.trace.importing.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.trace.importing.statement.AccountRef;
import org.sequestra.trace.importing.statement.Direction;
import org.sequestra.trace.importing.statement.Fields;
import org.sequestra.trace.importing.statement.RejectedField;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.StatementParser;
import org.sequestra.trace.importing.statement.StatementSink;
import org.sequestra.trace.importing.statement.Text;
import org.sequestra.trace.importing.statement.TextLines;

/**
 * On-chain transfers ({@code hash,from,to,amount,asset,time}, optionally {@code chain}): each a
 * payment from the {@code from} address to the {@code to} address; the hash is its reference.
 */
public final class CryptoCsvParser implements StatementParser {

  static final List<String> REQUIRED = List.of("hash", "from", "to", "amount", "asset", "time");
  static final Set<String> OPTIONAL = Set.of("chain");

  private static final Pattern ASSET = Pattern.compile("[A-Z0-9.]{1,16}");
  private static final Pattern CHAIN = Pattern.compile("[A-Z0-9_-]{1,32}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");

  private final Charset charset;

  public CryptoCsvParser(Charset charset) {
    this.charset = charset;
  }

  @Override
  public void parse(InputStream in, StatementSink sink) throws IOException {
    CsvReader csv = new CsvReader(new TextLines(in, charset));
    Columns columns = Columns.of(csv.header(), REQUIRED, OPTIONAL, "crypto transfer CSV");
    for (List<String> record = csv.next(); record != null; record = csv.next()) {
      long line = csv.recordLine();
      try {
        columns.checkWidth(record);
        csv.checkText(record);
        sink.accept(line(line, columns, record));
      } catch (RejectedField rejected) {
        sink.reject(line, rejected.field(), rejected.reason());
      }
    }
  }

  private static StatementLine line(long line, Columns columns, List<String> record) {
    String hash = Fields.required("hash", columns.get(record, "hash"));
    String from = Fields.required("from", columns.get(record, "from"));
    String to = Fields.required("to", columns.get(record, "to"));
    BigDecimal amount = Fields.amount("amount", columns.get(record, "amount"));
    String asset = Fields.required("asset", columns.get(record, "asset")).toUpperCase(Locale.ROOT);
    if (!ASSET.matcher(asset).matches()) {
      throw new RejectedField("asset", "is not an asset symbol: " + Text.quote(asset));
    }
    Instant at = time(columns.get(record, "time"));
    String chain = chain(Text.clean(columns.get(record, "chain")), from, to);
    return StatementLine.builder(line)
        .account(AccountRef.crypto("account", from, chain))
        .counterparty(AccountRef.crypto("counterparty", to, chain), null, null)
        .direction(Direction.DEBIT)
        .amount(amount, asset)
        .booked(at, at.atOffset(ZoneOffset.UTC).toLocalDate())
        .bankReference(hash)
        .build();
  }

  private static Instant time(String value) {
    String clean = Fields.required("time", value);
    if (DIGITS.matcher(clean).matches()) {
      return Instant.ofEpochSecond(Long.parseLong(clean));
    }
    return Fields.booked("time", clean).at();
  }

  /** The chain column, or the chain the addresses belong to. */
  private static String chain(String given, String from, String to) {
    if (given != null) {
      String chain = given.toUpperCase(Locale.ROOT);
      if (!CHAIN.matcher(chain).matches()) {
        throw new RejectedField("chain", "is not a chain name: " + Text.quote(given));
      }
      return chain;
    }
    if (from.regionMatches(true, 0, "0x", 0, 2)) {
      return "ETHEREUM";
    }
    if (Identifiers.isValid(IdentifierType.BITCOIN_ADDRESS, from)
        || Identifiers.isValid(IdentifierType.BITCOIN_ADDRESS, to)) {
      return "BITCOIN";
    }
    throw new RejectedField(
        "chain",
        "cannot be recognised from the addresses (neither Ethereum nor Bitcoin): add a chain"
            + " column");
  }
}
