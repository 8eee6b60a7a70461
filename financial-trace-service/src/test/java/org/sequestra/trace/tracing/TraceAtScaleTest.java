package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.util.List;
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
 * The IBM AMLSim sample (120 558 transfers between 20 000 accounts) through the API: every rule's
 * trace reconciles to its seed, and the cycle scan cites stored transactions. Durations are printed
 * for the record, not asserted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TraceAtScaleTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  @Autowired MockMvc mvc;

  String dataset;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void tracesReconcileAndCyclesCiteStoredTransactionsOnTheAmlSimSample() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    dataset = datasets.create();
    try (InputStream in =
        getClass().getResourceAsStream("/samples/amlsim_20k_fanin200cycle200_transactions.csv")) {
      datasets.importFile(dataset, "AMLSIM&currency=EUR", in.readAllBytes());
    }
    String first =
        mvc.perform(
                get("/api/v1/datasets/" + dataset + "/transactions?size=1")
                    .header("Authorization", ANALYST))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long seed = JsonPath.<Number>read(first, "$.items[0].id").longValue();

    for (String rule : List.of("FIFO", "LIFO", "PRO_RATA", "LIBR")) {
      long started = System.nanoTime();
      DocumentContext trace =
          call(
              "/traces",
              """
              {"direction":"FORWARD","rule":"%s","seed":{"transactionIds":[%d]},"hopLimit":6}
              """
                  .formatted(rule, seed),
              201);
      System.out.printf(
          "AMLSim trace %s: %d ms (first includes loading the graph), %d flows%n",
          rule,
          (System.nanoTime() - started) / 1_000_000,
          trace.read("$.result.flows.length()", Integer.class));
      assertThat(trace.read("$.result.reconciliation.balances", Boolean.class)).as(rule).isTrue();
      assertThat(trace.read("$.result.reconciliation.seed", String.class))
          .isEqualTo(trace.read("$.result.seedAmount", String.class));
    }

    long started = System.nanoTime();
    DocumentContext scan = call("/pattern-scans?size=200", "{\"patterns\":[\"CYCLE\"]}", 200);
    int cycles = scan.read("$.counts[0].findings", Integer.class);
    System.out.printf(
        "AMLSim cycle scan: %d findings in %d ms%n",
        cycles, (System.nanoTime() - started) / 1_000_000);
    assertThat(cycles).isPositive();
    assertThat(scan.read("$.counts[0].truncated", Boolean.class)).isFalse();
    List<Number> evidence = scan.read("$.items[0].transactions[*].transactionId");
    assertThat(evidence).hasSizeGreaterThanOrEqualTo(2);
    List<String> hub = scan.read("$.items[0].transactions[*].from.identifier");
    assertThat(hub).contains(scan.read("$.items[0].node.identifier", String.class));
  }

  private DocumentContext call(String path, String body, int status) throws Exception {
    return JsonPath.parse(
        mvc.perform(
                post("/api/v1/datasets/" + dataset + path)
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
