package org.sequestra.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sequestra.registry.Fixtures.bankAccount;
import static org.sequestra.registry.Fixtures.uniqueSpanishIban;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;

/**
 * Subjects, assets, ownership and hits in the audit log: every change, and every read of personal
 * data (who the subjects of a case are, who owns an asset), by whom and on whose object.
 */
class RegistryAuditTest extends RegistryIntegrationTest {

  private static String bearer(String realm, String username, String... roles) {
    return TestIssuers.token(realm).username(username).roles(roles).bearer();
  }

  private final String nlAnalyst = bearer("agency-nl", "de-vries", "ARO_ANALYST");
  private final String nlSupervisor = bearer("agency-nl", "bakker", "ARO_SUPERVISOR");
  private final String esAnalyst = bearer("agency-es", "garcia", "ARO_ANALYST");
  private final String nlAuditor = bearer("agency-nl", "visser", "AUDITOR");
  private final String esAuditor = bearer("agency-es", "lopez", "AUDITOR");

  private Fixtures given;
  private Instant start;

  @BeforeEach
  void fixtures() {
    given = new Fixtures(mvc);
    start = Instant.now().minusMillis(1);
  }

  @Test
  void subjectsAreAuditedWhenAddedAndWheneverTheyAreRead() throws Exception {
    String caseId = given.openCase(nlAnalyst);
    String subjectId = given.person(nlAnalyst, caseId, "Jansen");
    given
        .get(nlSupervisor, "/api/v1/cases/" + caseId + "/subjects/" + subjectId)
        .andExpect(status().isOk());
    given
        .get(nlSupervisor, "/api/v1/cases/" + caseId + "/subjects?size=5")
        .andExpect(status().isOk());

    assertThat(entriesAbout(nlAuditor, subjectId))
        .extracting(e -> e.get("action"), e -> e.get("username"), e -> e.get("objectAgency"))
        .containsExactly(
            tuple("subject.create", "de-vries", "NL-ARO"),
            tuple("subject.read", "bakker", "NL-ARO"));
    assertThat(entriesAbout(nlAuditor, caseId))
        .filteredOn(e -> e.get("action").equals("subject.list"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("username", "bakker").containsEntry("objectType", "case");
              assertThat((String) e.get("detail")).isEqualTo("page 0, 1 subjects");
            });
  }

  @Test
  void anotherAgencyReadingSharedSubjectsAndOwnersShowsInBothAgenciesLogs() throws Exception {
    String caseId = given.openCase(nlAnalyst);
    given
        .postJson(
            nlSupervisor,
            "/api/v1/cases/" + caseId + "/shares",
            "{\"agency\":\"ES-ARO\",\"access\":\"READ_ONLY\"}")
        .andExpect(status().isCreated());
    String subjectId = given.person(nlAnalyst, caseId, "Jansen");
    String assetId = given.asset(nlAnalyst, caseId, bankAccount(uniqueSpanishIban()));
    String ownershipId =
        Fixtures.id(
            given
                .postJson(
                    nlAnalyst,
                    "/api/v1/assets/" + assetId + "/owners",
                    "{\"subjectId\":\""
                        + subjectId
                        + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\"100\"}")
                .andExpect(status().isCreated()));

    given
        .get(esAnalyst, "/api/v1/cases/" + caseId + "/subjects/" + subjectId)
        .andExpect(status().isOk());
    given.get(esAnalyst, "/api/v1/assets/" + assetId + "/owners").andExpect(status().isOk());

    assertThat(entriesAbout(nlAuditor, ownershipId))
        .extracting(e -> e.get("action"), e -> e.get("username"))
        .containsExactly(tuple("ownership.create", "de-vries"));
    assertThat((String) entriesAbout(nlAuditor, ownershipId).getFirst().get("detail"))
        .contains(assetId)
        .contains(subjectId)
        .contains("LEGAL");
    assertThat(entriesAbout(nlAuditor, assetId))
        .extracting(e -> e.get("action"), e -> e.get("username"))
        .containsExactly(tuple("asset.register", "de-vries"), tuple("ownership.list", "garcia"));
    // ES's auditor sees what ES's people read of the NL case, not what NL did
    assertThat(entriesAbout(esAuditor, subjectId))
        .extracting(e -> e.get("action"), e -> e.get("agency"), e -> e.get("objectAgency"))
        .containsExactly(tuple("subject.read", "ES-ARO", "NL-ARO"));
    assertThat(entriesAbout(esAuditor, assetId))
        .extracting(e -> e.get("action"))
        .containsExactly("ownership.list");
  }

  @Test
  void assetRegistrationCorrectionValuationAndHitAcknowledgementAreAudited() throws Exception {
    String caseId = given.openCase(nlAnalyst);
    String esCase = given.openCase(esAnalyst);
    String iban = uniqueSpanishIban();
    given.asset(esAnalyst, esCase, bankAccount(iban));
    String assetId = given.asset(nlAnalyst, caseId, bankAccount(iban));
    given
        .postJson(
            nlAnalyst,
            "/api/v1/assets/" + assetId + "/valuations",
            "{\"estimatedValue\":{\"amount\":\"12500.00\",\"currency\":\"EUR\"},"
                + "\"valuationDate\":\"2026-01-15\"}")
        .andExpect(status().isCreated());
    String etag =
        given
            .get(nlAnalyst, "/api/v1/assets/" + assetId)
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    given
        .patchJson(nlAnalyst, "/api/v1/assets/" + assetId, etag, "{\"locationCountry\":\"ES\"}")
        .andExpect(status().isOk());
    String hits =
        given
            .get(nlAnalyst, "/api/v1/hits?size=200")
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> hitIds = JsonPath.read(hits, "$.items[?(@.yourAssetId == '" + assetId + "')].id");
    String hitId = hitIds.getFirst();
    given
        .postJson(nlAnalyst, "/api/v1/hits/" + hitId + "/acknowledgement", "")
        .andExpect(status().isOk());

    List<Map<String, Object>> entries = entriesAbout(nlAuditor, assetId);
    assertThat(entries)
        .extracting(e -> e.get("action"))
        .containsExactly("asset.register", "asset.valuation", "asset.update");
    assertThat((String) entries.get(0).get("detail"))
        .isEqualTo("case " + caseId + ", BANK_ACCOUNT");
    assertThat((String) entries.get(2).get("detail")).isEqualTo("changed locationCountry");
    assertThat(entriesAbout(nlAuditor, hitId))
        .extracting(e -> e.get("action"), e -> e.get("username"), e -> e.get("objectType"))
        .containsExactly(tuple("hit.acknowledge", "de-vries", "hit"));
    // a refused change leaves no trace of a change
    given
        .patchJson(nlAnalyst, "/api/v1/assets/" + assetId, etag, "{\"locationCountry\":\"NL\"}")
        .andExpect(status().isPreconditionFailed());
    assertThat(entriesAbout(nlAuditor, assetId)).hasSize(3);
  }

  private List<Map<String, Object>> entriesAbout(String auditor, String objectId) throws Exception {
    String body =
        given
            .get(auditor, "/api/v1/audit/entries?size=200&from=" + start)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items[?(@.objectId == '" + objectId + "')]");
  }
}
