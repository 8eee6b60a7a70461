package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Traces whose graphs or results are large: a graph beyond the memory budget is refused with a
 * problem (and counted), and a result beyond the inline limit lists its first items with the counts
 * while its sub-resources page through all of them.
 */
@SpringBootTest(
    properties = {
      "sequestra.trace.result-inline-items=2",
      // The reference example and the 451-transaction fan-out fit; the 20 000-row AMLSim does not.
      "sequestra.trace.graph-memory-budget=512KB"
    })
@AutoConfigureMockMvc
class LargeTraceApiTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
  private static final int PAYEES = 450;

  @Autowired MockMvc mvc;
  @Autowired MeterRegistry meters;
  @Autowired PrometheusMeterRegistry prometheus;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void aGraphBeyondTheMemoryBudgetIsRefusedWithAProblemAndCounted() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String large = datasets.create();
    try (InputStream in =
        getClass().getResourceAsStream("/samples/amlsim_20k_fanin200cycle200_transactions.csv")) {
      datasets.importFile(large, "AMLSIM&currency=EUR", in.readAllBytes());
    }
    double refusedBefore = refusedTooLarge();

    String problem =
        mvc.perform(
                post("/api/v1/datasets/" + large + "/traces")
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"direction":"FORWARD","rule":"FIFO","seed":{"transactionIds":[1]}}
                        """))
            .andExpect(status().isInsufficientStorage())
            .andReturn()
            .getResponse()
            .getContentAsString();

    DocumentContext refused = JsonPath.parse(problem);
    assertThat(refused.read("$.type", String.class))
        .isEqualTo("urn:sequestra:problem:graph-too-large");
    assertThat(refused.read("$.status", Integer.class)).isEqualTo(507);
    assertThat(refused.read("$.budgetBytes", Long.class)).isEqualTo(512 * 1024);
    assertThat(refused.read("$.neededBytes", Long.class)).isGreaterThan(512 * 1024);
    assertThat(refused.read("$.detail", String.class))
        .contains("120558 transactions", "512 KB", "-Xmx", "sequestra.trace.graph-memory-budget");
    assertThat(refusedTooLarge()).isEqualTo(refusedBefore + 1);
    // What /actuator/prometheus serves (on the management port, which MockMvc does not reach).
    String metrics = prometheus.scrape();
    assertThat(metrics)
        .contains("sequestra_trace_graph_loads_refused_total{reason=\"too-large\"}")
        .contains("sequestra_trace_graph_memory_budget_bytes 524288.0");

    // A dataset that fits is traced as ever.
    String small = datasets.create();
    datasets.importCsv(small, Datasets.REFERENCE_EXAMPLE);
    long seed = datasets.transactionIds(small).get("T2");
    DocumentContext trace =
        create(
            small,
            "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\",\"seed\":{\"transactionIds\":[%d]}}"
                .formatted(seed));
    assertThat(trace.read("$.result.reconciliation.balances", Boolean.class)).isTrue();
    // A list within the inline limit is whole, as it always was (B and C); a longer one is cut.
    assertThat(trace.read("$.result.endPointCount", Long.class)).isEqualTo(2);
    assertThat(trace.read("$.result.endPoints.length()", Integer.class)).isEqualTo(2);
    assertThat(trace.read("$.result.flowCount", Long.class)).isEqualTo(3);
    assertThat(trace.read("$.result.flows.length()", Integer.class)).isEqualTo(2);
  }

  @Test
  void aLargeResultListsItsFirstItemsAndPagesThroughAllOfThem() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    datasets.importCsv(dataset, fanOut());
    long seed = datasets.transactionIds(dataset).get("SEED");

    DocumentContext created =
        create(
            dataset,
            "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\",\"seed\":{\"transactionIds\":[%d]}}"
                .formatted(seed));
    String traceId = created.read("$.id");
    DocumentContext read =
        JsonPath.parse(
            mvc.perform(
                    get("/api/v1/datasets/" + dataset + "/traces/" + traceId)
                        .header("Authorization", ANALYST))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    for (DocumentContext trace : List.of(created, read)) {
      assertThat(trace.read("$.result.flows.length()", Integer.class)).isEqualTo(2);
      assertThat(trace.read("$.result.endPoints.length()", Integer.class)).isEqualTo(2);
      assertThat(trace.read("$.result.flowCount", Long.class)).isGreaterThanOrEqualTo(PAYEES);
      assertThat(trace.read("$.result.endPointCount", Long.class)).isEqualTo(PAYEES);
      assertThat(trace.read("$.result.unexplainedCount", Long.class)).isZero();
      assertThat(trace.read("$.result.reconciliation.balances", Boolean.class)).isTrue();
    }
    long flowCount = created.read("$.result.flowCount", Long.class);

    // Pages of 150 cross the stored chunks' boundaries (200 items each).
    List<Map<String, Object>> flows = all(dataset, traceId, "flows", 150, flowCount);
    assertThat(flows).hasSize((int) flowCount);
    assertThat(flows.subList(0, 2)).isEqualTo(created.read("$.result.flows"));
    assertThat(new HashSet<>(flows.stream().map(flow -> flow.get("transactionId")).toList()))
        .hasSize((int) flowCount);
    Map<String, Long> ids = transactionIds(dataset);
    for (int i = 1; i <= PAYEES; i++) {
      Number id = ids.get("P" + i);
      assertThat(flows)
          .as("payment P" + i)
          .anySatisfy(
              flow -> {
                assertThat(((Number) flow.get("transactionId")).longValue())
                    .isEqualTo(id.longValue());
                assertThat(new BigDecimal((String) flow.get("amount")))
                    .isEqualByComparingTo("1.00");
              });
    }

    // Every end point once; together they hold what the reconciliation says.
    List<Map<String, Object>> ends = all(dataset, traceId, "end-points", 200, PAYEES);
    assertThat(ends.subList(0, 2)).isEqualTo(created.read("$.result.endPoints"));
    BigDecimal held =
        ends.stream()
            .map(end -> new BigDecimal((String) end.get("amount")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(held)
        .isEqualByComparingTo(created.read("$.result.reconciliation.heldAtEndPoints", String.class))
        .isEqualByComparingTo("450.00");
    List<?> labels =
        ends.stream().map(end -> (Object) ((Map<?, ?>) end.get("node")).get("label")).toList();
    assertThat(new HashSet<>(labels)).hasSize(PAYEES);
    assertThat(all(dataset, traceId, "unexplained", 20, 0)).isEmpty();

    // A page past the end is empty; the export still has every item.
    DocumentContext beyond = page(dataset, traceId, "end-points", 30, 20);
    assertThat(beyond.read("$.items.length()", Integer.class)).isZero();
    assertThat(beyond.read("$.page.totalElements", Long.class)).isEqualTo(PAYEES);
    String csv =
        mvc.perform(
                get("/api/v1/datasets/" + dataset + "/traces/" + traceId + "/export.csv")
                    .header("Authorization", ANALYST))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines().filter(line -> line.startsWith("END_POINT,"))).hasSize(PAYEES);
    assertThat(csv.lines().filter(line -> line.startsWith("EDGE,"))).hasSize((int) flowCount);
  }

  /** Stored transaction ids by bank reference, over every page. */
  private Map<String, Long> transactionIds(String dataset) throws Exception {
    Map<String, Long> byReference = new java.util.HashMap<>();
    for (int page = 0; page < 3; page++) {
      String body =
          mvc.perform(
                  get("/api/v1/datasets/" + dataset + "/transactions?size=200&page=" + page)
                      .header("Authorization", ANALYST))
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<String> references = JsonPath.read(body, "$.items[*].bankReference");
      List<Number> ids = JsonPath.read(body, "$.items[*].id");
      for (int i = 0; i < references.size(); i++) {
        byReference.put(references.get(i), ids.get(i).longValue());
      }
    }
    assertThat(byReference).hasSize(PAYEES + 1);
    return byReference;
  }

  private List<Map<String, Object>> all(
      String dataset, String traceId, String list, int size, long total) throws Exception {
    List<Map<String, Object>> items = new ArrayList<>();
    int pages = (int) ((total + size - 1) / size);
    for (int page = 0; page < Math.max(pages, 1); page++) {
      DocumentContext body = page(dataset, traceId, list, page, size);
      assertThat(body.read("$.page.totalElements", Long.class)).isEqualTo(total);
      assertThat(body.read("$.page.totalPages", Integer.class)).isEqualTo(pages);
      List<Map<String, Object>> got = body.read("$.items");
      assertThat(got).hasSize((int) Math.min(size, total - (long) page * size));
      items.addAll(got);
    }
    return items;
  }

  private DocumentContext page(String dataset, String traceId, String list, int page, int size)
      throws Exception {
    return JsonPath.parse(
        mvc.perform(
                get("/api/v1/datasets/"
                        + dataset
                        + "/traces/"
                        + traceId
                        + "/"
                        + list
                        + "?page="
                        + page
                        + "&size="
                        + size)
                    .header("Authorization", ANALYST))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private DocumentContext create(String dataset, String body) throws Exception {
    return JsonPath.parse(
        mvc.perform(
                post("/api/v1/datasets/" + dataset + "/traces")
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private double refusedTooLarge() {
    return meters
        .get("sequestra.trace.graph.loads.refused")
        .tag("reason", "too-large")
        .counter()
        .count();
  }

  /** Account A receives 450.00 of proceeds and pays 1.00 to each of 450 payees. */
  private static String fanOut() {
    StringBuilder csv =
        new StringBuilder(
            "account,account_holder,counterparty_account,counterparty_name,direction,amount,currency,booked_at,bank_reference\n");
    csv.append(Datasets.A)
        .append(",Account A,")
        .append(Datasets.CRIME)
        .append(",Crime Proceeds Ltd,CREDIT,450.00,EUR,2024-03-02T10:00:00Z,SEED\n");
    for (int i = 1; i <= PAYEES; i++) {
      csv.append(Datasets.A)
          .append(",Account A,ACC")
          .append(100_000 + i)
          .append(",Payee ")
          .append(i)
          .append(",DEBIT,1.00,EUR,2024-03-03T10:")
          .append("%02d:%02d".formatted(i / 60, i % 60))
          .append("Z,P")
          .append(i)
          .append('\n');
    }
    return csv.toString();
  }
}
