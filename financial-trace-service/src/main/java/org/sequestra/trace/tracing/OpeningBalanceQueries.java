package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The opening balances imports stored from the statements (camt.053 OPBD, MT940 :60F:/:60M:). */
@Repository
class OpeningBalanceQueries {

  private final JdbcClient jdbc;

  OpeningBalanceQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest opening balance of the account in the currency on or before the day. */
  Optional<SeedCheck.StatementOpening> latest(
      UUID datasetId, long accountId, String currency, LocalDate onOrBefore) {
    return jdbc.sql(
            "select balance_date, amount, source from opening_balance"
                + " where dataset_id = ? and account_id = ? and currency = ? and balance_date <= ?"
                + " order by balance_date desc limit 1")
        .params(datasetId, accountId, currency, onOrBefore)
        .query(
            (row, n) ->
                new SeedCheck.StatementOpening(
                    row.getObject("balance_date", LocalDate.class),
                    row.getObject("amount", BigDecimal.class),
                    row.getString("source")))
        .optional();
  }
}
