package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.trace.FinancialTraceApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two replicas of the service over one database: replica A is this test's context (imports, through
 * MockMvc), replica B a second application started beside it and called over HTTP (traces). An
 * import committed on A reaches B only through the dataset's graph version: B's next trace sees the
 * new transactions, and a dataset that did not change is not loaded again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GraphVersionAcrossReplicasTest {

  private static final String DATABASE = "financial_trace_replicas";
  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  /** Account A's statement, first part: clean money, then the proceeds. */
  private static final String FIRST_STATEMENT =
      """
      account,account_holder,counterparty_account,counterparty_name,direction,amount,currency,booked_at,bank_reference
      NL91ABNA0417164300,Account A,DE89370400440532013000,Clean Employer,CREDIT,100.00,EUR,2024-03-01T10:00:00Z,T1
      NL91ABNA0417164300,Account A,GB29NWBK60161331926819,Crime Proceeds Ltd,CREDIT,50.00,EUR,2024-03-02T10:00:00Z,T2
      """;

  /** Its next statement: 120.00 from A to B. */
  private static final String NEXT_STATEMENT =
      """
      account,account_holder,counterparty_account,counterparty_name,direction,amount,currency,booked_at,bank_reference
      NL91ABNA0417164300,Account A,FR1420041010050500013M02606,Account B,DEBIT,120.00,EUR,2024-03-03T10:00:00Z,T3
      """;

  private static ConfigurableApplicationContext replicaB;
  private static String replicaBUrl;
  private static final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, DATABASE);
    TestIssuers.register(registry);
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "5");
  }

  @BeforeAll
  static void startReplicaB() throws IOException {
    TestDatabase.owner(DATABASE); // created if missing, with its owner and application roles
    Path uploads = Files.createTempDirectory("replica-b-imports");
    // Command-line arguments: they win over the service's application.yaml, as in a deployment.
    replicaB =
        new SpringApplicationBuilder(FinancialTraceApplication.class)
            .run(
                "--spring.datasource.url="
                    + "jdbc:postgresql://localhost:"
                    + TestDatabase.postgres().getPort()
                    + "/"
                    + DATABASE,
                // the roles of a deployment: Flyway as the owner, the service as the app role
                "--spring.datasource.username=" + TestDatabase.appRole(DATABASE),
                "--spring.datasource.password=" + TestDatabase.appRole(DATABASE),
                "--spring.flyway.user=" + TestDatabase.ownerRole(DATABASE),
                "--spring.flyway.password=" + TestDatabase.ownerRole(DATABASE),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--sequestra.keycloak-url=" + TestIssuers.baseUrl(),
                "--sequestra.import.work-dir=" + uploads,
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--management.server.port=0");
    replicaBUrl = "http://127.0.0.1:" + replicaB.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stopReplicaB() {
    if (replicaB != null) {
      replicaB.close();
    }
  }

  @Test
  void aTraceOnOneReplicaSeesAnImportCommittedOnAnother() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    datasets.importCsv(dataset, FIRST_STATEMENT);
    long proceeds = datasets.transactionIds(dataset).get("T2");
    String fromTheProceeds =
        """
        {"direction":"FORWARD","rule":"FIFO","seed":{"transactionIds":[%d]}}
        """
            .formatted(proceeds);
    double loadsBefore = loads();
    double staleBefore = stale();

    DocumentContext first = traceOnB(dataset, fromTheProceeds);
    assertThat(first.read("$.graphVersion", Long.class)).isEqualTo(1);
    assertThat(held(first, Datasets.A)).isEqualByComparingTo("50.00");
    assertThat(held(first, Datasets.B)).isZero();
    assertThat(loads()).isEqualTo(loadsBefore + 1);

    // The dataset did not change: B traces on the graph it has.
    DocumentContext again = traceOnB(dataset, fromTheProceeds);
    assertThat(again.read("$.graphVersion", Long.class)).isEqualTo(1);
    assertThat(loads()).isEqualTo(loadsBefore + 1);

    // Imported on A: no event reaches B, the dataset's graph version does.
    datasets.importCsv(dataset, NEXT_STATEMENT);
    long transfer = datasets.transactionIds(dataset).get("T3");
    assertThat(datasetOnA(dataset).read("$.graphVersion", Long.class)).isEqualTo(2);

    DocumentContext after = traceOnB(dataset, fromTheProceeds);
    assertThat(after.read("$.graphVersion", Long.class)).isEqualTo(2);
    // FIFO: the 120.00 to B are the 100.00 of clean money and the first 20.00 of the proceeds.
    assertThat(flow(after, transfer)).isEqualByComparingTo("20.00");
    assertThat(held(after, Datasets.B)).isEqualByComparingTo("20.00");
    assertThat(held(after, Datasets.A)).isEqualByComparingTo("30.00");
    assertThat(loads()).isEqualTo(loadsBefore + 2);
    assertThat(stale()).isEqualTo(staleBefore + 1);

    // A stored trace keeps the version it ran on.
    String firstId = first.read("$.id");
    HttpResponse<String> stored =
        http.send(
            request("/api/v1/datasets/" + dataset + "/traces/" + firstId).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(JsonPath.parse(stored.body()).read("$.graphVersion", Long.class)).isEqualTo(1);
    String list =
        mvc.perform(
                get("/api/v1/datasets/" + dataset + "/traces?size=10")
                    .header("Authorization", ANALYST))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Number> versions = JsonPath.read(list, "$.items[*].graphVersion");
    assertThat(versions).extracting(Number::longValue).containsExactly(2L, 1L, 1L);
  }

  @Test
  void everyImportThatCommitsMovesTheGraphVersionOnAndAFailedOneDoesNot() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    assertThat(datasetOnA(dataset).read("$.graphVersion", Long.class)).isZero();

    // A first import copies straight into the dataset's new table.
    datasets.importCsv(dataset, FIRST_STATEMENT);
    assertThat(datasetOnA(dataset).read("$.graphVersion", Long.class)).isEqualTo(1);
    // A later one is staged and merged.
    datasets.importCsv(dataset, NEXT_STATEMENT);
    assertThat(datasetOnA(dataset).read("$.graphVersion", Long.class)).isEqualTo(2);
    // A failed one changes nothing.
    DocumentContext failed = importAndWait(dataset, "account,amo\u0000unt,currency,booked_at\n");
    assertThat(failed.read("$.state", String.class)).isEqualTo("FAILED");
    assertThat(datasetOnA(dataset).read("$.graphVersion", Long.class)).isEqualTo(2);

    // A first import whose file repeats an entry: the direct copy rolls back, the staged one
    // commits.
    String repeating = datasets.create();
    String repeated =
        NEXT_STATEMENT + NEXT_STATEMENT.lines().skip(1).findFirst().orElseThrow() + "\n";
    DocumentContext job = importAndWait(repeating, repeated);
    assertThat(job.read("$.state", String.class)).isEqualTo("SUCCEEDED");
    assertThat(job.read("$.imported", Long.class)).isEqualTo(1);
    assertThat(job.read("$.duplicatesSkipped", Long.class)).isEqualTo(1);
    assertThat(datasetOnA(repeating).read("$.graphVersion", Long.class)).isEqualTo(1);
  }

  private DocumentContext traceOnB(String dataset, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            request("/api/v1/datasets/" + dataset + "/traces")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JsonPath.parse(response.body());
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(replicaBUrl + path))
        .header("Authorization", ANALYST)
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60));
  }

  private DocumentContext datasetOnA(String dataset) throws Exception {
    return JsonPath.parse(
        mvc.perform(get("/api/v1/datasets/" + dataset).header("Authorization", ANALYST))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private DocumentContext importAndWait(String dataset, String csv) throws Exception {
    String location =
        mvc.perform(
                post("/api/v1/datasets/" + dataset + "/imports?format=CSV")
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .content(csv.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    return await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                JsonPath.parse(
                    mvc.perform(get(location).header("Authorization", ANALYST))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()),
            job -> List.of("SUCCEEDED", "FAILED").contains(job.read("$.state", String.class)));
  }

  /** Graph loads on replica B so far. */
  private static double loads() {
    return replicaB.getBean(MeterRegistry.class).get("sequestra.trace.graph.loads").timer().count();
  }

  /** Cached graphs replica B found stale and reloaded so far. */
  private static double stale() {
    return replicaB
        .getBean(MeterRegistry.class)
        .get("sequestra.trace.graph.stale")
        .counter()
        .count();
  }

  private static BigDecimal flow(DocumentContext trace, long transactionId) {
    return sum(trace.read("$.result.flows[?(@.transactionId == " + transactionId + ")].amount"));
  }

  private static BigDecimal held(DocumentContext trace, String identifier) {
    return sum(
        trace.read(
            "$.result.endPoints[?(@.node.identifier == '"
                + identifier
                + "' && @.reason == 'HELD')].amount"));
  }

  private static BigDecimal sum(List<String> amounts) {
    return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
