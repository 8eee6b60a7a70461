package org.sequestra.benchmarks;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;

/**
 * The registry's data for the benchmark, written with COPY straight into the service's tables (the
 * seed is not what is measured): cases alternately of NL-ARO and ES-ARO, and bank accounts spread
 * evenly over them, each with one Dutch IBAN stored exactly as registration stores it (normalised
 * value and matching key from the platform's validator).
 */
final class RegistrySeed {

  static final String NL = "NL-ARO";
  static final String ES = "ES-ARO";
  private static final long SEED = 20_260_101L;
  private static final long FIRST_ACCOUNT = 1_000_000_000L;
  private static final int ROWS_PER_WRITE = 20_000;

  final int cases;
  final int assets;
  private final UUID[] caseIds;
  private final long[] assetHigh;
  private final long[] assetLow;

  RegistrySeed(int cases, int assets) {
    this.cases = cases;
    this.assets = assets;
    SplittableRandom random = new SplittableRandom(SEED);
    caseIds = new UUID[cases];
    for (int c = 0; c < cases; c++) {
      caseIds[c] = uuid(random.nextLong(), random.nextLong());
    }
    assetHigh = new long[assets];
    assetLow = new long[assets];
    for (int a = 0; a < assets; a++) {
      assetHigh[a] = random.nextLong();
      assetLow[a] = random.nextLong();
    }
  }

  UUID caseId(int c) {
    return caseIds[c];
  }

  static String agencyOfCase(int c) {
    return c % 2 == 0 ? NL : ES;
  }

  int caseOfAsset(int a) {
    return a % cases;
  }

  String agencyOfAsset(int a) {
    return agencyOfCase(caseOfAsset(a));
  }

  UUID assetId(int a) {
    return uuid(assetHigh[a], assetLow[a]);
  }

  /** The IBAN of seeded asset {@code a} in its printed form (as a user would type it). */
  static String ibanOfAsset(int a) {
    return dutchIban(FIRST_ACCOUNT + a);
  }

  /** An IBAN no seeded asset has, for new registrations: {@code n} from 0 up. */
  static String freshIban(long n) {
    return dutchIban(5_000_000_000L + n);
  }

  /** NL + check digits + ABNA + a 10-digit account number (ISO 13616 mod-97 check digits). */
  static String dutchIban(long account) {
    String bban = "ABNA" + account;
    BigInteger digits = new BigInteger(asDigits(bban + "NL00"));
    int check = 98 - digits.mod(BigInteger.valueOf(97)).intValue();
    return "NL" + (check < 10 ? "0" : "") + check + bban;
  }

  private static String asDigits(String text) {
    StringBuilder digits = new StringBuilder(text.length() * 2);
    for (char c : text.toCharArray()) {
      if (Character.isDigit(c)) {
        digits.append(c);
      } else {
        digits.append(c - 'A' + 10);
      }
    }
    return digits.toString();
  }

  /** Writes cases, assets and identifiers, then analyzes the tables. */
  void load(Connection connection) throws SQLException {
    String now = "2026-01-01 00:00:00+00";
    copy(
        connection,
        "COPY investigation_case (id, national_reference, title, owning_agency, country, opened_on,"
            + " status, created_at, created_by, version) FROM STDIN",
        cases,
        (c, row) ->
            row.append(caseIds[c])
                .append("\tBENCH/")
                .append(c)
                .append("\tBenchmark case ")
                .append(c)
                .append('\t')
                .append(agencyOfCase(c))
                .append('\t')
                .append(agencyOfCase(c), 0, 2)
                .append("\t2026-01-01\tOPEN\t")
                .append(now)
                .append("\tbenchmark\t0\n"));
    copy(
        connection,
        "COPY asset (id, case_id, owning_agency, type, status, description, location_country,"
            + " created_at, created_by, version) FROM STDIN",
        assets,
        (a, row) ->
            row.append(assetId(a))
                .append('\t')
                .append(caseIds[caseOfAsset(a)])
                .append('\t')
                .append(agencyOfAsset(a))
                .append("\tBANK_ACCOUNT\tIDENTIFIED\tCurrent account ")
                .append(a)
                .append("\tNL\t")
                .append(now)
                .append("\tbenchmark\t0\n"));
    copy(
        connection,
        "COPY asset_identifier (asset_id, field, value, match_type, match_key) FROM STDIN",
        assets,
        (a, row) -> {
          ValidationResult iban = Identifiers.validate(IdentifierType.IBAN, ibanOfAsset(a));
          row.append(assetId(a))
              .append("\tiban\t")
              .append(iban.normalised())
              .append("\tIBAN\t")
              .append(iban.key())
              .append('\n');
        });
    try (Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE investigation_case");
      statement.execute("VACUUM ANALYZE asset");
      statement.execute("VACUUM ANALYZE asset_identifier");
    }
  }

  private interface RowWriter {
    void write(int index, StringBuilder row);
  }

  private static void copy(Connection connection, String sql, int rows, RowWriter writer)
      throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      StringBuilder chunk = new StringBuilder(ROWS_PER_WRITE * 160);
      for (int i = 0; i < rows; i++) {
        writer.write(i, chunk);
        if ((i + 1) % ROWS_PER_WRITE == 0 || i == rows - 1) {
          byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(bytes, 0, bytes.length);
          chunk.setLength(0);
        }
      }
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** A random (version 4) UUID from the given bits, so that the seed is the same every run. */
  private static UUID uuid(long high, long low) {
    return new UUID(
        (high & 0xffffffffffff0fffL) | 0x0000000000004000L,
        (low & 0x3fffffffffffffffL) | 0x8000000000000000L);
  }
}
