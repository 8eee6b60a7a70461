package org.sequestra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.e2e.support.Api;
import org.sequestra.e2e.support.Api.Response;
import org.sequestra.e2e.support.KeycloakLogin;
import org.sequestra.e2e.support.RunningStack;
import org.sequestra.e2e.support.TestIbans;
import tools.jackson.databind.JsonNode;

/**
 * Issue 3's scenario through the gateway with real Keycloak users: NL opens a case with a bank
 * account, a vessel and a property with their owners; ES registers the same IBAN in its own case;
 * both hear of the hit without seeing the other's case; NL freezes the account and a prosecutor
 * looks up its freeze status with a purpose, which the audit log keeps; the audit chain verifies.
 */
@ExtendWith(RunningStack.class)
class AssetRegistryScenarioIT {

  private static Api api;
  private static KeycloakLogin keycloak;

  @BeforeAll
  static void connect() {
    api = new Api(RunningStack.stack().gatewayUrl());
    keycloak = new KeycloakLogin(RunningStack.stack().keycloakUrl());
  }

  private static String login(String realm, String user) {
    return keycloak.password(realm, "sequestra-cli", user, "demo");
  }

  private static JsonNode created(Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  private static String openCase(String token, String reference) {
    return created(
            api.post(
                "/api/v1/cases",
                token,
                "{\"nationalReference\":\"" + reference + "\",\"title\":\"Operation Harbour\"}"))
        .path("id")
        .asString();
  }

  private static String asset(String token, String caseId, String type, String identifiers) {
    return created(
            api.post(
                "/api/v1/cases/" + caseId + "/assets",
                token,
                "{\"type\":\""
                    + type
                    + "\",\"description\":\""
                    + type.toLowerCase()
                    + " of the suspect\",\"identifiers\":"
                    + identifiers
                    + "}"))
        .path("id")
        .asString();
  }

  private static String person(String token, String caseId, String familyName) {
    return created(
            api.post(
                "/api/v1/cases/" + caseId + "/subjects",
                token,
                "{\"kind\":\"NATURAL_PERSON\",\"role\":\"OWNER\",\"naturalPerson\":"
                    + "{\"familyName\":\""
                    + familyName
                    + "\"}}"))
        .path("id")
        .asString();
  }

  private static void owns(String token, String assetId, String subjectId, String share) {
    created(
        api.post(
            "/api/v1/assets/" + assetId + "/owners",
            token,
            "{\"subjectId\":\""
                + subjectId
                + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\""
                + share
                + "\"}"));
  }

  /** The hits of the caller's agency on one of its assets. */
  private static JsonNode hitOn(String token, String assetId) {
    Response hits = api.get("/api/v1/hits?size=200", token);
    assertThat(hits.status()).as(hits.toString()).isEqualTo(200);
    for (JsonNode hit : hits.json().path("items")) {
      if (assetId.equals(hit.path("yourAssetId").asString())) {
        return hit;
      }
    }
    return null;
  }

  private static String legalBasis() {
    return "\"legalBasis\":{\"orderReference\":\"RB-ROT 10/4711-26\","
        + "\"issuingAuthority\":\"Rechtbank Rotterdam, rechter-commissaris\","
        + "\"orderDate\":\"2026-11-02\"},\"occurredAt\":\""
        + Instant.now().minusSeconds(60)
        + "\"";
  }

  /** Records a lifecycle act on the asset's current version (If-Match from a fresh read). */
  private static void transition(String token, String assetId, String body) {
    Response current = api.get("/api/v1/assets/" + assetId, token);
    assertThat(current.status()).as(current.toString()).isEqualTo(200);
    Response recorded =
        api.post(
            "/api/v1/assets/" + assetId + "/transitions",
            token,
            "application/json",
            body,
            "If-Match",
            current.header("ETag"));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
  }

  @Test
  void twoAgenciesFindTheSameAccountWithoutSeeingEachOthersCases() {
    String nlAnalyst = login("agency-nl", "nl-analyst");
    String esAnalyst = login("agency-es", "es-analyst");
    String iban = TestIbans.uniqueDutch();
    String suffix = Long.toString(System.nanoTime(), 36);

    String nlCase = openCase(nlAnalyst, "NL-ARO/E2E/" + suffix);
    String account = asset(nlAnalyst, nlCase, "BANK_ACCOUNT", "{\"iban\":\"" + iban + "\"}");
    String vessel = asset(nlAnalyst, nlCase, "VESSEL", "{\"imoNumber\":\"IMO 9074729\"}");
    String house =
        asset(
            nlAnalyst,
            nlCase,
            "REAL_ESTATE",
            "{\"cadastralReference\":\"E2E" + suffix + " K 4711\",\"cadastralCountry\":\"NL\"}");
    String jansen = person(nlAnalyst, nlCase, "Jansen");
    String bakker = person(nlAnalyst, nlCase, "Bakker");
    owns(nlAnalyst, account, jansen, "100");
    owns(nlAnalyst, vessel, jansen, "60");
    owns(nlAnalyst, vessel, bakker, "40");
    owns(nlAnalyst, house, bakker, "100");
    // a legal share above 100 % in total is refused
    Response tooMuch =
        api.post(
            "/api/v1/assets/" + vessel + "/owners",
            nlAnalyst,
            "{\"subjectId\":\"" + bakker + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\"1\"}");
    assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
    assertThat(hitOn(nlAnalyst, account)).as("no hit while only NL holds the IBAN").isNull();

    String esCase = openCase(esAnalyst, "ES-ARO/E2E/" + suffix);
    // ES types the IBAN as printed on a statement
    String printed = iban.replaceAll("(.{4})", "$1 ").trim();
    String esAccount = asset(esAnalyst, esCase, "BANK_ACCOUNT", "{\"iban\":\"" + printed + "\"}");

    JsonNode nlHit = hitOn(nlAnalyst, account);
    JsonNode esHit = hitOn(esAnalyst, esAccount);
    assertThat(nlHit).as("NL hears of ES").isNotNull();
    assertThat(esHit).as("ES hears of NL").isNotNull();
    assertThat(nlHit.path("otherAgency").asString()).isEqualTo("ES-ARO");
    assertThat(esHit.path("otherAgency").asString()).isEqualTo("NL-ARO");
    assertThat(nlHit.path("identifierType").asString()).isEqualTo("IBAN");
    assertThat(nlHit.toString()).doesNotContain(esCase).doesNotContain(iban);
    assertThat(esHit.toString()).doesNotContain(nlCase).doesNotContain("Harbour");

    // neither side can open the other's case, asset or owners
    assertThat(api.get("/api/v1/cases/" + nlCase, esAnalyst).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/assets/" + account, esAnalyst).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/assets/" + vessel + "/owners", esAnalyst).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/cases/" + esCase, nlAnalyst).status()).isEqualTo(404);

    // the owners are on record for NL
    Response owners = api.get("/api/v1/assets/" + vessel + "/owners", nlAnalyst);
    assertThat(owners.status()).as(owners.toString()).isEqualTo(200);
    assertThat(owners.json().path("items")).hasSize(2);

    // NL freezes the account: the analyst asks, the supervisor records the court's order
    String nlSupervisor = login("agency-nl", "nl-supervisor");
    transition(nlAnalyst, account, "{\"targetStatus\":\"FREEZE_REQUESTED\"," + legalBasis() + "}");
    transition(
        nlSupervisor,
        account,
        "{\"targetStatus\":\"FROZEN\","
            + legalBasis()
            + ",\"value\":{\"amount\":\"48250.00\",\"currency\":\"EUR\"}}");

    // a Dutch prosecutor asks whether the IBAN is frozen, and says why
    String prosecutor = login("agency-nl", "nl-prosecutor");
    Response noPurpose =
        api.get("/api/v1/freeze-status?identifierType=IBAN&identifier=" + iban, prosecutor);
    assertThat(noPurpose.status()).as(noPurpose.toString()).isEqualTo(400);
    String purpose = "OM Rotterdam, confiscation proceedings " + suffix;
    String lookedUpAt = Instant.now().minusSeconds(5).toString();
    Response status =
        api.get(
            "/api/v1/freeze-status?identifierType=IBAN&identifier="
                + iban
                + "&purpose="
                + URLEncoder.encode(purpose, StandardCharsets.UTF_8),
            prosecutor);
    assertThat(status.status()).as(status.toString()).isEqualTo(200);
    JsonNode frozen = null;
    for (JsonNode item : status.json().path("items")) {
      if (account.equals(item.path("assetId").asString())) {
        frozen = item;
      }
    }
    assertThat(frozen).as(status.toString()).isNotNull();
    assertThat(frozen.path("frozen").asBoolean()).isTrue();
    assertThat(frozen.path("status").asString()).isEqualTo("FROZEN");
    assertThat(frozen.path("freeze").path("orderReference").asString())
        .isEqualTo("RB-ROT 10/4711-26");
    assertThat(frozen.path("freeze").path("executingCountry").asString()).isEqualTo("NL");
    assertThat(frozen.path("freeze").path("since").asString()).isNotBlank();
    // the Spanish account with the same IBAN is not the Dutch prosecutor's business
    assertThat(status.json().path("items").toString()).doesNotContain(esAccount);
    // ... and the prosecutor cannot open the case itself
    assertThat(api.get("/api/v1/cases/" + nlCase, prosecutor).status()).isEqualTo(404);

    // the look-up is in the audit log with its purpose
    String nlAuditor = login("agency-nl", "nl-auditor");
    Response entries = api.get("/api/v1/audit/entries?size=200&from=" + lookedUpAt, nlAuditor);
    assertThat(entries.status()).as(entries.toString()).isEqualTo(200);
    assertThat(entries.json().path("items").toString()).contains(purpose);

    // the audit chain of each agency verifies
    for (String[] auditor :
        new String[][] {{"agency-nl", "nl-auditor"}, {"agency-es", "es-auditor"}}) {
      Response verification = api.get("/api/v1/audit/verification", login(auditor[0], auditor[1]));
      assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
      assertThat(verification.json().path("valid").asBoolean())
          .as(verification.toString())
          .isTrue();
    }
  }
}
