package org.sequestra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.e2e.support.Api;
import org.sequestra.e2e.support.Api.Response;
import org.sequestra.e2e.support.KeycloakLogin;
import org.sequestra.e2e.support.RunningStack;
import org.sequestra.e2e.support.TestIbans;
import org.sequestra.stack.LocalStack;
import tools.jackson.databind.JsonNode;

/**
 * The platform as several replicas (issue 13): the e2e stack runs two instances of every service
 * and two gateways. Imports, traces and lifecycle transitions go through both gateways to both
 * instances; an instance killed in the middle of an import leaves the job to the other, which
 * finishes it once; the per-agency rate limit holds across the two gateways.
 */
@ExtendWith(RunningStack.class)
class ReplicasIT {

  /** Rows of the import killed half-way: enough to run for seconds on a busy machine. */
  private static final int ROWS = 400_000;

  private static LocalStack stack;
  private static KeycloakLogin keycloak;
  private static List<Api> gateways;

  @BeforeAll
  static void connect() {
    stack = RunningStack.stack();
    keycloak = new KeycloakLogin(stack.keycloakUrl());
    gateways = stack.gatewayUrls().stream().map(Api::new).toList();
  }

  @Test
  void theStackRunsTwoInstancesOfEveryServiceAndTwoGateways() {
    assertThat(stack.config().replicas()).isEqualTo(2);
    assertThat(gateways).hasSize(2);
    for (String instance :
        List.of(
            "asset-registry-service-1",
            "asset-registry-service-2",
            "financial-trace-service-1",
            "financial-trace-service-2",
            "freezing-service-1",
            "freezing-service-2",
            "gateway-1",
            "gateway-2")) {
      assertThat(stack.isRunning(instance)).as(instance).isTrue();
    }
  }

  @Test
  void anImportWhoseInstanceIsKilledIsFinishedOnceByTheOther() throws Exception {
    String analyst = keycloak.password("agency-nl", "sequestra-cli", "nl-analyst", "demo");
    Api gateway = gateways.getFirst();
    String reference = "NL-ARO/E2E-REPLICAS/" + Long.toString(System.nanoTime(), 36);
    expect(
        gateway.post(
            "/api/v1/cases",
            analyst,
            "{\"nationalReference\":\"" + reference + "\",\"title\":\"Operation Twin\"}"),
        201);
    String datasetId =
        expect(
                gateway.post(
                    "/api/v1/datasets",
                    analyst,
                    "{\"caseReference\":\"" + reference + "\",\"name\":\"Twin ledger\"}"),
                201)
            .path("id")
            .asString();

    // Sent to the first trace instance itself, so that the test knows which one to kill; the
    // job is read back through the gateways, from either instance.
    Api first = new Api(stack.serviceUrl("financial-trace-service-1"));
    JsonNode accepted =
        expect(
            first.post(
                "/api/v1/datasets/" + datasetId + "/imports?format=CSV",
                analyst,
                "text/csv",
                ledger(ROWS)),
            202);
    String jobPath = "/api/v1/datasets/" + datasetId + "/imports/" + accepted.path("id").asString();
    awaitState(analyst, jobPath, "RUNNING", Duration.ofMinutes(2));
    stack.killInstance("financial-trace-service-1");
    try {
      JsonNode job = awaitEnd(analyst, jobPath, Duration.ofMinutes(5));
      assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
      assertThat(job.path("imported").asLong()).isEqualTo(ROWS);
      assertThat(job.path("rejected").asLong()).isZero();
      // nothing of the killed attempt remains next to the finished one
      for (Api each : gateways) {
        JsonNode dataset = expect(each.get("/api/v1/datasets/" + datasetId, analyst), 200);
        assertThat(dataset.path("transactionCount").asLong()).isEqualTo(ROWS);
      }
    } finally {
      stack.restartService("financial-trace-service-1");
    }
    // and a trace through the other gateway, from either instance (the one that restarted loads
    // the graph itself)
    JsonNode transactions =
        expect(
            gateways.get(1).get("/api/v1/datasets/" + datasetId + "/transactions?size=1", analyst),
            200);
    long seed = transactions.path("items").get(0).path("id").asLong();
    Response trace =
        gateways
            .get(1)
            .post(
                "/api/v1/datasets/" + datasetId + "/traces",
                analyst,
                "{\"direction\":\"FORWARD\",\"rule\":\"FIFO\",\"seed\":{\"transactionIds\":["
                    + seed
                    + "]},\"hopLimit\":3}");
    assertThat(trace.status()).as(trace.toString()).isEqualTo(201);
  }

