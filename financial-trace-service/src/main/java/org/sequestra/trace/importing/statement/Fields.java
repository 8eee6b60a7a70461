package org.sequestra.trace.importing.statement;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;

/**
 * Reads the values every format has (amounts, currencies, dates), each failure a {@link
 * RejectedField} with a reason that says what was found.
 */
public final class Fields {

  /** Amounts are stored with at most this many decimals (crypto assets go to 18). */
  private static final int MAX_SCALE = 18;

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e20");

  private Fields() {}

  public static String required(String field, String value) {
    String clean = Text.clean(value);
    if (clean == null) {
      throw new RejectedField(field, "is missing");
    }
    return clean;
  }

  /**
   * A decimal amount written with a dot ({@code 1250.5}, also exponent form {@code 1.9E7}), signed
   * or not; the caller decides what a sign means.
   */
  public static BigDecimal decimal(String field, String value) {
    String clean = required(field, value);
    BigDecimal amount;
    try {
      amount = new BigDecimal(clean);
    } catch (NumberFormatException e) {
      throw new RejectedField(field, "is not a decimal number: " + Text.quote(clean));
    }
    if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
      throw new RejectedField(field, "is too large: " + Text.quote(clean));
    }
    BigDecimal plain = amount.scale() < 0 ? amount.setScale(0) : amount;
    if (plain.stripTrailingZeros().scale() > MAX_SCALE) {
      throw new RejectedField(
          field, "has more than " + MAX_SCALE + " decimals: " + Text.quote(clean));
    }
    return plain.scale() > MAX_SCALE ? plain.setScale(MAX_SCALE) : plain;
  }

  /** A decimal amount that must not be negative. */
  public static BigDecimal amount(String field, String value) {
    BigDecimal amount = decimal(field, value);
    if (amount.signum() < 0) {
      throw new RejectedField(field, "must not be negative: " + Text.quote(value.strip()));
    }
    return amount;
  }

  /** An ISO 4217 currency code. */
  public static String currency(String field, String value) {
    String clean = required(field, value).toUpperCase(Locale.ROOT);
    ValidationResult result = Identifiers.validate(IdentifierType.CURRENCY_CODE, clean);
    if (!result.valid()) {
      throw new RejectedField(field, result.reason());
    }
    return result.normalised();
  }

  /**
   * The amount shown with at least the currency's minor units ({@code 300} EUR → {@code 300.00}).
   */
  public static BigDecimal withMinorUnits(BigDecimal amount, String currency) {
    int digits;
    try {
      digits = Currency.getInstance(currency).getDefaultFractionDigits();
    } catch (IllegalArgumentException notIso) {
      return amount;
    }
    return digits > amount.scale() ? amount.setScale(digits) : amount;
  }

  /** An ISO date, {@code 2026-03-01}. */
  public static LocalDate date(String field, String value) {
    String clean = required(field, value);
    try {
      LocalDate date = isoDate(clean);
      return date != null ? date : LocalDate.parse(clean);
    } catch (DateTimeException e) {
      throw new RejectedField(field, "is not a date (yyyy-MM-dd): " + Text.quote(clean));
    }
  }

  /**
   * A booking time: an ISO date (midnight UTC) or date-time, with an offset or without (then UTC).
   * The booking date is the date in the offset the file gives.
   */
  public static Booked booked(String field, String value) {
    String clean = required(field, value);
    try {
      Booked common = isoBooked(clean);
      if (common != null) {
        return common;
      }
      if (clean.length() == 10) {
        LocalDate date = LocalDate.parse(clean);
        return new Booked(date.atStartOfDay(ZoneOffset.UTC).toInstant(), date);
      }
      if (hasOffset(clean)) {
        OffsetDateTime at = OffsetDateTime.parse(clean);
        return new Booked(at.toInstant(), at.toLocalDate());
      }
      LocalDateTime at = LocalDateTime.parse(clean);
      return new Booked(at.toInstant(ZoneOffset.UTC), at.toLocalDate());
    } catch (DateTimeException e) {
      throw new RejectedField(field, "is not an ISO 8601 date or date-time: " + Text.quote(clean));
    }
  }

  /**
   * The shapes nearly every file uses, read without a {@link java.time.format.DateTimeFormatter}
   * (which cost more than the rest of a line): {@code yyyy-MM-dd}, and {@code yyyy-MM-ddTHH:mm:ss}
   * with an optional fraction and an optional {@code Z} or {@code ±HH:MM}. The same values as the
   * formatters give; {@code null} for any other shape, which they read.
   *
   * @throws DateTimeException when the shape fits but a value is out of range (a 30 February)
   */
  private static Booked isoBooked(String value) {
    int length = value.length();
    if (length == 10) {
      LocalDate date = isoDate(value);
      return date == null ? null : new Booked(date.atStartOfDay(ZoneOffset.UTC).toInstant(), date);
    }
    if (length < 19
        || value.charAt(10) != 'T'
        || value.charAt(13) != ':'
        || value.charAt(16) != ':') {
      return null;
    }
    int hour = digits(value, 11, 2);
    int minute = digits(value, 14, 2);
    int second = digits(value, 17, 2);
    if (hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int at = 19;
    int nano = 0;
    if (at < length && value.charAt(at) == '.') {
      int from = ++at;
      while (at < length && at - from < 9 && isDigit(value.charAt(at))) {
        nano = nano * 10 + value.charAt(at++) - '0';
      }
      if (at == from) {
        return null;
      }
      for (int i = at - from; i < 9; i++) {
        nano *= 10;
      }
    }
    int offsetSeconds = 0;
    if (at < length) {
      char sign = value.charAt(at);
      if (sign == 'Z' && at + 1 == length) {
        offsetSeconds = 0;
      } else if ((sign == '+' || sign == '-') && at + 6 == length && value.charAt(at + 3) == ':') {
        int hours = digits(value, at + 1, 2);
        int minutes = digits(value, at + 4, 2);
        if (hours < 0 || minutes < 0) {
          return null;
        }
        offsetSeconds =
            sign == '+'
                ? ZoneOffset.ofHoursMinutes(hours, minutes).getTotalSeconds()
                : ZoneOffset.ofHoursMinutes(-hours, -minutes).getTotalSeconds();
      } else {
        return null;
      }
    }
    LocalDate date = isoDateAt(value);
    if (date == null) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      throw new DateTimeException("time out of range");
    }
    long epochSecond =
        date.toEpochDay() * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds;
    return new Booked(Instant.ofEpochSecond(epochSecond, nano), date);
  }

  /**
   * {@code yyyy-MM-dd} with a four-digit year, or {@code null} for any other shape.
   *
   * @throws DateTimeException when the date does not exist
   */
  private static LocalDate isoDate(String value) {
    return value.length() == 10 ? isoDateAt(value) : null;
  }

  /** {@link #isoDate} of the first ten characters. */
  private static LocalDate isoDateAt(String value) {
    if (value.charAt(4) != '-' || value.charAt(7) != '-') {
      return null;
    }
    int year = digits(value, 0, 4);
    int month = digits(value, 5, 2);
    int day = digits(value, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number the ASCII digits at {@code from} spell, or -1 when one is not a digit. */
  private static int digits(String value, int from, int count) {
    int number = 0;
    for (int i = from; i < from + count; i++) {
      char c = value.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      number = number * 10 + c - '0';
    }
    return number;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hasOffset(String value) {
    int time = value.indexOf('T');
    if (time < 0) {
      return false;
    }
    String clock = value.substring(time);
    return clock.endsWith("Z") || clock.indexOf('+') > 0 || clock.lastIndexOf('-') > 0;
  }

  /** A non-negative whole number no larger than {@code max}. */
  public static long wholeNumber(String field, String value, long max) {
    String clean = required(field, value);
    try {
      long number = Long.parseLong(clean);
      if (number < 0 || number > max) {
        throw new RejectedField(field, "must be between 0 and " + max + ": " + Text.quote(clean));
      }
      return number;
    } catch (NumberFormatException e) {
      throw new RejectedField(field, "is not a whole number: " + Text.quote(clean));
    }
  }

  /** When a transaction was booked, and the bank's booking date. */
  public record Booked(Instant at, LocalDate date) {}
}
