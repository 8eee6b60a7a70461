package org.sequestra.trace.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.postgresql.util.ByteConverter;

/**
 * Rows in PostgreSQL's binary COPY format, collected into chunks for a {@link CopyPipe}. Binary
 * values leave the server nothing to parse (numbers, dates and UUIDs arrive as it stores them),
 * which is most of what a text COPY costs it.
 */
final class CopyRows {

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };

  /** 2000-01-01, PostgreSQL's epoch for dates and timestamps, in days and in seconds. */
  private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

  private static final long PG_EPOCH_SECOND = PG_EPOCH_DAY * 86_400;

  /** A chunk goes to the pipe once it holds this much. */
  private static final int CHUNK = 1 << 18;

  /** Numerics up to these are encoded here: scaled to whole base-10000 digits, still a long. */
  private static final int MAX_FAST_SCALE = 18;

  private static final int MAX_FAST_PRECISION = 15;

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000};

  private static final int NUMERIC_NEGATIVE = 0x4000;

  private final CopyPipe pipe;
  private final short[] groups = new short[8];
  private byte[] buffer = new byte[CHUNK + (CHUNK >> 2)];
  private int length;

  CopyRows(CopyPipe pipe) {
    this.pipe = pipe;
    append(SIGNATURE);
  }

  /** Starts a row of {@code fields} values. */
  CopyRows row(int fields) {
    if (length >= CHUNK) {
      pipe.send(Arrays.copyOf(buffer, length));
      length = 0;
    }
    ensure(2);
    buffer[length++] = (byte) (fields >>> 8);
    buffer[length++] = (byte) fields;
    return this;
  }

  CopyRows nul() {
    int32(-1);
    return this;
  }

  CopyRows int8(long value) {
    int32(8);
    int64(value);
    return this;
  }

  CopyRows int8(Long value) {
    return value == null ? nul() : int8(value.longValue());
  }

  CopyRows uuid(UUID value) {
    int32(16);
    int64(value.getMostSignificantBits());
    int64(value.getLeastSignificantBits());
    return this;
  }

  CopyRows text(String value) {
    if (value == null) {
      return nul();
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int32(bytes.length);
    append(bytes);
    return this;
  }

  CopyRows numeric(BigDecimal value) {
    int scale = value.scale();
    if (scale < 0 || scale > MAX_FAST_SCALE || value.precision() > MAX_FAST_PRECISION) {
      byte[] bytes = ByteConverter.numeric(value);
      int32(bytes.length);
      append(bytes);
      return this;
    }
    // PostgreSQL's numeric: base-10000 digits aligned on the decimal point, most significant
    // first, with the weight (power of 10000) of the first; trailing zero digits left out. Amounts
    // fit in a long, which spares the BigInteger divisions of the general encoder.
    int pad = (4 - scale % 4) % 4;
    long rest = Math.abs(value.unscaledValue().longValue()) * POWERS_OF_TEN[pad];
    int count = 0;
    while (rest != 0) {
      groups[count++] = (short) (rest % 10_000);
      rest /= 10_000;
    }
    int lowest = 0;
    while (lowest < count && groups[lowest] == 0) {
      lowest++;
    }
    int digits = count - lowest;
    int32(8 + 2 * digits);
    int16(digits);
    int16(digits == 0 ? 0 : count - 1 - (scale + pad) / 4);
    int16(value.signum() < 0 ? NUMERIC_NEGATIVE : 0);
    int16(scale);
    for (int i = count - 1; i >= lowest; i--) {
      int16(groups[i]);
    }
    return this;
  }

  CopyRows timestamptz(Instant value) {
    int32(8);
    int64((value.getEpochSecond() - PG_EPOCH_SECOND) * 1_000_000 + value.getNano() / 1_000);
    return this;
  }

  CopyRows date(LocalDate value) {
    if (value == null) {
      return nul();
    }
    int32(4);
    int32((int) (value.toEpochDay() - PG_EPOCH_DAY));
    return this;
  }

  /** Sends what is left and the end of the data. */
  void finish() {
    ensure(2);
    buffer[length++] = (byte) 0xFF;
    buffer[length++] = (byte) 0xFF;
    pipe.send(Arrays.copyOf(buffer, length));
    length = 0;
  }

  private void int32(int value) {
    ensure(4);
    buffer[length++] = (byte) (value >>> 24);
    buffer[length++] = (byte) (value >>> 16);
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  private void int16(int value) {
    ensure(2);
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  private void int64(long value) {
    int32((int) (value >>> 32));
    int32((int) value);
  }

  private void append(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
