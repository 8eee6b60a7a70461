package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** V30 moves the transactions a database already holds into one partition per dataset. */
class TransactionPartitionMigrationTest {

  @Test
  void existingTransactionsKeepTheirIdsInTheirDatasetsPartition() {
    DataSource database = TestDatabase.dataSource("partition_migration");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    flyway(database).target("20").load().migrate();
    UUID first = dataset(jdbc);
    UUID second = dataset(jdbc);
    UUID empty = dataset(jdbc);
    for (int i = 0; i < 3; i++) {
      transaction(jdbc, first, "A" + i);
    }
    transaction(jdbc, second, "B0");
    long lastId = jdbc.queryForObject("select max(id) from transaction", Long.class);

    flyway(database).load().migrate();

    assertThat(
            jdbc.queryForObject(
                "select count(*) from " + DatasetTable.TRANSACTIONS.name(first), Long.class))
        .isEqualTo(3);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from " + DatasetTable.TRANSACTIONS.name(second), Long.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select to_regclass(?)::text", String.class, DatasetTable.TRANSACTIONS.name(empty)))
        .isNull();
    assertThat(
            jdbc.queryForList(
                "select dedup_key from transaction where dataset_id = ? order by id",
                String.class,
                first))
        .containsExactly("ref:A0", "ref:A1", "ref:A2");
    assertThat(jdbc.queryForObject("select max(id) from transaction", Long.class))
        .isEqualTo(lastId);
    // New ids go on after the old ones, and the dedup index holds for the moved rows.
    assertThat(jdbc.queryForObject("select nextval('transaction_id_seq')", Long.class))
        .isGreaterThan(lastId);
    assertThat(
            jdbc.update(
                "insert into transaction (dataset_id, import_id, source_line, account_id, direction,"
                    + " amount, currency, booked_at, booking_date, dedup_key)"
                    + " select dataset_id, import_id, source_line, account_id, direction, amount,"
                    + " currency, booked_at, booking_date, dedup_key from transaction"
                    + " where dataset_id = ? on conflict do nothing",
                first))
        .isZero();
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      DataSource database) {
    return Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration", "classpath:db/platform")
        .outOfOrder(true);
  }

  private static UUID dataset(JdbcTemplate jdbc) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into dataset (id, case_reference, name, owning_agency, created_at, created_by,"
            + " version) values (?, 'NL-ARO/2026/1', 'statements', 'agency-nl', now(), 'test', 1)",
        id);
    return id;
  }

  private static void transaction(JdbcTemplate jdbc, UUID dataset, String reference) {
    jdbc.update(
        "insert into transaction (dataset_id, import_id, source_line, account_id, direction, amount,"
            + " currency, booked_at, booking_date, bank_reference, dedup_key)"
            + " values (?, ?, 2, 1, 'DEBIT', 10, 'EUR', now(), current_date, ?, ?)",
        dataset,
        UUID.randomUUID(),
        reference,
        "ref:" + reference);
  }
}
