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
      return LocalDate.parse(clean);
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
