package org.sequestra.registry.screening;

import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;

/** The default configuration: screening is off and says so. */
class ScreeningDisabledTest extends RegistryIntegrationTest {

  @Test
  void screeningIsOffUnlessConfiguredAndSaysSo() throws Exception {
    Fixtures given = new Fixtures(mvc);
    String caseId = given.openCase(nlAnalyst());
    String subjectId = given.person(nlAnalyst(), caseId, "de Vries");
    given
        .postJson(
            nlAnalyst(), "/api/v1/cases/" + caseId + "/subjects/" + subjectId + "/screenings", "")
        .andExpect(status().isConflict())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:screening-not-configured"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Screening is not configured on this deployment (sequestra.screening.enabled is"
                        + " off)."));
    given
        .get(nlAnalyst(), "/api/v1/cases/" + caseId + "/subjects/" + subjectId + "/screenings")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(0));
  }
}
