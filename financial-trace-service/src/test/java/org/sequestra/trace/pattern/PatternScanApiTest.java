package org.sequestra.trace.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.trace.tracing.Datasets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Pattern scans through the API: each finding cites the stored transactions it rests on. */
@SpringBootTest
@AutoConfigureMockMvc
class PatternScanApiTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  /**
   * Five senders pay 9 500.00 each into SMURF-HUB within three days (fan-in and structuring under a
   * 10 000.00 threshold); ROUND-1 sends 1 000.00 round ROUND-2 and ROUND-3 back to itself (cycle).
   */
  private static final String STATEMENTS =
      """
      account,counterparty_account,direction,amount,currency,booked_at,bank_reference
      SMURF-HUB,SENDER-1,CREDIT,9500.00,EUR,2024-05-01T09:00:00Z,S1
      SMURF-HUB,SENDER-2,CREDIT,9500.00,EUR,2024-05-01T15:00:00Z,S2
      SMURF-HUB,SENDER-3,CREDIT,9500.00,EUR,2024-05-02T09:00:00Z,S3
      SMURF-HUB,SENDER-4,CREDIT,9500.00,EUR,2024-05-02T15:00:00Z,S4
      SMURF-HUB,SENDER-5,CREDIT,9500.00,EUR,2024-05-03T09:00:00Z,S5
      ROUND-1,ROUND-2,DEBIT,1000.00,EUR,2024-06-01T09:00:00Z,R1
      ROUND-2,ROUND-3,DEBIT,990.00,EUR,2024-06-02T09:00:00Z,R2
      ROUND-3,ROUND-1,DEBIT,980.00,EUR,2024-06-03T09:00:00Z,R3
      """;

  @Autowired MockMvc mvc;

  String dataset;
  Map<String, Long> tx;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @BeforeEach
  void statements() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    dataset = datasets.create();
    datasets.importCsv(dataset, STATEMENTS);
    tx = datasets.transactionIds(dataset);
  }

  @Test
  void fanInStructuringAndCycleAreFoundWithTheirEvidence() throws Exception {
    DocumentContext scan = scan("{\"patterns\":[\"CYCLE\",\"FAN_IN\",\"STRUCTURING\"]}", 0, 50);

    assertThat(scan.read("$.counts[?(@.pattern == 'FAN_IN')].findings", List.class))
        .containsExactly(1);
    assertThat(scan.read("$.counts[?(@.pattern == 'CYCLE')].findings", List.class))
        .containsExactly(1);
    assertThat(scan.read("$.counts[?(@.pattern == 'CYCLE')].truncated", List.class))
        .containsExactly(false);
    List<Number> fanEvidence =
        scan.read("$.items[?(@.pattern == 'FAN_IN')].transactions[*].transactionId");
    assertThat(fanEvidence.stream().map(Number::longValue))
        .containsExactlyInAnyOrder(
            tx.get("S1"), tx.get("S2"), tx.get("S3"), tx.get("S4"), tx.get("S5"));
    assertThat(scan.read("$.items[?(@.pattern == 'FAN_IN')].node.identifier", List.class))
        .containsExactly("SMURF-HUB");
    List<Number> cycleEvidence =
        scan.read("$.items[?(@.pattern == 'CYCLE')].transactions[*].transactionId");
    assertThat(cycleEvidence.stream().map(Number::longValue))
        .containsExactly(tx.get("R1"), tx.get("R2"), tx.get("R3"));
    assertThat(scan.read("$.items[?(@.pattern == 'CYCLE')].amount", List.class))
        .containsExactly("980.00");
    List<String> structured = scan.read("$.items[?(@.pattern == 'STRUCTURING')].node.identifier");
    assertThat(structured).isNotEmpty().containsOnly("SMURF-HUB");
  }

  @Test
  void aThresholdInAnotherCurrencyFindsNoStructuringInEuros() throws Exception {
    DocumentContext scan =
        scan(
            "{\"patterns\":[\"STRUCTURING\"],\"structuringThreshold\":{\"amount\":\"10000.00\",\"currency\":\"USD\"}}",
            0,
            20);
    assertThat(scan.read("$.counts[0].findings", Integer.class)).isZero();
  }

  @Test
  void findingsArePagedInAStableOrder() throws Exception {
    DocumentContext all = scan("{}", 0, 200);
    int total = all.read("$.page.totalElements", Integer.class);
    assertThat(total).isGreaterThanOrEqualTo(3);
    for (int page = 0; page < total; page++) {
      DocumentContext one = scan("{}", page, 1);
      assertThat(one.read("$.items[0]", Object.class))
          .isEqualTo(all.read("$.items[" + page + "]", Object.class));
    }
  }

  @Test
  void badOptionsAndOtherAgenciesAreRefused() throws Exception {
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/pattern-scans")
                .header("Authorization", ANALYST)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"cycleMaxHops\":1}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("cycleMaxHops"));
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/pattern-scans")
                .header(
                    "Authorization", TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isNotFound());
  }

  private DocumentContext scan(String options, int page, int size) throws Exception {
    return JsonPath.parse(
        mvc.perform(
                post("/api/v1/datasets/"
                        + dataset
                        + "/pattern-scans?page="
                        + page
                        + "&size="
                        + size)
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(options))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
