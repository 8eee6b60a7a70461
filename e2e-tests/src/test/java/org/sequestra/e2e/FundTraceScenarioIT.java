package org.sequestra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.e2e.support.Api;
import org.sequestra.e2e.support.Api.Response;
import org.sequestra.e2e.support.KeycloakLogin;
import org.sequestra.e2e.support.RunningStack;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4's scenario through the gateway with a real Keycloak user: a camt.053 statement is
 * imported into a dataset of a registry case, the proceeds are traced forward with LIBR, and the
 * account they reached is proposed to the asset registry, where the analyst then finds it.
 */
@ExtendWith(RunningStack.class)
class FundTraceScenarioIT {

  private static final String HARBOUR_IBAN = "GB29NWBK60161331926819";

  private static Api api;
  private static KeycloakLogin keycloak;

  @BeforeAll
  static void connect() {
    api = new Api(RunningStack.stack().gatewayUrl());
    keycloak = new KeycloakLogin(RunningStack.stack().keycloakUrl());
  }

  private static JsonNode expect(Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response.json();
  }

  private static String statement() {
    try (InputStream in =
        FundTraceScenarioIT.class.getResourceAsStream("/camt053_kranz_proceeds.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode awaitImport(String token, String jobPath) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      JsonNode job = expect(api.get(jobPath, token), 200);
      String state = job.path("state").asString();
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        return job;
      }
      assertThat(Instant.now()).as("import still " + state).isBefore(deadline);
      Thread.sleep(250);
    }
  }

  private static BigDecimal heldAt(JsonNode trace, String identifier) {
    BigDecimal held = BigDecimal.ZERO;
    for (JsonNode endPoint : trace.path("result").path("endPoints")) {
      if (identifier.equals(endPoint.path("node").path("identifier").asString())
          && endPoint.path("reason").asString().equals("HELD")) {
        held = held.add(new BigDecimal(endPoint.path("amount").asString()));
      }
    }
    return held;
  }

  @Test
  void proceedsTracedFromAStatementEndUpAsAnAssetOfTheCase() throws Exception {
    String analyst = keycloak.password("agency-nl", "sequestra-cli", "nl-analyst", "demo");
    String reference = "NL-ARO/E2E-TRACE/" + Long.toString(System.nanoTime(), 36);
    String caseId =
        expect(
                api.post(
                    "/api/v1/cases",
                    analyst,
                    "{\"nationalReference\":\"" + reference + "\",\"title\":\"Operation Kranz\"}"),
                201)
            .path("id")
            .asString();
    String datasetId =
        expect(
                api.post(
                    "/api/v1/datasets",
                    analyst,
                    "{\"caseReference\":\""
                        + reference
                        + "\",\"name\":\"Commerzbank March 2024\"}"),
                201)
            .path("id")
            .asString();

    // import the statement as a job and wait for it
    Response accepted =
        api.post(
            "/api/v1/datasets/" + datasetId + "/imports?format=CAMT053",
            analyst,
            "application/xml",
            statement());
    JsonNode started = expect(accepted, 202);
    JsonNode job =
        awaitImport(
            analyst, "/api/v1/datasets/" + datasetId + "/imports/" + started.path("id").asString());
    assertThat(job.path("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    assertThat(job.path("imported").asLong()).isEqualTo(3);
    assertThat(job.path("rejected").asLong()).isZero();

    // the proceeds are the 15 000.00 credit
    JsonNode transactions =
        expect(api.get("/api/v1/datasets/" + datasetId + "/transactions?size=50", analyst), 200);
    long proceeds = -1;
    for (JsonNode transaction : transactions.path("items")) {
      if (transaction.path("direction").asString().equals("CREDIT")
          && new BigDecimal(transaction.path("amount").asString())
                  .compareTo(new BigDecimal("15000"))
              == 0) {
        proceeds = transaction.path("id").asLong();
      }
    }
    assertThat(proceeds).as(transactions.toString()).isPositive();

    // LIBR forward: 9 500 went to Harbour Trading, 3 000 to Atelier Sud, 2 500 stayed with Kranz
    JsonNode trace =
        expect(
            api.post(
                "/api/v1/datasets/" + datasetId + "/traces",
                analyst,
                "{\"direction\":\"FORWARD\",\"rule\":\"LIBR\",\"seed\":{\"transactionIds\":["
                    + proceeds
                    + "]},\"hopLimit\":3}"),
            201);
    String traceId = trace.path("id").asString();
    assertThat(heldAt(trace, HARBOUR_IBAN)).isEqualByComparingTo("9500.00");
    assertThat(heldAt(trace, "FR1420041010050500013M02606")).isEqualByComparingTo("3000.00");
    assertThat(heldAt(trace, "DE89370400440532013000")).isEqualByComparingTo("2500.00");

    // the stored trace is citable by its id
    JsonNode cited =
        expect(api.get("/api/v1/datasets/" + datasetId + "/traces/" + traceId, analyst), 200);
    assertThat(heldAt(cited, HARBOUR_IBAN)).isEqualByComparingTo("9500.00");

    // propose Harbour Trading's account to the registry, on the analyst's behalf
    long harbourAccount = -1;
    for (JsonNode endPoint : trace.path("result").path("endPoints")) {
      if (HARBOUR_IBAN.equals(endPoint.path("node").path("identifier").asString())) {
        harbourAccount = endPoint.path("node").path("accountId").asLong();
      }
    }
    assertThat(harbourAccount).isPositive();
    JsonNode proposal =
        expect(
            api.post(
                "/api/v1/datasets/"
                    + datasetId
                    + "/traces/"
                    + traceId
                    + "/end-points/"
                    + harbourAccount
                    + "/proposal",
                analyst,
                "{\"caseId\":\"" + caseId + "\"}"),
            201);
    String assetId = proposal.path("registryAssetId").asString();

    // and the registry has it: a bank account of the case, IDENTIFIED, valued at what was traced
    JsonNode asset = expect(api.get("/api/v1/assets/" + assetId, analyst), 200);
    assertThat(asset.path("caseId").asString()).isEqualTo(caseId);
    assertThat(asset.path("type").asString()).isEqualTo("BANK_ACCOUNT");
    assertThat(asset.path("status").asString()).isEqualTo("IDENTIFIED");
    assertThat(asset.path("identifiers").path("iban").asString()).isEqualTo(HARBOUR_IBAN);
    assertThat(asset.toString()).contains(traceId);
    JsonNode caseAssets =
        expect(api.get("/api/v1/cases/" + caseId + "/assets?size=50", analyst), 200);
    assertThat(caseAssets.path("items").toString()).contains(assetId);

    // another agency sees neither the dataset, the trace nor the asset
    String spanish = keycloak.password("agency-es", "sequestra-cli", "es-analyst", "demo");
    assertThat(api.get("/api/v1/datasets/" + datasetId + "/traces/" + traceId, spanish).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/assets/" + assetId, spanish).status()).isEqualTo(404);
  }
}
