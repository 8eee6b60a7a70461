package org.sequestra.registry.freezing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The freezing-service's effects, applied with its own client-credentials identity (the hub's
 * {@code freezing-service} service account, role FREEZING_SERVICE): each kind, once per effect id.
 */
class FreezingEffectApiTest extends RegistryIntegrationTest {

  /** The token Keycloak issues to the hub realm's freezing-service client (client credentials). */
  static String freezingService() {
    return TestIssuers.token("sequestra")
        .username("service-account-freezing-service")
        .claim("azp", "freezing-service")
        .roles("FREEZING_SERVICE")
        .bearer();
  }

  @Autowired JdbcTemplate jdbc;

  private Fixtures given;
  private String caseId;
  private String first;
  private String second;
  private final String request = UUID.randomUUID().toString();

  @BeforeEach
  void anNlCaseWithTwoAssets() throws Exception {
    given = new Fixtures(mvc);
    given.testReferenceRates();
    caseId = given.openCase(Fixtures.nlAnalyst());
    first =
        given.asset(Fixtures.nlAnalyst(), caseId, Fixtures.bankAccount(Fixtures.uniqueDutchIban()));
    second =
        given.asset(Fixtures.nlAnalyst(), caseId, Fixtures.bankAccount(Fixtures.uniqueDutchIban()));
  }

