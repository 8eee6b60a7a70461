package org.sequestra.registry.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored euro reference rates (table reference_rate, ECB quotation). */
@Component
public class ReferenceRates {

  private final JdbcClient jdbc;

  ReferenceRates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rate of {@code day} or of the last earlier day with one; {@code null} if none. */
  EuroEquivalent.Rate onOrBefore(String currency, LocalDate day) {
    return jdbc.sql(
            """
            select rate_date, units_per_euro from reference_rate
             where currency = ? and rate_date <= ?
             order by rate_date desc limit 1""")
        .params(currency, day)
        .query(
            (row, n) ->
                new EuroEquivalent.Rate(
                    row.getObject("rate_date", LocalDate.class),
                    row.getBigDecimal("units_per_euro")))
        .optional()
        .orElse(null);
  }

  /** {@code amount} in euro at the rate of {@code day} or the last earlier day with one. */
  public EuroEquivalent euroEquivalent(BigDecimal amount, String currency, LocalDate day) {
    return EuroEquivalent.of(
        amount,
        currency,
        day,
        EuroEquivalent.EUR.equals(currency) ? null : onOrBefore(currency, day));
  }

  /** The euro equivalent of a valuation. */
  EuroEquivalent of(Valuation valuation) {
    return euroEquivalent(
        valuation.getAmount(), valuation.getCurrency(), valuation.getValuationDate());
  }
}
