package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Each unidentified counterparty of a trace is its own node: the PostFinance statement's fees of 30
 * April 2016 go to as many counterparties as there are fees, each named after its own transaction,
 * and the flows' targets are the trace's end points.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TraceNodesApiTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void everyUnidentifiedCounterpartyIsItsOwnNodeNamedAfterItsTransaction() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    datasets.importFile(dataset, "CAMT053", sample("camt053_v04_postfinance_sample.xml"));

    String body =
        mvc.perform(
                post("/api/v1/datasets/" + dataset + "/traces")
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"direction":"FORWARD","rule":"FIFO",
                         "seed":{"accountIdentifier":"CH0309000000250090342","amount":"322152.16",
                                 "currency":"CHF","from":"2016-04-29T00:00:00Z"}}
                        """))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    DocumentContext trace = JsonPath.parse(body);

    List<Map<String, Object>> flows = trace.read("$.result.flows");
    List<Map<String, Object>> unidentifiedFlows =
        flows.stream().filter(flow -> !hasAccount(node(flow, "to"))).toList();
    assertThat(unidentifiedFlows).as("the fees of 30 April 2016").hasSizeGreaterThan(1);

    Set<String> targets = new HashSet<>();
    for (Map<String, Object> flow : unidentifiedFlows) {
      Map<String, Object> to = node(flow, "to");
      String label = (String) to.get("label");
      assertThat(label)
          .startsWith("unidentified counterparty")
          .endsWith(" of transaction " + ((Number) flow.get("transactionId")).longValue());
      assertThat(targets.add(label)).as("a second flow into " + label).isTrue();
    }

    List<Map<String, Object>> ends = trace.read("$.result.endPoints");
    Set<String> unidentifiedEnds = new HashSet<>();
    for (Map<String, Object> end : ends) {
      @SuppressWarnings("unchecked")
      Map<String, Object> node = (Map<String, Object>) end.get("node");
      if (!hasAccount(node)) {
        unidentifiedEnds.add((String) node.get("label"));
      }
    }
    assertThat(unidentifiedEnds).isEqualTo(targets);
    // The statement's account keeps the rest; every fee is an end point of its own.
    assertThat(ends).hasSize(targets.size() + 1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> node(Map<String, Object> flow, String side) {
    return (Map<String, Object>) flow.get(side);
  }

  /**
   * The API sends the account id of an unidentified counterparty as null (the console relies on
   * it).
   */
  private static boolean hasAccount(Map<String, Object> node) {
    return node.get("accountId") != null;
  }

  private static byte[] sample(String name) throws Exception {
    try (InputStream in = TraceNodesApiTest.class.getResourceAsStream("/samples/" + name)) {
      return in.readAllBytes();
    }
  }
}
