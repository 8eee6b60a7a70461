package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sequestra.platform.test.AppRoleAssertions.sqlState;
import static org.sequestra.trace.importing.DatasetTable.ACCOUNTS;
import static org.sequestra.trace.importing.DatasetTable.TRANSACTIONS;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.AppRoleAssertions;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.trace.tracing.Datasets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trace service connects as its application role, which may not create, alter or drop tables
 * (as every test of this module does): an import's dataset tables are created, indexed and attached
 * by the owner's functions (V45), in the import's own transaction.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseRoleTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
  private static final String OWNER = TestDatabase.ownerRole("financial_trace");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void aFirstAndASecondImportIntoADatasetRunAsTheApplicationRole() throws Exception {
    AppRoleAssertions.assertConnectedAsAppRole(jdbc, "financial_trace");
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    UUID id = UUID.fromString(dataset);

    // The first: the dataset's new tables, COPY ... FREEZE into them, indexes, attach.
    datasets.importCsv(dataset, Datasets.REFERENCE_EXAMPLE);

    assertThat(ownerOf(TRANSACTIONS.name(id))).isEqualTo(OWNER);
    assertThat(ownerOf(ACCOUNTS.name(id))).isEqualTo(OWNER);
    assertThat(transactions(id)).isEqualTo(6);

    // The second: a temporary staging table merged into the dataset's tables, new accounts added.
    datasets.importCsv(
        dataset,
        Datasets.REFERENCE_EXAMPLE
            + "NL91ABNA0417164300,Account A,GB82WEST12345698765432,Account D,DEBIT,5.00,EUR,"
            + "2024-03-06T10:00:00Z,T6\n");

    assertThat(transactions(id)).isEqualTo(7);
    assertThat(datasets.accountIds(dataset)).containsKey("GB82WEST12345698765432");
  }

  @Test
  void theApplicationRoleCannotDoTheImportsDdlItselfNorChangeTheAuditTrail() {
    UUID dataset = UUID.randomUUID();
    for (String sql :
        new String[] {
          "create table " + TRANSACTIONS.name(dataset) + " (like transaction)",
          "create index on transaction (amount)",
          "alter table transaction add column note text",
          "alter table account disable trigger all",
          "drop table transaction",
          "drop trigger dataset_tables_dropped on dataset",
          "truncate dataset",
        }) {
      assertThatThrownBy(() -> jdbc.execute(sql))
          .as(sql)
          .satisfies(e -> assertThat(sqlState(e)).as(sql).isEqualTo("42501"));
    }
    AppRoleAssertions.assertCannotChangeTheAuditTrail(jdbc);
  }

  @Test
  void theOwnersFunctionsTakeOneOfTwoTablesAndADatasetIdAndAreNotPublic() {
    for (String parent : new String[] {"pg_authid", "dataset", "transaction; drop table dataset"}) {
      assertThatThrownBy(
              () ->
                  jdbc.queryForList("select dataset_table_create(?, ?)", parent, UUID.randomUUID()))
          .as(parent)
          .satisfies(e -> assertThat(sqlState(e)).isEqualTo("22023"));
    }
    assertThatThrownBy(
            () -> jdbc.queryForList("select dataset_table_attach('transaction', null::uuid)"))
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo("22023"));

    for (String function :
        new String[] {"dataset_table_create(text, uuid)", "dataset_table_attach(text, uuid)"}) {
      assertThat(
              jdbc.queryForObject(
                  "select has_function_privilege('public', ?, 'execute')", Boolean.class, function))
          .as(function)
          .isFalse();
      assertThat(
              jdbc.queryForObject(
                  "select prosecdef and pg_get_userbyid(proowner) = ?"
                      + " and proconfig::text like '%search_path=%pg_temp%'"
                      + " from pg_proc where oid = ?::regprocedure",
                  Boolean.class, OWNER, function))
          .as(function)
          .isTrue();
    }
  }

  private String ownerOf(String table) {
    return jdbc.queryForObject(
        "select pg_get_userbyid(relowner) from pg_class where oid = ?::regclass",
        String.class,
        table);
  }

  private long transactions(UUID dataset) {
    return jdbc.queryForObject(
        "select count(*) from transaction where dataset_id = ?", Long.class, dataset);
  }
}
