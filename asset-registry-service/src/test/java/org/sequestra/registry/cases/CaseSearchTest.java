package org.sequestra.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.sequestra.registry.cases.CaseRequests.esAnalyst;
import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.unique;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.RegistryIntegrationTest;

/**
 * Searching the case list. Each test works under its own reference prefix, so cases other tests
 * open in the same database do not interfere.
 */
class CaseSearchTest extends RegistryIntegrationTest {

  private CaseRequests requests;
  private String prefix;

  @BeforeEach
  void setUp() {
    requests = new CaseRequests(mvc);
    prefix = "NL-ARO/S_" + unique() + "/";
  }

  private String open(String suffix, String openedOn, String priorities) throws Exception {
    String body =
        requests
            .create(
                nlAnalyst(),
                "{\"nationalReference\":\""
                    + prefix
                    + suffix
                    + "\",\"title\":\"t\",\"openedOn\":\""
                    + openedOn
                    // the codes these tests search for are of the 2022-2025 cycle
                    + "\",\"empactCycle\":\"2022-2025\",\"empactPriorities\":["
                    + priorities
                    + "]}")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private String inPrefix(String query) {
    return "referencePrefix=" + prefix.toLowerCase() + "&" + query;
  }

  @Test
  void filtersCombine() throws Exception {
    String cocaine = open("1", "2026-01-10", "\"DRUGS_CANNABIS_COCAINE_HEROIN\"");
    String synthetic = open("2", "2026-02-10", "\"DRUGS_SYNTHETIC_NPS\"");
    String fraud = open("3", "2026-03-10", "\"MTIC_FRAUD\"");
    requests
        .update(nlAnalyst(), synthetic, "\"0\"", "{\"status\":\"CLOSED\"}")
        .andExpect(status().isOk());

    requests
        .list(nlAnalyst(), inPrefix("size=50"))
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(cocaine, synthetic, fraud)));
    requests
        .list(nlAnalyst(), inPrefix("empactPriority=DRUGS_TRAFFICKING"))
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(cocaine, synthetic)));
    requests
        .list(nlAnalyst(), inPrefix("empactPriority=DRUGS_TRAFFICKING&status=OPEN"))
        .andExpect(jsonPath("$.items[*].id", contains(cocaine)));
    requests
        .list(nlAnalyst(), inPrefix("status=CLOSED"))
        .andExpect(jsonPath("$.items[*].id", contains(synthetic)));
    requests
        .list(nlAnalyst(), inPrefix("openedFrom=2026-02-10&openedTo=2026-03-09"))
        .andExpect(jsonPath("$.items[*].id", contains(synthetic)));
    requests
        .list(nlAnalyst(), inPrefix("openedFrom=2026-02-11"))
        .andExpect(jsonPath("$.items[*].id", contains(fraud)));
  }

  @Test
  void theReferencePrefixIsLiteralAndCaseInsensitive() throws Exception {
    String underscore = open("A_1", "2026-01-01", "");
    open("AB1", "2026-01-01", "");

    requests
        .list(nlAnalyst(), "referencePrefix=" + prefix.toLowerCase() + "a_")
        .andExpect(jsonPath("$.items[*].id", contains(underscore)))
        .andExpect(jsonPath("$.page.totalElements").value(1));
    requests
        .list(nlAnalyst(), "referencePrefix=" + prefix + "%25")
        .andExpect(jsonPath("$.page.totalElements").value(0));
  }

  @Test
  void pagesAreStableAndCoverEveryCaseOnce() throws Exception {
    List<String> opened = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      opened.add(open("P" + i, "2026-01-01", ""));
    }

    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      String body =
          requests
              .list(nlAnalyst(), inPrefix("size=2&page=" + page))
              .andExpect(jsonPath("$.page.totalElements").value(7))
              .andExpect(jsonPath("$.page.totalPages").value(4))
              .andReturn()
              .getResponse()
              .getContentAsString();
      seen.addAll(JsonPath.<List<String>>read(body, "$.items[*].id"));
    }
    assertThat(seen).containsExactlyElementsOf(opened.reversed());
  }

  @Test
  void anotherAgencyFindsNothingOfOursAndAnUnknownPriorityIsNamed() throws Exception {
    open("X", "2026-01-01", "\"CYBER_ATTACKS\"");

    requests
        .list(esAnalyst(), inPrefix("size=50"))
        .andExpect(jsonPath("$.page.totalElements").value(0));
    requests
        .list(nlAnalyst(), "empactPriority=PIRACY")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("empactPriority"));
  }
}
