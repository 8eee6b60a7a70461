package org.sequestra.registry.asset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A value in euro at a reference rate, or the statement that no rate was available. Rates are
 * quoted as the ECB does: units of the currency per 1 EUR.
 *
 * @param rate {@code null} unless converted
 * @param rateDate {@code null} unless converted
 * @param eurAmount {@code null} when no rate was available
 */
public record EuroEquivalent(
    Status status, BigDecimal eurAmount, BigDecimal rate, LocalDate rateDate, String detail) {

  public static final String EUR = "EUR";

  public enum Status {
    ALREADY_EUR,
    CONVERTED,
    NO_RATE
  }

  /** A rate as published for one currency and day. */
  record Rate(LocalDate rateDate, BigDecimal unitsPerEuro) {}

  /**
   * {@code amount} in euro at {@code rate}, the last rate published on or before the valuation date
   * ({@code null} if there is none), rounded to the cent.
   */
  static EuroEquivalent of(BigDecimal amount, String currency, LocalDate valuationDate, Rate rate) {
    if (EUR.equals(currency)) {
      return new EuroEquivalent(Status.ALREADY_EUR, amount, null, null, null);
    }
    if (rate == null) {
      return new EuroEquivalent(
          Status.NO_RATE,
          null,
          null,
          null,
          "No euro reference rate for " + currency + " on or before " + valuationDate + ".");
    }
    BigDecimal eur = amount.divide(rate.unitsPerEuro(), 2, RoundingMode.HALF_UP);
    return new EuroEquivalent(Status.CONVERTED, eur, rate.unitsPerEuro(), rate.rateDate(), null);
  }
}
