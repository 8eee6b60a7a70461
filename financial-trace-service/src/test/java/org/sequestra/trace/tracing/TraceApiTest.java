package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Fund traces through the API on DESIGN.md's reference example, against a real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class TraceApiTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  String dataset;
  Map<String, Long> tx;
  Map<String, Long> accounts;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @BeforeEach
  void referenceExample() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    dataset = datasets.create();
    datasets.importCsv(dataset, Datasets.REFERENCE_EXAMPLE);
    tx = datasets.transactionIds(dataset);
    accounts = datasets.accountIds(dataset);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // rule,    A→B,    A→C,   left in A
    "FIFO,      20.00,  30.00, 0",
    "LIFO,      50.00,  0,     0",
    "PRO_RATA,  40.00,  8.57,  1.43",
    "LIBR,      20.00,  20.00, 10.00",
    "POISON,    120.00, 60.00, 10.00",
  })
  void forwardFromTheProceedsGivesDesignsTable(String rule, String toB, String toC, String leftInA)
      throws Exception {
    DocumentContext trace =
        create(
            """
            {"direction":"FORWARD","rule":"%s","seed":{"transactionIds":[%d]}}
            """
                .formatted(rule, tx.get("T2")));

    assertThat(trace.read("$.currency", String.class)).isEqualTo("EUR");
    assertThat(trace.read("$.result.seedAmount", String.class)).isEqualTo("50.00");
    assertThat(flow(trace, tx.get("T3"))).isEqualByComparingTo(toB);
    assertThat(flow(trace, tx.get("T5"))).isEqualByComparingTo(toC);
    assertThat(held(trace, Datasets.A)).isEqualByComparingTo(leftInA);
    // B's copy of T3 is the same transfer: it is never traced as a second 120.00.
    assertThat(flow(trace, tx.get("B-T3"))).isZero();
    assertThat(flow(trace, tx.get("T1"))).isZero();
    if (rule.equals("POISON")) {
      assertThat(trace.read("$.result.reconciliation", Object.class)).isNull();
    } else {
      assertThat(held(trace, Datasets.B)).isEqualByComparingTo(toB);
      assertThat(trace.read("$.result.reconciliation.seed", String.class)).isEqualTo("50.00");
      assertThat(trace.read("$.result.reconciliation.heldAtEndPoints", String.class))
          .isEqualTo("50.00");
      assertThat(trace.read("$.result.reconciliation.balances", Boolean.class)).isTrue();
    }
  }

  @Test
  void forwardFromAnAccountSeedsTheMoneyThereAndLinksTheAccounts() throws Exception {
    DocumentContext trace =
        create(
            """
            {"direction":"FORWARD","rule":"FIFO",
             "seed":{"accountIdentifier":"%s","amount":"50.00","currency":"EUR","from":"2024-03-02T12:00:00Z"}}
            """
                .formatted(Datasets.A));
    assertThat(held(trace, Datasets.B)).isEqualByComparingTo("20.00");
    assertThat(held(trace, Datasets.C)).isEqualByComparingTo("30.00");
    List<String> labels = trace.read("$.result.endPoints[*].node.label");
    assertThat(labels).contains(Datasets.B + " (Account B)");
    List<Number> pathTransactions = trace.read("$.result.paths[0].transactionIds");
    assertThat(pathTransactions).isNotEmpty();
  }

  @Test
  void backwardFromTheTransferToCFindsItsSourcesUnderFifo() throws Exception {
    // Under FIFO the 60.00 to C are the last 30.00 of the proceeds and 30.00 of the later clean
    // money.
    DocumentContext trace =
        create(
            """
            {"direction":"BACKWARD","rule":"FIFO","seed":{"transactionIds":[%d]}}
            """
                .formatted(tx.get("T5")));
    assertThat(flow(trace, tx.get("T2"))).isEqualByComparingTo("30.00");
    assertThat(flow(trace, tx.get("T4"))).isEqualByComparingTo("30.00");
    assertThat(flow(trace, tx.get("T1"))).isZero();
    assertThat(trace.read("$.result.reconciliation.balances", Boolean.class)).isTrue();
  }

  @Test
  void stopListMinimumAmountAndHopLimitEndTracingWhereTheySay() throws Exception {
    String seed = "\"seed\":{\"transactionIds\":[" + tx.get("T2") + "]}";
    DocumentContext stopped =
        create(
            "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\","
                + seed
                + ",\"stopList\":["
                + accounts.get(Datasets.B)
                + "]}");
    assertThat(stopped.read("$.result.reconciliation.stoppedAtStopList", String.class))
        .isEqualTo("20.00");
    assertThat(held(stopped, Datasets.C)).isEqualByComparingTo("30.00");

    // FIFO puts 20.00 on T3 and 30.00 on T5: with a 25.00 minimum the 20.00 are not followed.
    DocumentContext small =
        create(
            "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\","
                + seed
                + ",\"minimumAmount\":\"25.00\"}");
    assertThat(small.read("$.result.reconciliation.belowThreshold", String.class))
        .isEqualTo("20.00");
    assertThat(held(small, Datasets.C)).isEqualByComparingTo("30.00");

    DocumentContext oneHop =
        create("{\"direction\":\"FORWARD\",\"rule\":\"FIFO\"," + seed + ",\"hopLimit\":1}");
    assertThat(oneHop.read("$.result.reconciliation.stoppedAtHopLimit", String.class))
        .isEqualTo("50.00");
    assertThat(oneHop.read("$.result.reconciliation.balances", Boolean.class)).isTrue();
  }

  @Test
  void moneyToAPartyWithoutAccountNumberEndsAtThatParty() throws Exception {
    new Datasets(mvc, ANALYST)
        .importCsv(
            dataset,
            """
            account,counterparty_name,direction,amount,currency,booked_at,bank_reference
            FR1420041010050500013M02606,ATM Gare du Nord,DEBIT,20.00,EUR,2024-03-03T18:00:00Z,B-ATM
            """);
    long atm = new Datasets(mvc, ANALYST).transactionIds(dataset).get("B-ATM");
    DocumentContext trace =
        create(
            """
            {"direction":"FORWARD","rule":"PRO_RATA","seed":{"transactionIds":[%d]}}
            """
                .formatted(tx.get("T2")));
    // B holds 120.00 of which 40.00 proceeds: the 20.00 withdrawn carry a third of them.
    assertThat(flow(trace, atm)).isEqualByComparingTo("6.67");
    assertThat(
            trace.read(
                "$.result.endPoints[?(@.node.label == \"unidentified counterparty 'ATM Gare du Nord' of transaction "
                    + atm
                    + "\")].amount",
                List.class))
        .containsExactly("6.67");
  }

  @Test
  void conversionRatesCarryTheTraceAcrossCurrencies() throws Exception {
    new Datasets(mvc, ANALYST)
        .importCsv(
            dataset,
            """
            account,counterparty_account,direction,amount,currency,booked_at,bank_reference
            IT60X0542811101000000123456,US-ACCOUNT-7,CREDIT,100.00,USD,2024-04-01T10:00:00Z,USD-IN
            IT60X0542811101000000123456,ES9121000418450200051332,DEBIT,92.00,EUR,2024-04-02T10:00:00Z,EUR-OUT
            """);
    Map<String, Long> ids = new Datasets(mvc, ANALYST).transactionIds(dataset);
    String seed = "\"seed\":{\"transactionIds\":[" + ids.get("USD-IN") + "],\"currency\":\"EUR\"}";

    DocumentContext converted =
        create(
            "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\","
                + seed
                + ",\"conversionRates\":[{\"currency\":\"USD\",\"rate\":\"0.92\"}]}");
    assertThat(converted.read("$.result.seedAmount", String.class)).isEqualTo("92.00");
    assertThat(held(converted, "ES9121000418450200051332")).isEqualByComparingTo("92.00");

    rejected(
        "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\"," + seed + "}",
        "seed.transactionIds[0]",
        "is in USD, not in the traced currency EUR, and conversionRates give no rate for it");
  }

  @Test
  void aTraceIsStoredListedReadAndAudited() throws Exception {
    DocumentContext created =
        create(
            """
            {"direction":"FORWARD","rule":"LIBR","seed":{"transactionIds":[%d]},"hopLimit":3}
            """
                .formatted(tx.get("T2")));
    String id = created.read("$.id");

    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/traces/" + id).header("Authorization", ANALYST))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.rule").value("LIBR"))
        .andExpect(jsonPath("$.request.hopLimit").value(3))
        .andExpect(jsonPath("$.result.reconciliation.heldAtEndPoints").value("50.00"));
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/traces?size=5")
                .header(
                    "Authorization",
                    TestIssuers.token("agency-nl").roles("ARO_SUPERVISOR").bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(1))
        .andExpect(jsonPath("$.items[0].id").value(id))
        .andExpect(jsonPath("$.items[0].seedAmount").value("50.00"))
        .andExpect(jsonPath("$.items[0].endPointCount").value(3));

    assertThat(
            jdbc.queryForList(
                "select action from audit_log where object_id = ? order by seq", String.class, id))
        .containsExactly("trace.create", "trace.read");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyGetsTheSameTrace() throws Exception {
    String body =
        "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\",\"seed\":{\"transactionIds\":["
            + tx.get("T2")
            + "]}}";
    String[] ids = new String[2];
    for (int i = 0; i < 2; i++) {
      ids[i] =
          JsonPath.read(
              mvc.perform(
                      post("/api/v1/datasets/" + dataset + "/traces")
                          .header("Authorization", ANALYST)
                          .header("Idempotency-Key", "trace-retry-" + dataset)
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(body))
                  .andExpect(status().isCreated())
                  .andReturn()
                  .getResponse()
                  .getContentAsString(),
              "$.id");
    }
    assertThat(ids[1]).isEqualTo(ids[0]);
    mvc.perform(get("/api/v1/datasets/" + dataset + "/traces").header("Authorization", ANALYST))
        .andExpect(jsonPath("$.page.totalElements").value(1));
  }

  @Test
  void anImportIntoTheDatasetIsSeenByTheNextTrace() throws Exception {
    String libr =
        """
        {"direction":"FORWARD","rule":"LIBR","seed":{"transactionIds":[%d]}}
        """
            .formatted(tx.get("T2"));
    assertThat(held(create(libr), Datasets.A)).isEqualByComparingTo("10.00");

    // A spends its last 10.00 (all proceeds under LIBR) to D.
    new Datasets(mvc, ANALYST)
        .importCsv(
            dataset,
            """
            account,counterparty_account,direction,amount,currency,booked_at,bank_reference
            NL91ABNA0417164300,IT60X0542811101000000123456,DEBIT,10.00,EUR,2024-03-06T10:00:00Z,T6
            """);
    DocumentContext after = create(libr);
    assertThat(held(after, Datasets.A)).isZero();
    assertThat(held(after, "IT60X0542811101000000123456")).isEqualByComparingTo("10.00");
  }

  @Test
  void exportsGiveEndPointsAndEdgesAsCsvAndAStableSvg() throws Exception {
    String id =
        create(
                """
                {"direction":"FORWARD","rule":"FIFO","seed":{"transactionIds":[%d]}}
                """
                    .formatted(tx.get("T2")))
            .read("$.id");
    String csv =
        mvc.perform(
                get("/api/v1/datasets/" + dataset + "/traces/" + id + "/export.csv")
                    .header("Authorization", ANALYST))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.split("\r\n"))
        .containsExactlyInAnyOrder(
            TraceCsv.HEADER,
            "END_POINT,HELD,,,,,"
                + accounts.get(Datasets.C)
                + ","
                + Datasets.C
                + " (Account C),30.00,EUR",
            "END_POINT,HELD,,,,,"
                + accounts.get(Datasets.B)
                + ","
                + Datasets.B
                + " (Account B),20.00,EUR",
            "EDGE,,"
                + tx.get("T2")
                + ",2024-03-02T10:00:00Z,"
                + accounts.get(Datasets.CRIME)
                + ","
                + Datasets.CRIME
                + " (Crime Proceeds Ltd),"
                + accounts.get(Datasets.A)
                + ","
                + Datasets.A
                + " (Account A),50.00,EUR",
            "EDGE,,"
                + tx.get("T3")
                + ",2024-03-03T10:00:00Z,"
                + accounts.get(Datasets.A)
                + ","
                + Datasets.A
                + " (Account A),"
                + accounts.get(Datasets.B)
                + ","
                + Datasets.B
                + " (Account B),20.00,EUR",
            "EDGE,,"
                + tx.get("T5")
                + ",2024-03-05T10:00:00Z,"
                + accounts.get(Datasets.A)
                + ","
                + Datasets.A
                + " (Account A),"
                + accounts.get(Datasets.C)
                + ","
                + Datasets.C
                + " (Account C),30.00,EUR");

    String svg = svg(id);
    assertThat(svg)
        .startsWith("<?xml")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains(">20.00 EUR</text>", ">30.00 EUR</text>", ">50.00 EUR</text>")
        .contains(">HELD 20.00 EUR</text>", ">HELD 30.00 EUR</text>")
        .contains(Datasets.A + " (Account A)")
        .doesNotContain("NaN");
    assertThat(svg(id)).as("same trace, same bytes").isEqualTo(svg);
  }

  @Test
  void badSeedsAreRejectedWithTheFieldAndReason() throws Exception {
    rejected(
        """
        {"direction":"FORWARD","rule":"FIFO",
         "seed":{"accountId":999999999,"amount":"50.00","currency":"EUR","from":"2024-03-02T12:00:00Z"}}
        """,
        "seed.accountId",
        "is not an account of the dataset");
    rejected(
        """
        {"direction":"FORWARD","rule":"FIFO",
         "seed":{"accountIdentifier":"%s","amount":"-5.00","currency":"EUR","from":"2024-03-02T12:00:00Z"}}
        """
            .formatted(Datasets.A),
        "seed.amount",
        "must be positive");
    // An unknown rule is refused while the JSON is read: the field is named, the reason is generic.
    rejected(
        """
        {"direction":"FORWARD","rule":"HIGHEST_INTERMEDIATE","seed":{"transactionIds":[%d]}}
        """
            .formatted(tx.get("T2")),
        "rule",
        null);
    rejected(
        """
        {"direction":"BACKWARD","rule":"LIBR","seed":{"transactionIds":[%d]}}
        """
            .formatted(tx.get("T5")),
        "rule",
        "LIBR is a forward rule (it protects money already traced into an account); trace backward with FIFO, LIFO, PRO_RATA or POISON");
    rejected(
        """
        {"direction":"FORWARD","rule":"FIFO","seed":{"transactionIds":[%d],"until":"2024-03-01T00:00:00Z"}}
        """
            .formatted(tx.get("T2")),
        "seed.transactionIds[0]",
        "was booked outside the seed's from/until");
  }

  @Test
  void anotherAgencysDatasetAndUnknownTracesAre404() throws Exception {
    String body =
        "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\",\"seed\":{\"transactionIds\":["
            + tx.get("T2")
            + "]}}";
    String spanish = TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer();
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/traces")
                .header("Authorization", spanish)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
    String id = create(body).read("$.id");
    for (String path : List.of("", "/export.csv", "/export.svg")) {
      mvc.perform(
              get("/api/v1/datasets/" + dataset + "/traces/" + id + path)
                  .header("Authorization", spanish))
          .andExpect(status().isNotFound());
    }
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/traces/00000000-0000-0000-0000-000000000001")
                .header("Authorization", ANALYST))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:not-found"));
    mvc.perform(get("/api/v1/datasets/" + dataset + "/traces").header("Authorization", spanish))
        .andExpect(status().isNotFound());
  }

  private DocumentContext create(String body) throws Exception {
    return JsonPath.parse(
        mvc.perform(
                post("/api/v1/datasets/" + dataset + "/traces")
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(
                header()
                    .string(
                        "Location",
                        Matchers.startsWith("/api/v1/datasets/" + dataset + "/traces/")))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private void rejected(String body, String field, String reason) throws Exception {
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/traces")
                .header("Authorization", ANALYST)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.violations[0].field").value(field))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value(reason == null ? Matchers.notNullValue() : Matchers.equalTo(reason)));
  }

  private String svg(String id) throws Exception {
    return mvc.perform(
            get("/api/v1/datasets/" + dataset + "/traces/" + id + "/export.svg")
                .header("Authorization", ANALYST))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
        .andReturn()
        .getResponse()
        .getContentAsString();
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
