package org.sequestra.trace.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;
import org.sequestra.trace.importing.statement.StatementLine;

/**
 * The dedup key of each transaction of a file: its bank reference, or where there is none a hash of
 * the entry's content plus its occurrence number among identical entries of the file (same account,
 * direction, amount, booking date and content), so that re-importing the file, or an overlapping
 * one, finds the same keys while genuinely repeated entries stay apart. The keys are those the
 * dataset already holds: {@code md5} over the same fields joined as PostgreSQL's {@code
 * concat_ws('|', ...)} joins them.
 *
 * <p>Occurrences are counted per 128-bit fingerprint of the group: about 30 bytes of memory per
 * entry without a bank reference (entries with one cost nothing here).
 */
final class DedupKeys {

  private static final HexFormat HEX = HexFormat.of();

  private final MessageDigest md5;
  private final Occurrences occurrences = new Occurrences();

  DedupKeys() {
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }

  String key(StatementLine line, long accountId) {
    if (line.bankReference() != null) {
      return "ref:" + line.bankReference();
    }
    StringJoiner content = new StringJoiner("|");
    if (line.counterparty() != null) {
      content.add(line.counterparty().kind().name()).add(line.counterparty().identifier());
    }
    add(content, line.counterpartyName());
    // extract(epoch from booked_at)::text: seconds with six decimals
    content.add(
        BigDecimal.valueOf(line.bookedAt().getEpochSecond())
            .add(BigDecimal.valueOf(line.bookedAt().getNano() / 1_000, 6))
            .setScale(6)
            .toPlainString());
    add(content, line.endToEndId());
    add(content, line.remittanceInfo());
    add(content, line.transactionCode());
    add(content, line.batchReference());
    content.add(line.currency());
    String hash = HEX.formatHex(md5.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    String group =
        accountId
            + "|"
            + line.direction()
            + "|"
            + line.amount().stripTrailingZeros().toPlainString()
            + "|"
            + line.bookingDate()
            + "|"
            + hash;
    byte[] fingerprint = md5.digest(group.getBytes(StandardCharsets.UTF_8));
    return "auto:" + hash + ":" + occurrences.next(fingerprint);
  }

  private static void add(StringJoiner joiner, String value) {
    if (value != null) {
      joiner.add(value);
    }
  }

  /** An open-addressing count per 128-bit fingerprint. */
  private static final class Occurrences {

    private long[] high = new long[1 << 10];
    private long[] low = new long[1 << 10];
    private int[] count = new int[1 << 10];
    private int size;

    int next(byte[] fingerprint) {
      long h = toLong(fingerprint, 0);
      long l = toLong(fingerprint, 8);
      int mask = count.length - 1;
      int slot = (int) h & mask;
      while (count[slot] != 0) {
        if (high[slot] == h && low[slot] == l) {
          return ++count[slot];
        }
        slot = (slot + 1) & mask;
      }
      high[slot] = h;
      low[slot] = l;
      count[slot] = 1;
      if (++size * 3 > count.length * 2) {
        grow();
      }
      return 1;
    }

    private void grow() {
      long[] oldHigh = high;
      long[] oldLow = low;
      int[] oldCount = count;
      high = new long[oldCount.length * 2];
      low = new long[oldCount.length * 2];
      count = new int[oldCount.length * 2];
      int mask = count.length - 1;
      for (int i = 0; i < oldCount.length; i++) {
        if (oldCount[i] != 0) {
          int slot = (int) oldHigh[i] & mask;
          while (count[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          high[slot] = oldHigh[i];
          low[slot] = oldLow[i];
          count[slot] = oldCount[i];
        }
      }
    }

    private static long toLong(byte[] bytes, int from) {
      long value = 0;
      for (int i = from; i < from + 8; i++) {
        value = value << 8 | (bytes[i] & 0xFF);
      }
      return value;
    }
  }
}
