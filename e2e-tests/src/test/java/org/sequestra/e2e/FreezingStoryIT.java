package org.sequestra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.e2e.support.Api;
import org.sequestra.e2e.support.Api.Response;
import org.sequestra.e2e.support.FreezingRequests;
import org.sequestra.e2e.support.KeycloakLogin;
import org.sequestra.e2e.support.RunningStack;
import org.sequestra.e2e.support.TestIbans;
import org.sequestra.e2e.support.WebhookReceiver;
import org.sequestra.stack.LocalStack;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11's story with real Keycloak users, through the gateway: NL registers two accounts and
 * issues an urgent freezing request to ES; ES recognises and executes it within its deadlines; the
 * registry shows both accounts FROZEN (the freezing-service's outbox reached it); an NL prosecutor
 * sees the status; NL's case system heard every step once. An MLA request to Colombia goes its own
 * way: no Regulation deadlines.
 */
@ExtendWith(RunningStack.class)
class FreezingStoryIT {

  /** Urgent freezing under the Regulation, to the Spanish ARO. */
  private static final String URGENT_TO_SPAIN =
      "\"instrument\": \"REGULATION_2018_1805\", \"kind\": \"FREEZING\", \"urgent\": true,"
          + " \"executingAgency\": \"ES-ARO\"";

  private static Api api;
  private static KeycloakLogin keycloak;
  private static WebhookReceiver caseSystem;

  @BeforeAll
  static void connect() {
    api = new Api(RunningStack.stack().gatewayUrl());
    keycloak = new KeycloakLogin(RunningStack.stack().keycloakUrl());
    caseSystem = new WebhookReceiver();
  }

  @AfterAll
  static void stopReceiver() {
    caseSystem.close();
  }

  private static String login(String realm, String user) {
    return keycloak.password(realm, "sequestra-cli", user, "demo");
  }

  private static JsonNode expect(int status, Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response.json();
  }

  /** Polls until the answer satisfies the check (the outbox and the webhooks run on their own). */
  private static <T> T eventually(Supplier<T> probe, Predicate<T> done) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    T last = probe.get();
    while (!done.test(last) && Instant.now().isBefore(until)) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = probe.get();
    }
    return last;
  }

  private static String account(String token, String caseId, String iban) {
    return expect(
            201,
            api.post(
                "/api/v1/cases/" + caseId + "/assets",
                token,
                "{\"type\":\"BANK_ACCOUNT\",\"description\":\"account of the suspect\","
                    + "\"identifiers\":{\"iban\":\""
                    + iban
                    + "\"}}"))
        .path("id")
        .asString();
  }

  /** An NL case with two bank accounts, as the analyst registers them. */
  private record NlCase(String id, String reference, String first, String second) {}

  /**
   * The case's national reference is the given one with a suffix of its own: the e2e stack keeps
   * its databases between runs, and an agency's references are unique.
   */
  private static NlCase nlCaseWithTwoAccounts(String analyst, String prefix, String title) {
    String reference = prefix + "-" + Long.toString(System.nanoTime(), 36);
    String caseId =
        expect(
                201,
                api.post(
                    "/api/v1/cases",
                    analyst,
                    "{\"nationalReference\":\"" + reference + "\",\"title\":\"" + title + "\"}"))
            .path("id")
            .asString();
    return new NlCase(
        caseId,
        reference,
        account(analyst, caseId, TestIbans.uniqueDutch()),
        account(analyst, caseId, TestIbans.uniqueDutch()));
  }

  /**
   * Drafts a request on the case's two accounts with the instrument's own fields (instrument, kind,
   * executing agency...), in Spanish; the answer carries its id and ETag.
   */
  private static Response draft(
      String issuing, NlCase nlCase, String reference, String instrumentFields) {
    Response drafted =
        api.post(
            "/api/v1/freezing-requests",
            issuing,
            "{"
                + instrumentFields
                + ", \"caseId\": \""
                + nlCase.id()
                + "\", \"issuingReference\": \""
                + reference
                + "\", \"language\": \"es\", \"freezingCertificate\": "
                + FreezingRequests.annexI(nlCase.first(), nlCase.second())
                + "}");
    expect(201, drafted);
    return drafted;
  }

  @Test
  void anUrgentFreezingRequestFromTheNetherlandsIsExecutedInSpainAndEveryoneSeesIt() {
    String nlAnalyst = login("agency-nl", "nl-analyst");
    String nlIssuing = login("agency-nl", "nl-issuing");
    String esExecuting = login("agency-es", "es-executing");

    expect(
        201,
        api.post(
            "/api/v1/webhook-subscriptions",
            login("agency-nl", "nl-supervisor"),
            "{\"url\":\""
                + caseSystem.url()
                + "\",\"description\":\"NL national case system\",\"scope\":\"AGENCY\"}"));

    NlCase nlCase = nlCaseWithTwoAccounts(nlAnalyst, "NL-OM/2026/7781", "Operation Tide");
    String first = nlCase.first();
    String second = nlCase.second();

    Response drafted = draft(nlIssuing, nlCase, "NL-OM/2026/7781", URGENT_TO_SPAIN);
    String requestId = expect(201, drafted).path("id").asString();
    String etag = drafted.header("ETag");
    etag = FreezingRequests.step(api, nlIssuing, requestId, etag, "{\"action\":\"ISSUE\"}");
    etag = FreezingRequests.step(api, nlIssuing, requestId, etag, "{\"action\":\"TRANSMIT\"}");

    // ES sees the same request and acts within its deadlines
    Response received = api.get("/api/v1/freezing-requests/" + requestId, esExecuting);
    JsonNode transmitted = expect(200, received);
    assertThat(transmitted.path("status").asString()).isEqualTo("TRANSMITTED");
    // with the registry's record of both accounts as the issuer saw it, the case named as NL knows
    // it
    assertThat(transmitted.path("registrySnapshots").size()).isEqualTo(2);
    assertThat(transmitted.path("registrySnapshots").get(0).path("caseReference").asString())
        .isEqualTo(nlCase.reference());
    etag =
        FreezingRequests.step(
            api, esExecuting, requestId, received.header("ETag"), "{\"action\":\"RECEIVE\"}");
    etag =
        FreezingRequests.step(
            api,
            esExecuting,
            requestId,
            etag,
            "{\"action\":\"RECOGNISE\",\"reason\":\"certificate complete, listed offence\"}");
    FreezingRequests.step(
        api,
        esExecuting,
        requestId,
        etag,
        """
        {"action": "EXECUTE", "decision": {"orderReference": "AN-2026-77",
         "authority": "Audiencia Nacional", "orderDate": "2026-12-04"},
         "assetResults": [
          {"assetId": "%s", "outcome": "FROZEN", "value": {"amount": "120000.00", "currency": "EUR"}},
          {"assetId": "%s", "outcome": "FROZEN", "value": {"amount": "8000.50", "currency": "EUR"}}]}
        """
            .formatted(first, second));

    JsonNode executed = expect(200, api.get("/api/v1/freezing-requests/" + requestId, esExecuting));
    assertThat(executed.path("status").asString()).isEqualTo("EXECUTED");
    // 48 h to decide from receipt, 48 h to execute from recognition (Art 9(3)): both met
    assertThat(executed.path("deadlines").size()).as(executed.toString()).isEqualTo(2);
    for (JsonNode deadline : executed.path("deadlines")) {
      assertThat(deadline.path("state").asString()).as(deadline.toString()).isEqualTo("MET");
    }

    // the registry follows, through the outbox: both accounts FROZEN, for the owner to see
    for (String asset : List.of(first, second)) {
      JsonNode inRegistry =
          eventually(
              () -> api.get("/api/v1/assets/" + asset, nlAnalyst).json(),
              json -> "FROZEN".equals(json.path("status").asString()));
      assertThat(inRegistry.path("status").asString())
          .as(inRegistry.toString())
          .isEqualTo("FROZEN");
    }

    // NL's prosecutor reads who froze what, where, and which deadline ran
    JsonNode seenByProsecutor =
        expect(
            200,
            api.get("/api/v1/freezing-requests/" + requestId, login("agency-nl", "nl-prosecutor")));
    assertThat(seenByProsecutor.path("status").asString()).isEqualTo("EXECUTED");
    assertThat(seenByProsecutor.path("executingAgency").asString()).isEqualTo("ES-ARO");
    // a third agency does not learn that the request exists
    assertThat(
            api.get("/api/v1/freezing-requests/" + requestId, login("agency-co", "co-executing"))
                .status())
        .isEqualTo(404);

    // NL's case system heard every step once (one delivery per event id)
    List<String> expected =
        List.of(
            "request.issued",
            "request.transmitted",
            "request.received",
            "request.recognised",
            "request.executed");
    List<WebhookReceiver.Delivery> deliveries =
        eventually(
            () -> caseSystem.received().stream().filter(d -> d.body().contains(requestId)).toList(),
            list -> list.size() >= expected.size());
    assertThat(deliveries).allSatisfy(d -> assertThat(d.signature()).startsWith("v1,"));
    assertThat(deliveries.stream().map(WebhookReceiver.Delivery::webhookId).distinct())
        .hasSize(deliveries.size());
    assertThat(deliveries.stream().map(d -> Api.parse(d.body()).path("type").asString()).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aRegistryThatWasDownReceivesTheFreezeOnceWhenItIsBack() {
    String nlAnalyst = login("agency-nl", "nl-analyst");
    String nlIssuing = login("agency-nl", "nl-issuing");
    String esExecuting = login("agency-es", "es-executing");
    NlCase nlCase = nlCaseWithTwoAccounts(nlAnalyst, "NL-OM/2026/7790", "Operation Ebb");
    String first = nlCase.first();
    String second = nlCase.second();
    Response drafted = draft(nlIssuing, nlCase, "NL-OM/2026/7790", URGENT_TO_SPAIN);
    String requestId = expect(201, drafted).path("id").asString();
    String etag =
        FreezingRequests.step(
            api, nlIssuing, requestId, drafted.header("ETag"), "{\"action\":\"ISSUE\"}");
    etag = FreezingRequests.step(api, nlIssuing, requestId, etag, "{\"action\":\"TRANSMIT\"}");
    JsonNode requested =
        eventually(
            () -> api.get("/api/v1/assets/" + first, nlAnalyst).json(),
            json -> "FREEZE_REQUESTED".equals(json.path("status").asString()));
    assertThat(requested.path("status").asString()).isEqualTo("FREEZE_REQUESTED");

    LocalStack stack = RunningStack.stack();
    stack.stopService("asset-registry-service");
    try {
      // Spain works on without the registry: its acts are the freezing-service's alone
      etag = FreezingRequests.step(api, esExecuting, requestId, etag, "{\"action\":\"RECEIVE\"}");
      etag = FreezingRequests.step(api, esExecuting, requestId, etag, "{\"action\":\"RECOGNISE\"}");
      FreezingRequests.step(
          api,
          esExecuting,
          requestId,
          etag,
          """
          {"action": "EXECUTE", "decision": {"orderReference": "AN-2026-78",
           "authority": "Audiencia Nacional", "orderDate": "2026-12-04"},
           "assetResults": [
            {"assetId": "%s", "outcome": "FROZEN", "value": {"amount": "5000.00", "currency": "EUR"}},
            {"assetId": "%s", "outcome": "FROZEN", "value": {"amount": "700.00", "currency": "EUR"}}]}
          """
              .formatted(first, second));
    } finally {
      stack.startService("asset-registry-service");
    }

    for (String asset : List.of(first, second)) {
      JsonNode frozen =
          eventually(
              () -> api.get("/api/v1/assets/" + asset, nlAnalyst).json(),
              json -> "FROZEN".equals(json.path("status").asString()));
      assertThat(frozen.path("status").asString()).as(frozen.toString()).isEqualTo("FROZEN");
      // once: the history holds one freeze request and one freeze, not a repeat
      JsonNode history =
          expect(200, api.get("/api/v1/assets/" + asset + "/transitions", nlAnalyst));
      List<String> statuses = new ArrayList<>();
      history.path("items").forEach(t -> statuses.add(t.path("toStatus").asString()));
      assertThat(statuses).as(history.toString()).containsExactly("FREEZE_REQUESTED", "FROZEN");
    }
  }

  @Test
  void anMlaRequestToColombiaTravelsWithoutRegulationDeadlines() {
    String nlAnalyst = login("agency-nl", "nl-analyst");
    String nlIssuing = login("agency-nl", "nl-issuing");
    NlCase nlCase = nlCaseWithTwoAccounts(nlAnalyst, "NL-OM/2026/9001", "Operation Andes");
    String first = nlCase.first();
    String second = nlCase.second();

    Response drafted =
        draft(
            nlIssuing,
            nlCase,
            "NL-OM/2026/9001",
            "\"instrument\": \"MLA\", \"kind\": \"FREEZING\", \"executingAgency\": \"CO-ARO\", \"mla\": {\"channel\": \"AMERIPOL\", \"evidential\": false}");
    String requestId = expect(201, drafted).path("id").asString();
    String etag =
        FreezingRequests.step(
            api, nlIssuing, requestId, drafted.header("ETag"), "{\"action\":\"ISSUE\"}");
    FreezingRequests.step(api, nlIssuing, requestId, etag, "{\"action\":\"TRANSMIT\"}");

    String coExecuting = login("agency-co", "co-executing");
    Response atBogota = api.get("/api/v1/freezing-requests/" + requestId, coExecuting);
    expect(200, atBogota);
    FreezingRequests.step(
        api, coExecuting, requestId, atBogota.header("ETag"), "{\"action\":\"RECEIVE\"}");

    JsonNode received = expect(200, api.get("/api/v1/freezing-requests/" + requestId, coExecuting));
    assertThat(received.path("status").asString()).isEqualTo("RECEIVED");
    assertThat(received.path("instrument").asString()).isEqualTo("MLA");
    assertThat(received.path("mla").path("channel").asString()).isEqualTo("AMERIPOL");
    assertThat(received.path("deadlines").size()).as(received.toString()).isZero();
    // Spain is no party to it
    assertThat(
            api.get("/api/v1/freezing-requests/" + requestId, login("agency-es", "es-executing"))
                .status())
        .isEqualTo(404);
  }
}
