package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.sequestra.trace.importing.DatasetTable.ACCOUNTS;
import static org.sequestra.trace.importing.DatasetTable.TRANSACTIONS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.trace.tracing.Datasets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each dataset's transactions and accounts in tables of its own, attached to {@code transaction}
 * and {@code account} by its first import: what the endpoints read, what later imports add to, and
 * what a failure leaves (nothing).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatasetTableTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void aFirstImportAttachesTheDatasetsTableWhichTheEndpointsReadAndLaterImportsAddTo()
      throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    assertThat(table(TRANSACTIONS, dataset)).isNull();
    assertThat(table(ACCOUNTS, dataset)).isNull();

    datasets.importCsv(dataset, Datasets.REFERENCE_EXAMPLE);

    assertAttached(dataset);
    assertAccountsAttached(dataset);
    assertThat(rowsInTable(TRANSACTIONS, dataset)).isEqualTo(6);
    // The endpoints name the accounts of the dataset's own account table.
    Map<String, Long> accounts = datasets.accountIds(dataset);
    assertThat(accounts)
        .containsOnlyKeys(
            Datasets.A, Datasets.B, Datasets.C, Datasets.CRIME, "DE89370400440532013000");
    assertThat(accountIdsInTable(dataset)).containsExactlyInAnyOrderElementsOf(accounts.values());
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/transactions").header("Authorization", ANALYST))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(6))
        .andExpect(jsonPath("$.items[0].bankReference").value("T1"));
    Map<String, Long> tx = datasets.transactionIds(dataset);
    // The trace reads the dataset's rows through the graph: DESIGN.md's FIFO split of T2's 50.00.
    String trace =
        mvc.perform(
                post("/api/v1/datasets/" + dataset + "/traces")
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\",\"seed\":{\"transactionIds\":["
                            + tx.get("T2")
                            + "]}}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> toB =
        JsonPath.read(trace, "$.result.flows[?(@.transactionId == " + tx.get("T3") + ")].amount");
    assertThat(toB).containsExactly("20.00");

    // A second import into the dataset skips what it holds and adds the rest to the same tables.
    DocumentContext again =
        finished(
            upload(
                dataset,
                Datasets.REFERENCE_EXAMPLE
                    + "NL91ABNA0417164300,Account A,GB82WEST12345698765432,Account D,DEBIT,5.00,EUR,"
                    + "2024-03-06T10:00:00Z,T6\n"));
    assertThat(again.read("$.state", String.class)).isEqualTo("SUCCEEDED");
    assertThat(again.read("$.imported", Long.class)).isEqualTo(1);
    assertThat(again.read("$.duplicatesSkipped", Long.class)).isEqualTo(6);
    assertThat(rowsInTable(TRANSACTIONS, dataset)).isEqualTo(7);
    assertThat(datasets.transactionIds(dataset)).containsAllEntriesOf(tx).containsKey("T6");
    Map<String, Long> moreAccounts = datasets.accountIds(dataset);
    assertThat(moreAccounts).containsAllEntriesOf(accounts).containsKey("GB82WEST12345698765432");
    assertThat(accountIdsInTable(dataset))
        .containsExactlyInAnyOrderElementsOf(moreAccounts.values());
    assertAccountsAttached(dataset);
  }

  @Test
  void aFirstImportThatRepeatsAnEntryImportsItOnce() throws Exception {
    String dataset = new Datasets(mvc, ANALYST).create();
    String line = "NL91ABNA0417164300,DE89370400440532013000,DEBIT,100.00,EUR,2024-03-01,R1\n";
    String csv =
        "account,counterparty_account,direction,amount,currency,booked_at,bank_reference\n"
            + line
            + "NL91ABNA0417164300,DE89370400440532013000,DEBIT,7.00,EUR,2024-03-01,R2\n"
            + line;

    DocumentContext job = finished(upload(dataset, csv));

    assertThat(job.read("$.state", String.class)).isEqualTo("SUCCEEDED");
    assertThat(job.read("$.imported", Long.class)).isEqualTo(2);
    assertThat(job.read("$.duplicatesSkipped", Long.class)).isEqualTo(1);
    assertAttached(dataset);
    assertThat(rowsInTable(TRANSACTIONS, dataset)).isEqualTo(2);
    assertAccountsAttached(dataset);
    assertThat(rowsInTable(ACCOUNTS, dataset)).isEqualTo(2);
  }

  @Test
  void aFailedFirstImportLeavesNoTable() throws Exception {
    String dataset = new Datasets(mvc, ANALYST).create();
    // Good lines first, so that rows were copied into the new table before the file breaks.
    StringBuilder csv = new StringBuilder("account,amount,currency,booked_at,bank_reference\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append("NL91ABNA0417164300,1.00,EUR,2024-01-01,R").append(i).append('\n');
    }
    byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[good.length + 2];
    System.arraycopy(good, 0, file, 0, good.length);
    file[good.length] = (byte) 0xFC; // Latin-1 ü: not UTF-8
    file[good.length + 1] = '\n';

    DocumentContext job = finished(upload(dataset, file));

    assertThat(job.read("$.state", String.class)).isEqualTo("FAILED");
    assertNoTables(dataset);
    mvc.perform(get("/api/v1/datasets/" + dataset).header("Authorization", ANALYST))
        .andExpect(jsonPath("$.transactionCount").value(0));
  }

  @Test
  void aFirstImportThatFailsAfterSavingItsAccountsLeavesNoTable() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    // The import's last step, counting the dataset's transactions, fails: by then both tables
    // were created, loaded and attached in its transaction.
    String failing = "fail_" + ACCOUNTS.name(UUID.fromString(dataset));
    // Set up as the owner: the service's own role may not create functions or triggers.
    JdbcTemplate owner = new JdbcTemplate(TestDatabase.owner("financial_trace"));
    owner.execute(
        "create function "
            + failing
            + "() returns trigger language plpgsql as"
            + " $$ begin raise exception 'the count fails'; end $$");
    owner.execute(
        "create trigger "
            + failing
            + " before update on dataset for each row"
            + " when (new.id = '"
            + dataset
            + "') execute function "
            + failing
            + "()");
    DocumentContext job;
    try {
      job = finished(upload(dataset, Datasets.REFERENCE_EXAMPLE));
    } finally {
      owner.execute("drop trigger " + failing + " on dataset");
      owner.execute("drop function " + failing + "()");
    }

    assertThat(job.read("$.state", String.class)).isEqualTo("FAILED");
    assertNoTables(dataset);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from account where dataset_id = ?::uuid", Long.class, dataset))
        .isZero();

    // Nothing left in the way of the next import.
    datasets.importCsv(dataset, Datasets.REFERENCE_EXAMPLE);
    assertAttached(dataset);
    assertAccountsAttached(dataset);
    assertThat(rowsInTable(ACCOUNTS, dataset)).isEqualTo(5);
  }

  @Test
  void accountsOfADatasetThatDoesNotExistAreRefusedWhenTheirTableIsAttached() throws Exception {
    UUID missing = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        ACCOUNTS.create(connection, missing);
        try (Statement insert = connection.createStatement()) {
          insert.execute(
              "insert into "
                  + ACCOUNTS.name(missing)
                  + " (dataset_id, kind, identifier) values ('"
                  + missing
                  + "', 'IBAN', 'X')");
        }

        assertThatThrownBy(() -> ACCOUNTS.indexAndAttach(connection, missing))
            .isInstanceOfSatisfying(
                SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }
  }

  @Test
  void twoDatasetsImportAtOnce() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String first = datasets.create();
    String second = datasets.create();
    byte[] file;
    try (InputStream in =
        getClass().getResourceAsStream("/samples/amlsim_20k_fanin200cycle200_transactions.csv")) {
      file = in.readAllBytes();
    }

    String firstJob = upload(first, "AMLSIM", file);
    String secondJob = upload(second, "AMLSIM", file);
    DocumentContext one = finished(firstJob);
    DocumentContext two = finished(secondJob);

    // The two ran at the same time (two workers): each attached its table while the other ran.
    assertThat(instant(two, "$.startedAt")).isBefore(instant(one, "$.finishedAt"));
    assertThat(instant(one, "$.startedAt")).isBefore(instant(two, "$.finishedAt"));
    for (DocumentContext job : List.of(one, two)) {
      assertThat(job.read("$.state", String.class)).isEqualTo("SUCCEEDED");
      assertThat(job.read("$.imported", Long.class)).isEqualTo(120_558);
    }
    for (String dataset : List.of(first, second)) {
      assertAttached(dataset);
      assertAccountsAttached(dataset);
      assertThat(rowsInTable(TRANSACTIONS, dataset)).isEqualTo(120_558);
      mvc.perform(
              get("/api/v1/datasets/" + dataset + "/transactions?size=1")
                  .header("Authorization", ANALYST))
          .andExpect(jsonPath("$.page.totalElements").value(120_558));
    }
  }

  @Test
  void aDeletedDatasetTakesItsTableWithIt() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    datasets.importCsv(dataset, Datasets.REFERENCE_EXAMPLE);
    assertAttached(dataset);

    UUID id = UUID.fromString(dataset);
    jdbc.update("delete from import_job where dataset_id = ?", id);
    jdbc.update("delete from account where dataset_id = ?", id);
    jdbc.update("delete from dataset where id = ?", id);

    assertThat(table(TRANSACTIONS, dataset)).isNull();
    assertThat(table(ACCOUNTS, dataset)).isNull();
  }

  /** The dataset's table is a partition of transaction, its indexes partitions of the parent's. */
  private void assertAttached(String dataset) {
    assertPartition(
        TRANSACTIONS.name(UUID.fromString(dataset)),
        "transaction",
        "ix_transaction_time",
        "transaction_pkey",
        "ux_transaction_dedup");
  }

  /**
   * The dataset's account table is a partition of account, its indexes partitions of the parent's,
   * its foreign keys the parent's, checked by the attach.
   */
  private void assertAccountsAttached(String dataset) {
    String table = ACCOUNTS.name(UUID.fromString(dataset));
    assertPartition(table, "account", "account_pkey", "ux_account_identity");
    assertThat(
            jdbc.queryForList(
                "select confrelid::regclass::text from pg_constraint where conrelid = ?::regclass"
                    + " and contype = 'f' and convalidated and conparentid <> 0 order by 1",
                String.class,
                table))
        .containsExactly("dataset", "trace");
  }

  /**
   * {@code table} is attached to {@code parent}, its indexes are partitions of the parent's (named
   * in order), and its own check on the dataset, which served the attach, is gone.
   */
  private void assertPartition(String table, String parent, String... parentIndexes) {
    assertThat(
            jdbc.queryForObject(
                "select inhparent::regclass::text from pg_inherits where inhrelid = ?::regclass",
                String.class,
                table))
        .isEqualTo(parent);
    assertThat(
            jdbc.queryForList(
                "select p.inhparent::regclass::text from pg_index i"
                    + " join pg_inherits p on p.inhrelid = i.indexrelid"
                    + " where i.indrelid = ?::regclass order by 1",
                String.class,
                table))
        .containsExactly(parentIndexes);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pg_constraint where conrelid = ?::regclass and contype = 'c'"
                    + " and conname like '%dataset'",
                Long.class, table))
        .isZero();
  }

  private void assertNoTables(String dataset) {
    assertThat(table(TRANSACTIONS, dataset)).isNull();
    assertThat(table(ACCOUNTS, dataset)).isNull();
    for (DatasetTable kind : DatasetTable.values()) {
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from pg_class where relname like ?",
                  Long.class,
                  kind.name(UUID.fromString(dataset)) + "%"))
          .isZero();
    }
  }

  private String table(DatasetTable kind, String dataset) {
    return jdbc.queryForObject(
        "select to_regclass(?)::text", String.class, kind.name(UUID.fromString(dataset)));
  }

  private long rowsInTable(DatasetTable kind, String dataset) {
    return jdbc.queryForObject(
        "select count(*) from " + kind.name(UUID.fromString(dataset)), Long.class);
  }

  private List<Long> accountIdsInTable(String dataset) {
    return jdbc.queryForList(
        "select id from " + ACCOUNTS.name(UUID.fromString(dataset)), Long.class);
  }

  private String upload(String dataset, String csv) throws Exception {
    return upload(dataset, csv.getBytes(StandardCharsets.UTF_8));
  }

  private String upload(String dataset, byte[] csv) throws Exception {
    return upload(dataset, "CSV", csv);
  }

  private String upload(String dataset, String format, byte[] file) throws Exception {
    return mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=" + format)
                .header("Authorization", ANALYST)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(file))
        .andExpect(status().isAccepted())
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  private DocumentContext finished(String location) {
    return await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                JsonPath.parse(
                    mvc.perform(get(location).header("Authorization", ANALYST))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()),
            job -> List.of("SUCCEEDED", "FAILED").contains(job.read("$.state", String.class)));
  }

  private static OffsetDateTime instant(DocumentContext job, String path) {
    return OffsetDateTime.parse(job.read(path, String.class));
  }
}
