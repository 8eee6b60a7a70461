package org.sequestra.trace.graph;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads PostgreSQL's binary COPY format: rows of fields read in the order the query selects them,
 * each as the type the query gives it. One {@link Row} object serves every row, so nothing is
 * allocated per row but the strings a caller asks for.
 */
final class BinaryCopyReader {

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0
  };

  /** 2000-01-01, PostgreSQL's epoch for dates and timestamps, in Unix days and seconds. */
  private static final int POSTGRES_EPOCH_DAY = 10_957;

  private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400L;

  private final DataInputStream in;
  private final Row row = new Row();

  BinaryCopyReader(InputStream stream) {
    in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
  }

  interface RowHandler {
    void accept(Row row) throws IOException;
  }

  void forEachRow(RowHandler handler) throws IOException {
    byte[] signature = new byte[SIGNATURE.length];
    in.readFully(signature);
    if (!Arrays.equals(signature, SIGNATURE)) {
      throw new IOException("not a binary COPY stream");
    }
    in.readInt(); // flags: no OIDs are asked for
    in.skipNBytes(in.readInt());
    for (short fields = in.readShort(); fields != -1; fields = in.readShort()) {
      row.start(fields);
      handler.accept(row);
      row.finish();
    }
  }

  /** The current row; read its fields in order, each exactly once. */
  final class Row {

    private static final int NOT_READ = -2;

    private int fields;
    private int fieldsLeft;
    private int length = NOT_READ;
    private final Numeric numeric = new Numeric();
    private byte[] buffer = new byte[64];

    /** Per column: the last text read and its string (a currency repeats row after row). */
    private byte[][] lastText = new byte[0][];

    private String[] lastString = new String[0];

    private void start(int fields) {
      if (fields > lastText.length) {
        lastText = Arrays.copyOf(lastText, fields);
        lastString = Arrays.copyOf(lastString, fields);
      }
      this.fields = fields;
      fieldsLeft = fields;
      length = NOT_READ;
    }

    private void finish() throws IOException {
      if (fieldsLeft != 0 || length != NOT_READ) {
        throw new IOException("a row has " + fieldsLeft + " fields nobody read");
      }
    }

    /** Whether the next field is NULL; it stays the next field. */
    boolean isNull() throws IOException {
      return peekLength() == -1;
    }

    /** Passes over the next field. */
    void skip() throws IOException {
      int size = take();
      if (size > 0) {
        in.skipNBytes(size);
      }
    }

    long int8() throws IOException {
      expect(8);
      return in.readLong();
    }

    int int4() throws IOException {
      expect(4);
      return in.readInt();
    }

    /** A timestamptz as epoch seconds (PostgreSQL sends microseconds since 2000-01-01 UTC). */
    long timestamp() throws IOException {
      return Math.floorDiv(int8(), 1_000_000L) + POSTGRES_EPOCH_SECOND;
    }

    /** A date as days since 1970-01-01 (PostgreSQL sends days since 2000-01-01). */
    int date() throws IOException {
      return int4() + POSTGRES_EPOCH_DAY;
    }

    boolean bool() throws IOException {
      expect(1);
      return in.readByte() != 0;
    }

    /**
     * Text or null. A value equal to the previous text of the same column returns the same string,
     * without allocating anything.
     */
    String text() throws IOException {
      int size = take();
      if (size < 0) {
        return null;
      }
      int column = fields - fieldsLeft - 1;
      if (buffer.length < size) {
        buffer = new byte[Math.max(size, 2 * buffer.length)];
      }
      in.readFully(buffer, 0, size);
      byte[] last = lastText[column];
      if (last == null || !Arrays.equals(buffer, 0, size, last, 0, last.length)) {
        lastText[column] = Arrays.copyOf(buffer, size);
        lastString[column] = new String(buffer, 0, size, StandardCharsets.UTF_8);
      }
      return lastString[column];
    }

    /** A numeric value; the object returned is reused for the next one. */
    Numeric numeric() throws IOException {
      int size = take();
      if (size < 8) {
        throw new IOException("a numeric field of " + size + " bytes");
      }
      numeric.read(in, size);
      return numeric;
    }

    private void expect(int size) throws IOException {
      int actual = take();
      if (actual != size) {
        throw new IOException("a field of " + actual + " bytes where " + size + " were expected");
      }
    }

    private int peekLength() throws IOException {
      if (length == NOT_READ) {
        if (fieldsLeft == 0) {
          throw new IOException("no field left in the row");
        }
        fieldsLeft--;
        length = in.readInt();
      }
      return length;
    }

    private int take() throws IOException {
      int size = peekLength();
      length = NOT_READ;
      return size;
    }
  }

  /** PostgreSQL's numeric: base-10 000 digits, the first worth 10 000^weight. */
  static final class Numeric {

    private static final int NEGATIVE = 0x4000;
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
      POWERS_OF_TEN[0] = 1;
      for (int i = 1; i < POWERS_OF_TEN.length; i++) {
        POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
      }
    }

    private int count;
    private int weight;
    private int sign;
    private short[] digits = new short[8];

    private void read(DataInputStream in, int size) throws IOException {
      count = in.readShort();
      weight = in.readShort();
      sign = in.readShort() & 0xFFFF;
      in.readShort(); // display scale
      if (size != 8 + 2 * count || (sign != 0 && sign != NEGATIVE)) {
        throw new IOException("not a finite numeric");
      }
      if (digits.length < count) {
        digits = new short[count];
      }
      for (int i = 0; i < count; i++) {
        digits[i] = in.readShort();
      }
    }

    /**
     * The value in units of 10^-minorDigits, rounded half up (away from zero), as the import stores
     * them.
     */
    long toMinor(int minorDigits) {
      try {
        long unscaled = 0;
        for (int i = 0; i < count; i++) {
          unscaled = Math.addExact(Math.multiplyExact(unscaled, 10_000), digits[i]);
        }
        // value = unscaled * 10^(4 * (weight - count + 1)); minor units take minorDigits more.
        int exponent = 4 * (weight - count + 1) + minorDigits;
        long minor;
        if (exponent >= 0) {
          minor =
              exponent < POWERS_OF_TEN.length
                  ? Math.multiplyExact(unscaled, POWERS_OF_TEN[exponent])
                  : exact(minorDigits);
        } else if (-exponent < POWERS_OF_TEN.length) {
          long divisor = POWERS_OF_TEN[-exponent];
          minor = unscaled / divisor + (unscaled % divisor * 2 >= divisor ? 1 : 0);
        } else {
          minor = exact(minorDigits);
        }
        return sign == NEGATIVE ? -minor : minor;
      } catch (ArithmeticException tooLargeForLongArithmetic) {
        return (sign == NEGATIVE ? -1 : 1) * exact(minorDigits);
      }
    }

    /** The magnitude in minor units through BigDecimal, for values long arithmetic cannot hold. */
    private long exact(int minorDigits) {
      BigInteger unscaled = BigInteger.ZERO;
      for (int i = 0; i < count; i++) {
        unscaled = unscaled.multiply(BigInteger.valueOf(10_000)).add(BigInteger.valueOf(digits[i]));
      }
      return new BigDecimal(unscaled, -4 * (weight - count + 1))
          .movePointRight(minorDigits)
          .setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
    }
  }
}
