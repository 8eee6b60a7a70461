package org.sequestra.freezing.request;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sequestra.freezing.support.RequestFlow.ES_EXECUTING;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.freezing.support.RequestFlow;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Both sides see the same request (the executing side from its transmission on); nobody else. */
@SpringBootTest
@AutoConfigureMockMvc
class RequestVisibilityApiTest {

  private static final String CO_ISSUING = RequestFlow.token("agency-co", "ISSUING_AUTHORITY");
  private static final String NL_PROSECUTOR = RequestFlow.token("agency-nl", "PROSECUTOR");
  private static final String ES_PROSECUTOR = RequestFlow.token("agency-es", "PROSECUTOR");

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  private ResultActions list(String token, String role) throws Exception {
    return mvc.perform(
        get("/api/v1/freezing-requests?size=100" + (role == null ? "" : "&role=" + role))
            .header("Authorization", token));
  }

  @Test
  void theExecutingAgencySeesTheRequestFromItsTransmissionAndAThirdAgencyNever() throws Exception {
    RequestFlow request = RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft());
    String id = request.id();

    list(NL_ISSUING, "issuing").andExpect(jsonPath("$.items[*].id", hasItem(id)));
    list(ES_EXECUTING, "executing").andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    mvc.perform(get(request.path()).header("Authorization", ES_EXECUTING))
        .andExpect(status().isNotFound());

    request.issuedAndTransmitted();

    mvc.perform(get(request.path()).header("Authorization", ES_EXECUTING))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.executingAgency").value("ES-ARO"))
        .andExpect(jsonPath("$.executingCountry").value("ES"))
        .andExpect(
            jsonPath("$.freezingCertificate.sectionE.offenceCategories[0]")
                .value("DRUG_TRAFFICKING"))
        .andExpect(jsonPath("$.allowedActions[0]").value("RECEIVE"));
    list(ES_EXECUTING, "executing").andExpect(jsonPath("$.items[*].id", hasItem(id)));
    list(ES_EXECUTING, "issuing").andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    list(NL_ISSUING, "executing").andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    list(ES_EXECUTING, null).andExpect(jsonPath("$.items[*].id", hasItem(id)));

    mvc.perform(get(request.path()).header("Authorization", CO_ISSUING))
        .andExpect(status().isNotFound());
    mvc.perform(get(request.path() + "/transitions").header("Authorization", CO_ISSUING))
        .andExpect(status().isNotFound());
    list(CO_ISSUING, null).andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
  }

  @Test
  void prosecutorsOfBothSidesReadButTakeNoStep() throws Exception {
    RequestFlow request =
        RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft())
            .issuedAndTransmitted();

    mvc.perform(get(request.path()).header("Authorization", NL_PROSECUTOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("TRANSMITTED"))
        .andExpect(jsonPath("$.allowedActions").isEmpty());
    mvc.perform(get(request.path() + "/transitions").header("Authorization", ES_PROSECUTOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.transitions.length()").value(2));
    request
        .act(NL_PROSECUTOR, "{\"action\":\"WITHDRAW\",\"reason\":\"x\"}")
        .andExpect(status().isForbidden());
  }

  @Test
  void anMlaRequestToColombiaTravelsItsOwnPathWithoutRegulationDeadlines() throws Exception {
    RequestFlow request = RequestFlow.draft(mvc, NL_ISSUING, Certificates.mlaDraft());
    request.issuedAndTransmitted();
    String coExecuting = RequestFlow.token("agency-co", "EXECUTING_AUTHORITY");

    request
        .act(coExecuting, "{\"action\":\"RECEIVE\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.instrument").value("MLA"))
        .andExpect(jsonPath("$.mla.channel").value("AMERIPOL"))
        .andExpect(jsonPath("$.recognitionDueBy").doesNotExist())
        .andExpect(jsonPath("$.deadlines").isEmpty());
    // outside the Regulation, the executing side may refuse without a prior consultation
    request
        .act(coExecuting, "{\"action\":\"REFUSE\",\"reason\":\"no treaty basis\"}")
        .andExpect(jsonPath("$.status").value("REFUSED"));
    mvc.perform(get(request.path()).header("Authorization", ES_EXECUTING))
        .andExpect(status().isNotFound());
  }
}
