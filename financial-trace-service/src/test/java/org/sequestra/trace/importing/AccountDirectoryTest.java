package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.trace.importing.statement.AccountRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of a dataset across two imports: one id per account, what a file says of an
 * account's BIC, bank and holder kept where they were unknown (the smallest value when lines
 * differ), never over what the dataset already knows.
 *
 * <p>Only the migrated database is needed: the JDBC slice on the embedded PostgreSQL (not the
 * slice's replacement database), without the slice's rolled-back test transaction, since the
 * directory commits on connections of its own.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AccountDirectoryTest {

  private static final String A = "NL91ABNA0417164300";
  private static final String B = "DE89370400440532013000";
  private static final String WALLET = "0x52908400098527886E0F7030069857D2E4169EE7";

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
  }

  @Test
  void oneIdPerAccountAndWhatTheFilesSayFillsOnlyWhatWasUnknown() throws Exception {
    UUID dataset = UUID.randomUUID();
    jdbc.update(
        "insert into dataset (id, case_reference, name, owning_agency, created_at, created_by,"
            + " version) values (?, 'NL/1', 'accounts', 'agency-nl', now(), 'test', 0)",
        dataset);

    long a;
    long b;
    long wallet;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      AccountDirectory first = AccountDirectory.load(connection, dataset, JdbcClient.create(jdbc));
      a = first.id(AccountRef.bank("account", A, false, null, null, "Zed Holding"));
      // The same account on another line, with another holder: the smaller name is kept.
      assertThat(first.id(AccountRef.bank("account", A, false, null, null, "Alpha BV")))
          .isEqualTo(a);
      // Printed with spaces and in lower case: the same IBAN.
      assertThat(
              first.id(
                  AccountRef.bank(
                      "counterparty", "nl91 abna 0417 1643 00", false, null, null, null)))
          .isEqualTo(a);
      b = first.id(AccountRef.bank("counterparty", B, false, null, null, null));
      wallet = first.id(AccountRef.crypto("counterparty", WALLET, "ETHEREUM"));
      assertThat(first.id(AccountRef.crypto("counterparty", WALLET, "POLYGON")))
          .isNotIn(a, b, wallet);
      first.save(connection);
      connection.commit();
    }
    assertThat(a).isNotEqualTo(b);
    assertThat(account(dataset, a))
        .containsEntry("identifier", A)
        .containsEntry("holder_name", "Alpha BV");
    assertThat(account(dataset, b)).containsEntry("holder_name", null).containsEntry("bic", null);
    assertThat(account(dataset, wallet))
        .containsEntry("kind", "CRYPTO_ADDRESS")
        .containsEntry("chain", "ETHEREUM");

    long c;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      AccountDirectory second = AccountDirectory.load(connection, dataset, JdbcClient.create(jdbc));
      assertThat(second.id(AccountRef.bank("account", A, false, "ABNANL2A", null, "Aardvark")))
          .isEqualTo(a);
      assertThat(
              second.id(
                  AccountRef.bank(
                      "counterparty", B, false, "COBADEFFXXX", "Commerzbank", "Bee GmbH")))
          .isEqualTo(b);
      assertThat(second.id(AccountRef.bank("counterparty", B, false, null, null, "Bea GmbH")))
          .isEqualTo(b);
      assertThat(second.id(AccountRef.crypto("account", WALLET, "ETHEREUM"))).isEqualTo(wallet);
      c = second.id(AccountRef.bank("counterparty", "12345678", false, null, "Local Bank", null));
      second.save(connection);
      connection.commit();
    }
    assertThat(c).isNotIn(a, b, wallet);
    // A's holder was known: kept; its BIC was not: filled.
    assertThat(account(dataset, a))
        .containsEntry("holder_name", "Alpha BV")
        .containsEntry("bic", "ABNANL2A");
    assertThat(account(dataset, b))
        .containsEntry("bic", "COBADEFFXXX")
        .containsEntry("bank_name", "Commerzbank")
        .containsEntry("holder_name", "Bea GmbH");
    assertThat(account(dataset, c))
        .containsEntry("kind", "ACCOUNT_NUMBER")
        .containsEntry("identifier", "12345678")
        .containsEntry("bank_name", "Local Bank");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from account where dataset_id = ?", Long.class, dataset))
        .isEqualTo(5);
  }

  private Map<String, Object> account(UUID dataset, long id) {
    return jdbc.queryForMap(
        "select kind, identifier, chain, bic, bank_name, holder_name from account"
            + " where dataset_id = ? and id = ?",
        dataset,
        id);
  }
}
