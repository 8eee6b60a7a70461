package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** V32 moves the accounts a database already holds into one partition per dataset. */
class AccountPartitionMigrationTest {

  @Test
  void existingAccountsKeepTheirIdsAndLinksInTheirDatasetsPartition() {
    DataSource database = TestDatabase.dataSource("account_partition_migration");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    flyway(database).target("31").load().migrate();
    UUID first = dataset(jdbc);
    UUID second = dataset(jdbc);
    UUID empty = dataset(jdbc);
    long a = account(jdbc, first, "NL91ABNA0417164300", null);
    long b = account(jdbc, first, "0xabc", "ETHEREUM");
    long c = account(jdbc, second, "NL91ABNA0417164300", null);
    UUID trace = trace(jdbc, first);
    UUID asset = UUID.randomUUID();
    jdbc.update(
        "update account set registry_asset_id = ?, registry_trace_id = ? where id = ?",
        asset,
        trace,
        b);
    jdbc.execute(
        "create table transaction_"
            + hex(first)
            + " partition of transaction"
            + " for values in ('"
            + first
            + "')");
    jdbc.update(
        "insert into transaction (dataset_id, import_id, source_line, account_id,"
            + " counterparty_account_id, direction, amount, currency, booked_at, booking_date,"
            + " dedup_key) values (?, ?, 2, ?, ?, 'DEBIT', 10, 'EUR', now(), current_date, 'r')",
        first,
        UUID.randomUUID(),
        a,
        b);

    flyway(database).load().migrate();

    assertThat(
            jdbc.queryForList("select id from account_" + hex(first) + " order by id", Long.class))
        .containsExactly(a, b);
    assertThat(jdbc.queryForList("select id from account_" + hex(second), Long.class))
        .containsExactly(c);
    assertThat(
            jdbc.queryForObject(
                "select to_regclass(?)::text", String.class, "account_" + hex(empty)))
        .isNull();
    Map<String, Object> linked =
        jdbc.queryForMap(
            "select identifier, chain, registry_asset_id, registry_trace_id from account"
                + " where dataset_id = ? and id = ?",
            first,
            b);
    assertThat(linked)
        .containsEntry("identifier", "0xabc")
        .containsEntry("chain", "ETHEREUM")
        .containsEntry("registry_asset_id", asset)
        .containsEntry("registry_trace_id", trace);
    // The transaction still finds both its accounts within its dataset.
    assertThat(
            jdbc.queryForList(
                "select a.identifier || ' -> ' || c.identifier from transaction t"
                    + " join account a on a.dataset_id = t.dataset_id and a.id = t.account_id"
                    + " join account c on c.dataset_id = t.dataset_id"
                    + " and c.id = t.counterparty_account_id where t.dataset_id = ?",
                String.class,
                first))
        .containsExactly("NL91ABNA0417164300 -> 0xabc");

    // The import finds the sequence as before, and new ids go on after the old ones.
    String sequence =
        jdbc.queryForObject("select pg_get_serial_sequence('account', 'id')", String.class);
    assertThat(sequence).isEqualTo("public.account_id_seq");
    assertThat(jdbc.queryForObject("select nextval(?::regclass)", Long.class, sequence))
        .isGreaterThan(Math.max(a, Math.max(b, c)));
    // An account is still one per identity in its dataset (nulls not distinct), and the keys hold.
    assertThat(
            jdbc.update(
                "insert into account (dataset_id, kind, identifier) values (?, 'IBAN',"
                    + " 'NL91ABNA0417164300') on conflict do nothing",
                first))
        .isZero();
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "update account set registry_trace_id = ? where dataset_id = ? and id = ?",
                    UUID.randomUUID(),
                    first,
                    a))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into account (dataset_id, kind, identifier) values (?, 'IBAN', 'X')",
                    UUID.randomUUID()))
        .isInstanceOf(DataIntegrityViolationException.class);
    // A dataset deleted takes its account table with it.
    jdbc.update("delete from account where dataset_id = ?", second);
    jdbc.update("delete from dataset where id = ?", second);
    assertThat(
            jdbc.queryForObject(
                "select to_regclass(?)::text", String.class, "account_" + hex(second)))
        .isNull();
    assertThat(
            jdbc.queryForList(
                "select identifier from account where dataset_id = ?", String.class, first))
        .hasSize(2);
  }

  private static FluentConfiguration flyway(DataSource database) {
    return Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration", "classpath:db/platform")
        .outOfOrder(true);
  }

  private static String hex(UUID dataset) {
    return dataset.toString().replace("-", "");
  }

  private static UUID dataset(JdbcTemplate jdbc) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into dataset (id, case_reference, name, owning_agency, created_at, created_by,"
            + " version) values (?, 'NL-ARO/2026/1', 'statements', 'agency-nl', now(), 'test', 1)",
        id);
    return id;
  }

  private static long account(JdbcTemplate jdbc, UUID dataset, String identifier, String chain) {
    return jdbc.queryForObject(
        "insert into account (dataset_id, kind, identifier, chain) values (?, ?, ?, ?) returning id",
        Long.class,
        dataset,
        chain == null ? "IBAN" : "CRYPTO_ADDRESS",
        identifier,
        chain);
  }

  private static UUID trace(JdbcTemplate jdbc, UUID dataset) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into trace (id, dataset_id, direction, rule, currency, seed_amount,"
            + " end_point_count, dataset_version, request, result, created_at, created_by)"
            + " values (?, ?, 'FORWARD', 'FIFO', 'EUR', 10, 1, 1, '{}', '{}', now(), 'test')",
        id,
        dataset);
    return id;
  }
}