  @Test
  void aStaleVersionIsRefusedWhicheverInstanceAnswers() {
    String analyst = keycloak.password("agency-nl", "sequestra-cli", "nl-analyst", "demo");
    String reference = "NL-ARO/E2E-REPLICAS/" + Long.toString(System.nanoTime(), 36);
    String caseId =
        expect(
                gateways
                    .getFirst()
                    .post(
                        "/api/v1/cases",
                        analyst,
                        "{\"nationalReference\":\"" + reference + "\",\"title\":\"Twin assets\"}"),
                201)
            .path("id")
            .asString();
    String assetId =
        expect(
                gateways
                    .get(1)
                    .post(
                        "/api/v1/cases/" + caseId + "/assets",
                        analyst,
                        "{\"type\":\"BANK_ACCOUNT\",\"description\":\"account of the suspect\","
                            + "\"identifiers\":{\"iban\":\""
                            + TestIbans.uniqueDutch()
                            + "\"}}"),
                201)
            .path("id")
            .asString();
    String etag = gateways.getFirst().get("/api/v1/assets/" + assetId, analyst).header("ETag");
    String freezeRequested =
        "{\"targetStatus\":\"FREEZE_REQUESTED\",\"legalBasis\":{\"orderReference\":\"RB-ROT"
            + " 10/4711-26\",\"issuingAuthority\":\"Rechtbank Rotterdam, rechter-commissaris\","
            + "\"orderDate\":\"2026-11-02\"},\"occurredAt\":\""
            + Instant.now().minusSeconds(60)
            + "\"}";
    // Several times over both gateways: each call lands on either registry instance; only the
    // first may succeed, every later one carries a version that is no longer current.
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(
          gateways
              .get(i % 2)
              .post(
                  "/api/v1/assets/" + assetId + "/transitions",
                  analyst,
                  "application/json",
                  freezeRequested,
                  "If-Match",
                  etag)
              .status());
    }
    assertThat(statuses).containsExactly(201, 412, 412, 412);
    JsonNode history =
        expect(gateways.get(1).get("/api/v1/assets/" + assetId + "/transitions", analyst), 200);
    assertThat(history.path("status").asString()).isEqualTo("FREEZE_REQUESTED");
    assertThat(history.path("items").toString()).containsOnlyOnce("FREEZE_REQUESTED");
  }

  @Test
  void theRateLimitOfAnAgencyHoldsAcrossBothGateways() {
    // CO-ARO: burst 12, 1 request/s (RunningStack); each gateway alone would let 12 through
    String co = keycloak.password("agency-co", "sequestra-cli", "co-analyst", "demo");
    int passed = 0;
    int limitedOnFirst = 0;
    int limitedOnSecond = 0;
    for (int i = 0; i < 30; i++) {
      int status = gateways.get(i % 2).get("/api/v1/me", co).status();
      if (status == 200) {
        passed++;
      } else {
        assertThat(status).isEqualTo(429);
        if (i % 2 == 0) {
          limitedOnFirst++;
        } else {
          limitedOnSecond++;
        }
      }
    }
    // 30 calls take a few seconds: the bucket refills by a few tokens meanwhile
    assertThat(passed).isBetween(1, 12 + 6);
    assertThat(limitedOnFirst).isPositive();
    assertThat(limitedOnSecond).isPositive();
  }

  private static JsonNode expect(Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response.json();
  }

  private static void awaitState(String token, String jobPath, String state, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      JsonNode job = expect(gateways.getFirst().get(jobPath, token), 200);
      String now = job.path("state").asString();
      if (now.equals(state)) {
        return;
      }
      assertThat(now)
          .as("job left QUEUED for " + now + " before it was seen " + state)
          .isEqualTo("QUEUED");
      assertThat(Instant.now()).as("import still " + now).isBefore(deadline);
      Thread.sleep(50);
    }
  }

  private static JsonNode awaitEnd(String token, String jobPath, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    int call = 0;
    while (true) {
      Response response = gateways.get(call++ % 2).get(jobPath, token);
      JsonNode job = expect(response, 200);
      String state = job.path("state").asString();
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        return job;
      }
      assertThat(Instant.now()).as("import still " + state).isBefore(deadline);
      Thread.sleep(500);
    }
  }

  /** A CSV ledger in Sequestra's layout: 1 000 accounts paying each other, unique references. */
  private static String ledger(int rows) {
    String[] accounts = new String[1000];
    for (int a = 0; a < accounts.length; a++) {
      accounts[a] = TestIbans.dutch(String.format("BANK%010d", a));
    }
    StringBuilder csv = new StringBuilder(rows * 110);
    csv.append("account,counterparty_account,direction,amount,currency,booked_at,bank_reference\n");
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < rows; i++) {
      csv.append(accounts[i % 1000])
          .append(',')
          .append(accounts[(i * 7 + 1) % 1000])
          .append(",DEBIT,")
          .append(10 + i % 990)
          .append(".00,EUR,")
          .append(start.plusSeconds(i * 60L))
          .append(",TWIN")
          .append(i)
          .append('\n');
    }
    return csv.toString();
  }
}
