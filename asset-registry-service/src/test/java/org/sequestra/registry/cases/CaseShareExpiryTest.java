package org.sequestra.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.registry.cases.CaseRequests.esAnalyst;
import static org.sequestra.registry.cases.CaseRequests.nlAnalyst;
import static org.sequestra.registry.cases.CaseRequests.nlSupervisor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scheduled clean-up closes exactly the shares that have expired, and audits each. */
class CaseShareExpiryTest extends RegistryIntegrationTest {

  @Autowired CaseShareExpiry expiry;
  @Autowired JdbcTemplate jdbc;

  private CaseRequests requests;

  @BeforeEach
  void requests() {
    requests = new CaseRequests(mvc);
  }

  @Test
  void anExpiredShareIsClosedAndAuditedOnceTheOthersStay() throws Exception {
    String caseId = requests.open(nlAnalyst());
    String expired = shareUntil(caseId, "ES-ARO", Instant.now().plus(1, ChronoUnit.DAYS));
    String lasting = requests.shareWith(caseId, "CO-ARO", "READ_ONLY");
    String otherCase = requests.open(nlAnalyst());
    String later = shareUntil(otherCase, "ES-ARO", Instant.now().plus(1, ChronoUnit.DAYS));
    String thirdCase = requests.open(nlAnalyst());
    String revoked = shareUntil(thirdCase, "ES-ARO", Instant.now().plus(1, ChronoUnit.DAYS));
    requests.revoke(nlSupervisor(), thirdCase, revoked).andExpect(status().isNoContent());
    // The day passes for two of them; one had been revoked an hour before it would have expired.
    jdbc.update(
        "update case_share set expires_at = now() - interval '1 minute' where id = ?::uuid",
        expired);
    jdbc.update(
        "update case_share set revoked_at = now() - interval '61 minutes',"
            + " expires_at = now() - interval '1 minute' where id = ?::uuid",
        revoked);
    Map<String, Object> revokedBefore = share(revoked);

    List<UUID> closed = expiry.closeExpired();

    assertThat(closed)
        .contains(UUID.fromString(expired))
        .doesNotContain(UUID.fromString(lasting), UUID.fromString(later), UUID.fromString(revoked));
    assertThat(share(expired))
        .containsEntry("revoked_by", CaseShareExpiry.ACTOR)
        .extractingByKey("revoked_at")
        .isNotNull();
    assertThat(share(lasting)).containsEntry("revoked_at", null);
    assertThat(share(later)).containsEntry("revoked_at", null);
    assertThat(share(revoked)).isEqualTo(revokedBefore);
    mvc.perform(get("/api/v1/cases/" + caseId + "/shares").header("Authorization", nlAnalyst()))
        .andExpect(jsonPath("$.items[?(@.id == '" + expired + "')].status").value("EXPIRED"))
        .andExpect(jsonPath("$.items[?(@.id == '" + lasting + "')].status").value("ACTIVE"));
    mvc.perform(get("/api/v1/cases/" + thirdCase + "/shares").header("Authorization", nlAnalyst()))
        .andExpect(jsonPath("$.items[0].status").value("REVOKED"));
    assertThat(
            jdbc.queryForList(
                "select subject, object_agency, detail from audit_log"
                    + " where action = 'case.share.expire' and object_id = ?",
                caseId))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry).containsEntry("subject", CaseShareExpiry.ACTOR);
              assertThat(entry).containsEntry("object_agency", "NL-ARO");
              assertThat((String) entry.get("detail")).contains(expired).contains("ES-ARO");
            });

    // Closed once: a second run leaves it, and the agency may be given a new share.
    assertThat(expiry.closeExpired()).doesNotContain(UUID.fromString(expired));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_log where action = 'case.share.expire'"
                    + " and object_id = ?",
                Long.class,
                caseId))
        .isEqualTo(1);
    requests.read(esAnalyst(), caseId).andExpect(status().isNotFound());
    requests.shareWith(caseId, "ES-ARO", "READ_ONLY");
    requests.read(esAnalyst(), caseId).andExpect(status().isOk());
  }

  private String shareUntil(String caseId, String agency, Instant expiresAt) throws Exception {
    return JsonPath.read(
        requests
            .share(
                nlSupervisor(),
                caseId,
                "{\"agency\":\""
                    + agency
                    + "\",\"access\":\"READ_ONLY\",\"expiresAt\":\""
                    + expiresAt
                    + "\"}")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.id");
  }

  private Map<String, Object> share(String id) {
    return jdbc.queryForMap(
        "select revoked_at, revoked_by, expires_at from case_share where id = ?::uuid", id);
  }
}
