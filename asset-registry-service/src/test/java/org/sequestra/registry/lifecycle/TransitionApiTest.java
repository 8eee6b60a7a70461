package org.sequestra.registry.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlProsecutor;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.sequestra.registry.lifecycle.LifecycleRequests.CONFISCATE;
import static org.sequestra.registry.lifecycle.LifecycleRequests.FREEZE;
import static org.sequestra.registry.lifecycle.LifecycleRequests.REQUEST_FREEZE;
import static org.sequestra.registry.lifecycle.LifecycleRequests.act;
import static org.sequestra.registry.lifecycle.LifecycleRequests.value;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An asset moves through its seizure lifecycle, one recorded act at a time. */
class TransitionApiTest extends RegistryIntegrationTest {

  @Autowired JdbcClient jdbc;

  private LifecycleRequests lifecycle;
  private Fixtures given;

  @BeforeEach
  void requests() throws Exception {
    lifecycle = new LifecycleRequests(mvc);
    given = new Fixtures(mvc);
    given.testReferenceRates();
  }

  @Test
  void anAssetGoesFromIdentifiedToDisposedAndKeepsEveryActInItsHistory() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    given
        .get(nlAnalyst(), "/api/v1/assets/" + assetId)
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.status").value("IDENTIFIED"));

    lifecycle
        .transition(nlAnalyst(), assetId, "\"0\"", REQUEST_FREEZE)
        .andExpect(status().isCreated())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.status").value("FREEZE_REQUESTED"))
        .andExpect(jsonPath("$.allowedTransitions", contains("FROZEN", "RELEASED")))
        .andExpect(jsonPath("$.transition.sequence").value(1))
        .andExpect(jsonPath("$.transition.fromStatus").value("IDENTIFIED"))
        .andExpect(jsonPath("$.transition.toStatus").value("FREEZE_REQUESTED"))
        .andExpect(jsonPath("$.transition.executingCountry").value("NL"))
        .andExpect(jsonPath("$.transition.recordedByAgency").value("NL-ARO"))
        .andExpect(jsonPath("$.transition.value").doesNotExist());
    lifecycle
        .transition(nlSupervisor(), assetId, "\"1\"", FREEZE)
        .andExpect(status().isCreated())
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.status").value("FROZEN"))
        .andExpect(jsonPath("$.transition.value.amount").value("1095600.00"))
        .andExpect(jsonPath("$.transition.legalBasis.orderReference").value("RB-ROT 10/FROZEN"))
        .andExpect(jsonPath("$.transition.occurredAt").value("2025-01-10T14:30:00Z"));
    lifecycle
        .transition(nlSupervisor(), assetId, "\"2\"", CONFISCATE)
        .andExpect(status().isCreated());
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            "\"3\"",
            act(
                "DISPOSED",
                "2025-09-15T08:00:00Z",
                value("910000.00", "EUR")
                    + ",\"victimProceedingsPending\":false,\"executingCountry\":\"BE\""
                    + ",\"actor\":\"Domeinen Roerende Zaken\",\"note\":\"Sold at public auction\""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DISPOSED"))
        .andExpect(jsonPath("$.allowedTransitions", empty()));

    lifecycle
        .history(nlSupervisor(), assetId)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"4\""))
        .andExpect(jsonPath("$.status").value("DISPOSED"))
        .andExpect(jsonPath("$.items", hasSize(4)))
        .andExpect(jsonPath("$.items[*].sequence", contains(1, 2, 3, 4)))
        .andExpect(
            jsonPath(
                "$.items[*].toStatus",
                contains("FREEZE_REQUESTED", "FROZEN", "CONFISCATED", "DISPOSED")))
        .andExpect(
            jsonPath(
                "$.items[*].fromStatus",
                contains("IDENTIFIED", "FREEZE_REQUESTED", "FROZEN", "CONFISCATED")))
        .andExpect(jsonPath("$.items[3].executingCountry").value("BE"))
        .andExpect(jsonPath("$.items[3].actor").value("Domeinen Roerende Zaken"))
        .andExpect(jsonPath("$.items[3].note").value("Sold at public auction"))
        .andExpect(jsonPath("$.items[3].victimProceedingsPending").value(false));
    given
        .get(nlAnalyst(), "/api/v1/assets/" + assetId)
        .andExpect(jsonPath("$.status").value("DISPOSED"))
        .andExpect(header().string("ETag", "\"4\""));
    // the asset's status always equals the latest act's
    String latest =
        jdbc.sql(
                "select to_status from asset_transition where asset_id = ?"
                    + " order by sequence desc limit 1")
            .param(UUID.fromString(assetId))
            .query(String.class)
            .single();
    String current =
        jdbc.sql("select status from asset where id = ?")
            .param(UUID.fromString(assetId))
            .query(String.class)
            .single();
    assertThat(current).isEqualTo(latest).isEqualTo("DISPOSED");
  }

  @Test
  void theValueIsStoredWithItsEuroEquivalentAtTheRateOfTheOrderDateOrNoneWithoutARate()
      throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    // ordered 2025-01-10: the last USD rate on or before it is that of 2025-01-02 (1.0321)
    lifecycle
        .transition(nlSupervisor(), assetId, lifecycle.etag(nlSupervisor(), assetId), FREEZE)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.transition.eurEquivalent.status").value("CONVERTED"))
        .andExpect(jsonPath("$.transition.eurEquivalent.value.amount").value("1061525.05"))
        .andExpect(jsonPath("$.transition.eurEquivalent.value.currency").value("EUR"))
        .andExpect(jsonPath("$.transition.eurEquivalent.rate").value("1.0321"))
        .andExpect(jsonPath("$.transition.eurEquivalent.rateDate").value("2025-01-02"));
    Map<String, Object> stored =
        jdbc.sql(
                "select value_eur, value_eur_rate_date from asset_transition"
                    + " where asset_id = ? and to_status = 'FROZEN'")
            .param(UUID.fromString(assetId))
            .query()
            .singleRow();
    assertThat((BigDecimal) stored.get("value_eur")).isEqualByComparingTo("1061525.05");
    assertThat(stored.get("value_eur_rate_date").toString()).isEqualTo("2025-01-02");

    // no COP rate is stored at all: no euro amount is invented
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            lifecycle.etag(nlSupervisor(), assetId),
            act("CONFISCATED", "2025-06-01T10:00:00Z", value("4000000000", "COP")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.transition.eurEquivalent.status").value("NO_RATE"))
        .andExpect(jsonPath("$.transition.eurEquivalent.value").doesNotExist())
        .andExpect(
            jsonPath("$.transition.eurEquivalent.detail")
                .value("No euro reference rate for COP on or before 2025-06-01."));
    Long withoutEuro =
        jdbc.sql(
                "select count(*) from asset_transition where asset_id = ?"
                    + " and to_status = 'CONFISCATED' and value_eur is null"
                    + " and value_eur_rate_date is null")
            .param(UUID.fromString(assetId))
            .query(Long.class)
            .single();
    assertThat(withoutEuro).isEqualTo(1);
  }

  @Test
  void aStatusThatCannotFollowIs409NamingTheAllowedOnes() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle
        .transition(nlSupervisor(), assetId, "\"0\"", FREEZE)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:transition-not-allowed"))
        .andExpect(jsonPath("$.currentStatus").value("IDENTIFIED"))
        .andExpect(jsonPath("$.requestedStatus").value("FROZEN"))
        .andExpect(jsonPath("$.allowedTransitions", contains("FREEZE_REQUESTED")))
        .andExpect(jsonPath("$.detail", containsString("allowed: FREEZE_REQUESTED")));

    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    lifecycle
        .transition(nlSupervisor(), assetId, "\"1\"", CONFISCATE)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.allowedTransitions", contains("FROZEN", "RELEASED")));
    lifecycle.moved(nlSupervisor(), assetId, act("RELEASED", "2025-02-01T10:00:00Z", ""));
    lifecycle
        .transition(nlAnalyst(), assetId, "\"2\"", REQUEST_FREEZE)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentStatus").value("RELEASED"))
        .andExpect(jsonPath("$.allowedTransitions", empty()));
    lifecycle.history(nlAnalyst(), assetId).andExpect(jsonPath("$.items", hasSize(2)));
  }

  @Test
  void anActWithoutItsValueOrLegalBasisIs422NamingTheMissingFields() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    String etag = lifecycle.etag(nlSupervisor(), assetId);

    lifecycle
        .transition(nlSupervisor(), assetId, etag, act("FROZEN", "2025-01-10T14:30:00Z", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:value-missing"))
        .andExpect(jsonPath("$.violations[*].field", contains("value.amount", "value.currency")));
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            etag,
            "{\"targetStatus\":\"FROZEN\",\"legalBasis\":{\"orderReference\":\" \"},"
                + "\"occurredAt\":\"2025-01-10T14:30:00Z\","
                + value("100", "EUR")
                + "}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:legal-basis-incomplete"))
        .andExpect(
            jsonPath(
                "$.violations[*].field",
                contains(
                    "legalBasis.orderReference",
                    "legalBasis.issuingAuthority",
                    "legalBasis.orderDate")))
        .andExpect(jsonPath("$.violations[0].reason").value("is required"));
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            etag,
            "{\"targetStatus\":\"FROZEN\"," + value("1", "EUR") + "}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[*].field", hasSize(3)));
    // nothing was recorded by the refused acts
    lifecycle
        .history(nlSupervisor(), assetId)
        .andExpect(header().string("ETag", etag))
        .andExpect(jsonPath("$.status").value("FREEZE_REQUESTED"))
        .andExpect(jsonPath("$.items", hasSize(1)));
  }

  @Test
  void noDisposalWhileVictimProceedingsArePendingOrUnstated() throws Exception {
    String assetId = confiscatedAsset();
    String etag = lifecycle.etag(nlSupervisor(), assetId);

    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            etag,
            act(
                "DISPOSED",
                "2025-09-15T08:00:00Z",
                value("910000.00", "EUR") + ",\"victimProceedingsPending\":true"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:victim-proceedings-pending"))
        .andExpect(jsonPath("$.violations[0].field").value("victimProceedingsPending"))
        .andExpect(jsonPath("$.violations[0].reason", containsString("Art 30(5)")));
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            etag,
            act("DISPOSED", "2025-09-15T08:00:00Z", value("910000.00", "EUR")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:victim-proceedings-unstated"))
        .andExpect(jsonPath("$.violations[0].field").value("victimProceedingsPending"));
    lifecycle.history(nlSupervisor(), assetId).andExpect(jsonPath("$.status").value("CONFISCATED"));
  }

  @Test
  void restitutionNeedsAllThreeConditionsOfArticle29() throws Exception {
    String assetId = confiscatedAsset();
    String etag = lifecycle.etag(nlSupervisor(), assetId);

    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            etag,
            act(
                "RESTITUTED",
                "2025-08-01T08:00:00Z",
                "\"restitutionConditions\":{\"titleUncontested\":true,"
                    + "\"notNeededAsEvidence\":false}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:restitution-conditions-unmet"))
        .andExpect(
            jsonPath(
                "$.violations[*].field",
                contains(
                    "restitutionConditions.notNeededAsEvidence",
                    "restitutionConditions.affectedPersonsRightsNotPrejudiced")))
        .andExpect(jsonPath("$.violations[0].reason", containsString("evidence")));
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            etag,
            act(
                "RESTITUTED",
                "2025-08-01T08:00:00Z",
                "\"restitutionConditions\":{\"titleUncontested\":true,"
                    + "\"notNeededAsEvidence\":true,\"affectedPersonsRightsNotPrejudiced\":true}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("RESTITUTED"))
        .andExpect(jsonPath("$.transition.restitutionConditions.notNeededAsEvidence").value(true));
  }

  @Test
  void anActCannotTakeEffectBeforeThePreviousOne() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            "\"1\"",
            act("FROZEN", "2025-01-05T09:00:00Z", value("100", "EUR")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.violations[0].field").value("occurredAt"));
  }

  @Test
  void aStaleOrMissingIfMatchIsRefused() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle
        .transition(nlAnalyst(), assetId, null, REQUEST_FREEZE)
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    lifecycle
        .transition(nlSupervisor(), assetId, "\"0\"", FREEZE)
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:stale-version"))
        .andExpect(jsonPath("$.detail", containsString("\"1\"")));
  }

  @Test
  void anAnalystMayRequestAFreezeButOnlyASupervisorApprovesTheOtherActs() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    lifecycle
        .transition(nlAnalyst(), assetId, "\"1\"", FREEZE)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:supervisor-approval-required"));
    lifecycle
        .transition(nlAnalyst(), assetId, "\"1\"", act("RELEASED", "2025-02-01T10:00:00Z", ""))
        .andExpect(status().isForbidden());
    lifecycle
        .transition(nlProsecutor(), assetId, "\"1\"", FREEZE)
        .andExpect(status().isForbidden());
    lifecycle.history(nlProsecutor(), assetId).andExpect(status().isForbidden());
  }

  @Test
  void anotherAgencyNeitherSeesNorMovesTheAsset() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle
        .transition(esAnalyst(), assetId, "\"0\"", REQUEST_FREEZE)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Asset " + assetId + " not found"));
    lifecycle.history(esAnalyst(), assetId).andExpect(status().isNotFound());
    lifecycle
        .transition(nlAnalyst(), UUID.randomUUID().toString(), "\"0\"", REQUEST_FREEZE)
        .andExpect(status().isNotFound());
    lifecycle.history(nlAnalyst(), assetId).andExpect(jsonPath("$.items", empty()));
  }

  @Test
  void everyActIsAudited() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    String detail =
        jdbc.sql(
                "select detail from audit_log where action = 'asset.transition'"
                    + " and object_id = ?")
            .param(assetId)
            .query(String.class)
            .single();
    assertThat(detail)
        .contains("IDENTIFIED -> FREEZE_REQUESTED")
        .contains("RB-ROT 10/FREEZE_REQUESTED");
  }

  @Test
  void impossibleDatesCountriesAndValuesAreRefusedFieldByField() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    String nextWeek =
        Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            "\"1\"",
            act("FROZEN", nextWeek, value("-5", "EUR") + ",\"executingCountry\":\"UK\""))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.violations[*].field",
                contains("executingCountry", "legalBasis.orderDate", "occurredAt", "value.amount")))
        .andExpect(jsonPath("$.violations[0].reason", containsString("GB")));
    lifecycle
        .transition(
            nlSupervisor(),
            assetId,
            "\"1\"",
            act("FROZEN", "2025-01-10T14:30:00Z", value("5", "XYZ")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("value.currency"));
    lifecycle
        .history(nlAnalyst(), assetId)
        .andExpect(jsonPath("$.status").value("FREEZE_REQUESTED"));
  }

  @Test
  void aTargetStatusIsRequiredAndMustBeKnown() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle
        .transition(nlAnalyst(), assetId, "\"0\"", "{\"targetStatus\":\"SEIZED\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("targetStatus"));
    lifecycle
        .transition(nlAnalyst(), assetId, "\"0\"", "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("targetStatus"));
  }

  private String confiscatedAsset() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    lifecycle.moved(nlSupervisor(), assetId, FREEZE);
    lifecycle.moved(nlSupervisor(), assetId, CONFISCATE);
    return assetId;
  }
}
