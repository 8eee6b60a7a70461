package org.sequestra.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sequestra.registry.cases.CaseRequests.esAnalyst;
import static org.sequestra.registry.cases.CaseRequests.esSupervisor;
import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.nlSupervisor;
import static org.sequestra.registry.cases.CaseRequests.token;
import static org.sequestra.registry.cases.CaseRequests.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ForbiddenException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Another agency sees a case only through an active share (DESIGN.md §2). */
class CaseSharingTest extends RegistryIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired CaseAccess access;

  private CaseRequests requests;

  @BeforeEach
  void requests() {
    requests = new CaseRequests(mvc);
  }

  @Test
  void afterAReadOnlyShareTheOtherAgencyReadsTheCaseButCannotChangeIt() throws Exception {
    String caseId = requests.open(nlAnalyst());
    requests.read(esAnalyst(), caseId).andExpect(status().isNotFound());

    requests
        .share(nlSupervisor(), caseId, "{\"agency\":\"ES-ARO\",\"access\":\"READ_ONLY\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.agency").value("ES-ARO"))
        .andExpect(jsonPath("$.access").value("READ_ONLY"))
        .andExpect(jsonPath("$.status").value("ACTIVE"));

    requests
        .read(esAnalyst(), caseId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.owningAgency").value("NL-ARO"))
        .andExpect(jsonPath("$.access").value("READ_ONLY"));
    requests
        .list(esAnalyst(), "size=200")
        .andExpect(jsonPath("$.items[?(@.id == '" + caseId + "')].access").value("READ_ONLY"));
    requests
        .update(esAnalyst(), caseId, "\"0\"", "{\"title\":\"x\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:read-only-share"));
  }

  @Test
  void aContributorMayChangeTheCase() throws Exception {
    String caseId = requests.open(nlAnalyst());
    requests.shareWith(caseId, "ES-ARO", "CONTRIBUTOR");

    requests
        .update(esAnalyst(), caseId, "\"0\"", "{\"offences\":[\"drug trafficking\"]}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.access").value("CONTRIBUTOR"));
    requests
        .read(nlAnalyst(), caseId)
        .andExpect(jsonPath("$.offences[0]").value("drug trafficking"));
  }

  @Test
  void caseAccessTellsOtherFeaturesWhoMayReadAndWrite() throws Exception {
    UUID readOnly = UUID.fromString(requests.open(nlAnalyst()));
    UUID contributor = UUID.fromString(requests.open(nlAnalyst()));
    requests.shareWith(readOnly.toString(), "ES-ARO", "READ_ONLY");
    requests.shareWith(contributor.toString(), "ES-ARO", "CONTRIBUTOR");
    Caller spanish = new Caller("s", "u", "ES-ARO", "ES", Set.of("ARO_ANALYST"), "iss", null);
    Caller colombian = new Caller("s", "u", "CO-ARO", "CO", Set.of("ARO_ANALYST"), "iss", null);

    assertThat(access.readable(spanish, readOnly).getId()).isEqualTo(readOnly);
    assertThat(access.writable(spanish, contributor).getId()).isEqualTo(contributor);
    assertThatThrownBy(() -> access.writable(spanish, readOnly))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> access.readable(colombian, readOnly))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void afterRevocationTheCaseIs404AgainAndTheShareStaysOnRecord() throws Exception {
    String caseId = requests.open(nlAnalyst());
    String shareId = requests.shareWith(caseId, "ES-ARO", "CONTRIBUTOR");
    requests.read(esAnalyst(), caseId).andExpect(status().isOk());

    requests.revoke(nlSupervisor(), caseId, shareId).andExpect(status().isNoContent());

    requests.read(esAnalyst(), caseId).andExpect(status().isNotFound());
    requests
        .list(esAnalyst(), "size=200")
        .andExpect(jsonPath("$.items[*].id", not(hasItem(caseId))));
    mvc.perform(get("/api/v1/cases/" + caseId + "/shares").header("Authorization", nlAnalyst()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(shareId))
        .andExpect(jsonPath("$.items[0].status").value("REVOKED"))
        .andExpect(jsonPath("$.items[0].revokedAt").isNotEmpty());
    requests.revoke(nlSupervisor(), caseId, shareId).andExpect(status().isNoContent());
  }

  @Test
  void anExpiredShareNoLongerCountsAndMayBeReplaced() throws Exception {
    String caseId = requests.open(nlAnalyst());
    String expiresAt = Instant.now().plus(1, ChronoUnit.DAYS).toString();
    String shareId =
        JsonPath.read(
            requests
                .share(
                    nlSupervisor(),
                    caseId,
                    "{\"agency\":\"ES-ARO\",\"access\":\"READ_ONLY\",\"expiresAt\":\""
                        + expiresAt
                        + "\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    requests.read(esAnalyst(), caseId).andExpect(status().isOk());

    // The day passes.
    jdbc.update(
        "update case_share set expires_at = now() - interval '1 minute' where id = ?::uuid",
        shareId);

    requests.read(esAnalyst(), caseId).andExpect(status().isNotFound());
    requests
        .list(esAnalyst(), "size=200")
        .andExpect(jsonPath("$.items[*].id", not(hasItem(caseId))));
    mvc.perform(get("/api/v1/cases/" + caseId + "/shares").header("Authorization", nlAnalyst()))
        .andExpect(jsonPath("$.items[0].status").value("EXPIRED"));
    requests.shareWith(caseId, "ES-ARO", "CONTRIBUTOR");
    requests.read(esAnalyst(), caseId).andExpect(jsonPath("$.access").value("CONTRIBUTOR"));
  }

  @Test
  void onlyTheOwningAgencysSupervisorManagesShares() throws Exception {
    String caseId = requests.open(nlAnalyst());
    String body = "{\"agency\":\"ES-ARO\",\"access\":\"READ_ONLY\"}";

    requests.share(nlAnalyst(), caseId, body).andExpect(status().isForbidden());
    requests.share(esSupervisor(), caseId, body).andExpect(status().isNotFound());
    String shareId = requests.shareWith(caseId, "ES-ARO", "CONTRIBUTOR");
    // ES sees the case now, but the shares are NL's business
    requests
        .share(esSupervisor(), caseId, "{\"agency\":\"CO-ARO\",\"access\":\"READ_ONLY\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:owner-only"));
    requests.revoke(esSupervisor(), caseId, shareId).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/cases/" + caseId + "/shares").header("Authorization", esAnalyst()))
        .andExpect(status().isForbidden());
    requests
        .revoke(nlSupervisor(), caseId, UUID.randomUUID().toString())
        .andExpect(status().isNotFound());
  }

  @Test
  void aShareNamesAKnownOtherAgencyAndAFutureExpiry() throws Exception {
    String caseId = requests.open(nlAnalyst());

    requests
        .share(nlSupervisor(), caseId, "{\"agency\":\"XX-ARO\",\"access\":\"READ_ONLY\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("agency"))
        .andExpect(
            jsonPath("$.violations[0].reason").value("is not an agency of the trust registry"));
    requests
        .share(nlSupervisor(), caseId, "{\"agency\":\"NL-ARO\",\"access\":\"READ_ONLY\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].reason").value("is the agency that owns the case"));
    requests
        .share(
            nlSupervisor(),
            caseId,
            "{\"agency\":\"ES-ARO\",\"access\":\"READ_ONLY\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("expiresAt"));
    requests
        .share(nlSupervisor(), caseId, "{\"agency\":\"ES-ARO\",\"access\":\"OWNER\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("access"));
  }

  @Test
  void anAgencyHoldsOneActiveShareOfACase() throws Exception {
    String caseId = requests.open(nlAnalyst());
    requests.shareWith(caseId, "ES-ARO", "READ_ONLY");

    requests
        .share(nlSupervisor(), caseId, "{\"agency\":\"ES-ARO\",\"access\":\"CONTRIBUTOR\"}")
        .andExpect(status().isConflict())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:case-already-shared"));
  }

  @Test
  void empactIntegrationClientsSeeOnlyCasesSharedWithTheirAgency() throws Exception {
    String nlEmpact = token("agency-nl", "EMPACT_INTEGRATION");
    String esEmpact = token("agency-es", "EMPACT_INTEGRATION");
    String caseId = requests.open(nlAnalyst(), "NL-ARO/EMPACT/" + unique());

    requests.read(nlEmpact, caseId).andExpect(status().isNotFound());
    requests.list(nlEmpact, "size=200").andExpect(jsonPath("$.items[*].id", not(hasItem(caseId))));
    requests.read(esEmpact, caseId).andExpect(status().isNotFound());

    requests.shareWith(caseId, "ES-ARO", "READ_ONLY");

    requests.read(esEmpact, caseId).andExpect(status().isOk());
    requests.list(esEmpact, "size=200").andExpect(jsonPath("$.items[*].id", hasItem(caseId)));
    requests.read(nlEmpact, caseId).andExpect(status().isNotFound());
  }
}