  private ResultActions apply(String bearer, String effectId, String kind, String assets)
      throws Exception {
    return mvc.perform(
        put("/internal/v1/freezing-effects/" + effectId)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"freezingRequestId":"%s","kind":"%s","caseId":"%s","issuingAgency":"NL-ARO",
                 "executingAgency":"ES-ARO","assets":[%s],
                 "legalBasis":{"orderReference":"ES-AN/2026/41",
                   "issuingAuthority":"Audiencia Nacional","orderDate":"2026-11-20"},
                 "reason":"%s","occurredAt":"2026-11-23T10:00:00Z"}
                """
                    .formatted(
                        request,
                        kind,
                        caseId,
                        assets,
                        kind.equals("FREEZE_IMPOSSIBLE")
                            ? "Art 13: the account was closed before the order"
                            : "")));
  }

  private ResultActions apply(String kind, String assets) throws Exception {
    return apply(freezingService(), UUID.randomUUID().toString(), kind, assets);
  }

  private String both(String value) {
    return asset(first, value) + "," + asset(second, value);
  }

  private static String asset(String id, String value) {
    return value == null
        ? "{\"assetId\":\"" + id + "\"}"
        : "{\"assetId\":\""
            + id
            + "\",\"value\":{\"amount\":\""
            + value
            + "\",\"currency\":\"EUR\"}}";
  }

  private String statusOf(String assetId) {
    return jdbc.queryForObject(
        "select status from asset where id = ?::uuid", String.class, assetId);
  }

  private int acts(String assetId) {
    return jdbc.queryForObject(
        "select count(*) from asset_transition where asset_id = ?::uuid", Integer.class, assetId);
  }

  private void esSees(boolean sees) throws Exception {
    given
        .get(Fixtures.esAnalyst(), "/api/v1/cases/" + caseId)
        .andExpect(sees ? status().isOk() : status().isNotFound());
  }

  @Test
  void accessIsGrantedAndWithdrawn() throws Exception {
    esSees(false);
    apply("GRANT_ACCESS", "")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("GRANT_ACCESS"));
    esSees(true);
    apply("WITHDRAW_ACCESS", "").andExpect(status().isCreated());
    esSees(false);
  }

  @Test
  void theLifecycleFollowsTheRequestToConfiscationAndDisposal() throws Exception {
    apply("FREEZE_REQUESTED", both(null))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.assets[0].assetId").value(first))
        .andExpect(jsonPath("$.assets[0].status").value("FREEZE_REQUESTED"))
        .andExpect(jsonPath("$.assets[0].changed").value(true));
    apply("FROZEN", both("1500.00")).andExpect(status().isCreated());
    assertThat(statusOf(first)).isEqualTo("FROZEN");
    assertThat(
            jdbc.queryForObject(
                "select value_amount from asset_transition where asset_id = ?::uuid"
                    + " and to_status = 'FROZEN'",
                java.math.BigDecimal.class,
                first))
        .isEqualByComparingTo("1500.00");
    apply("CONFISCATED", both("1400.00")).andExpect(status().isCreated());
    apply("DISPOSED", asset(first, "1300.00")).andExpect(status().isCreated());
    apply("RESTITUTED", asset(second, null)).andExpect(status().isCreated());
    assertThat(statusOf(first)).isEqualTo("DISPOSED");
    assertThat(statusOf(second)).isEqualTo("RESTITUTED");
    assertThat(acts(first)).isEqualTo(4);
  }

  @Test
  void aReleaseEndsTheFreeze() throws Exception {
    apply("FREEZE_REQUESTED", both(null)).andExpect(status().isCreated());
    apply("RELEASED", both(null)).andExpect(status().isCreated());
    assertThat(statusOf(first)).isEqualTo("RELEASED");
    assertThat(statusOf(second)).isEqualTo("RELEASED");
  }

  @Test
  void anImpossibleFreezeChangesNoStatusAndKeepsTheReasonInTheAuditTrail() throws Exception {
    apply("FREEZE_REQUESTED", both(null)).andExpect(status().isCreated());
    apply("FREEZE_IMPOSSIBLE", asset(first, null))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.assets[0].status").value("FREEZE_REQUESTED"))
        .andExpect(jsonPath("$.assets[0].changed").value(false));
    assertThat(statusOf(first)).isEqualTo("FREEZE_REQUESTED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_log where action = 'case.freezing-effect'"
                    + " and object_id = ? and detail like '%Art 13: the account was closed%'"
                    + " and detail like ?",
                Integer.class, caseId, "%freezing request " + request + "%"))
        .isEqualTo(1);
  }

  @Test
  void aRepeatedEffectIdAppliesOnceAndAnswersTheFirstOutcome() throws Exception {
    String effect = UUID.randomUUID().toString();
    String body =
        apply(freezingService(), effect, "FREEZE_REQUESTED", both(null))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    apply(freezingService(), effect, "FREEZE_REQUESTED", both(null))
        .andExpect(status().isOk())
        .andExpect(content().json(body, org.springframework.test.json.JsonCompareMode.STRICT));
    assertThat(acts(first)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_log where action = 'asset.transition'"
                    + " and object_id = ?",
                Integer.class,
                first))
        .isEqualTo(1);
  }

  @Test
  void anEffectAlreadySatisfiedIsAppliedWithoutAnAct() throws Exception {
    apply("FREEZE_REQUESTED", both(null)).andExpect(status().isCreated());
    apply("FROZEN", both("10.00")).andExpect(status().isCreated());
    // late: the registry was down, the relay delivers the older effect again under a new id
    apply("FREEZE_REQUESTED", both(null))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.assets[0].status").value("FROZEN"))
        .andExpect(jsonPath("$.assets[0].changed").value(false));
    assertThat(acts(first)).isEqualTo(2);
  }

  @Test
  void anEffectThatCannotApplyChangesNothing() throws Exception {
    // FROZEN from IDENTIFIED is no transition of the lifecycle: 409, neither asset moves
    apply("FROZEN", both("10.00"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(Fixtures.PROBLEM));
    assertThat(statusOf(first)).isEqualTo("IDENTIFIED");
    assertThat(statusOf(second)).isEqualTo("IDENTIFIED");
    // a FROZEN without its value (Directive 2024/1260 Art 27): 422
    apply("FREEZE_REQUESTED", both(null)).andExpect(status().isCreated());
    apply("FROZEN", both(null)).andExpect(status().isUnprocessableContent());
    // an asset of another case: 409
    String otherCase = given.openCase(Fixtures.nlAnalyst());
    String stranger =
        given.asset(
            Fixtures.nlAnalyst(), otherCase, Fixtures.bankAccount(Fixtures.uniqueDutchIban()));
    apply("RELEASED", asset(first, null) + "," + asset(stranger, null))
        .andExpect(status().isConflict());
    assertThat(statusOf(first)).isEqualTo("FREEZE_REQUESTED");
    // an executing agency the trust registry does not know: 400
    mvc.perform(
            put("/internal/v1/freezing-effects/" + UUID.randomUUID())
                .header("Authorization", freezingService())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    ("{\"freezingRequestId\":\"%s\",\"kind\":\"RELEASED\",\"caseId\":\"%s\","
                            + "\"issuingAgency\":\"NL-ARO\",\"executingAgency\":\"XX-ARO\","
                            + "\"assets\":[%s],\"legalBasis\":{\"orderReference\":\"X/1\","
                            + "\"issuingAuthority\":\"Court\",\"orderDate\":\"2026-11-20\"},"
                            + "\"occurredAt\":\"2026-11-23T10:00:00Z\"}")
                        .formatted(request, caseId, asset(first, null))))
        .andExpect(status().isBadRequest());
    assertThat(statusOf(first)).isEqualTo("FREEZE_REQUESTED");
    // a case that is not the issuing agency's: 404, for its assets as for its access
    String esCase = given.openCase(Fixtures.esAnalyst());
    String esAsset =
        given.asset(
            Fixtures.esAnalyst(), esCase, Fixtures.bankAccount(Fixtures.uniqueSpanishIban()));
    caseId = esCase;
    apply("RELEASED", asset(esAsset, null)).andExpect(status().isNotFound());
    apply("GRANT_ACCESS", "").andExpect(status().isNotFound());
    // and a refused effect id is not spent: nothing was applied under it
    assertThat(
            jdbc.queryForObject(
                "select count(*) from applied_freezing_effect"
                    + " where freezing_request_id = ?::uuid and kind = 'FROZEN'",
                Integer.class,
                request))
        .isZero();
  }

  @Test
  void onlyTheFreezingServiceApplies() throws Exception {
    // an agency's supervisor or admin, a user of another client, another service account
    for (String bearer :
        new String[] {
          Fixtures.nlSupervisor(),
          Fixtures.platformAdmin(),
          TestIssuers.token("agency-nl").roles("FREEZING_SERVICE").bearer(),
          TestIssuers.token("sequestra")
              .username("nl-admin")
              .claim("azp", "freezing-service")
              .roles("FREEZING_SERVICE")
              .bearer(),
          TestIssuers.token("sequestra")
              .username("service-account-freezing-service")
              .claim("azp", "freezing-service")
              .bearer()
        }) {
      int answer =
          apply(bearer, UUID.randomUUID().toString(), "FREEZE_REQUESTED", both(null))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(answer).as(bearer).isIn(401, 403);
    }
    assertThat(statusOf(first)).isEqualTo("IDENTIFIED");
    // and the freezing service's identity reads no case through the public API
    mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", freezingService()))
        .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
  }

  /** The contract fuzz test runs with agency tokens (403 here): this one reaches the handler. */
  @Test
  void schemaViolatingEffectsAreProblemsNever5xx() throws Exception {
    org.sequestra.platform.test.fuzz.ContractFuzzer.contract("asset-registry.yaml")
        .bearer(freezingService())
        .knownValue("caseId", caseId)
        .knownValue("assetId", first)
        .knownValue("freezingRequestId", request)
        .run(mvc)
        .assertNoServerErrors();
  }
}
