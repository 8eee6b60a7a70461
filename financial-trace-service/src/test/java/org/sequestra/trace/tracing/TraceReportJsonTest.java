package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.api.model.NewTraceDto;
import org.sequestra.trace.api.model.TraceResultDto;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored traces keep their request and result as JSON in the contract's shapes (NewTrace,
 * TraceResult): what was stored before the service kept its own types must read back the same.
 */
class TraceReportJsonTest {

  private static final String RESULT =
      """
      {"seedAmount":"50.00",
       "endPoints":[{"node":{"accountId":7,"kind":"IBAN","identifier":"FR1420041010050500013M02606",
                             "chain":null,"holderName":"Account B","label":"Account B",
                             "registryAssetId":null},
                     "reason":"HELD","amount":"20.00"}],
       "unexplained":[{"node":{"accountId":null,"kind":null,"identifier":null,"chain":null,
                               "holderName":null,"label":"Shop","registryAssetId":null},
                       "reason":"UNEXPLAINED","amount":"1.00"}],
       "flows":[{"transactionId":3,"bookedAt":"2024-03-01T10:00:00Z",
                 "from":{"accountId":5,"kind":"ACCOUNT_NUMBER","identifier":"123","chain":null,
                         "holderName":null,"label":"123","registryAssetId":null},
                 "to":{"accountId":7,"kind":"IBAN","identifier":"FR1420041010050500013M02606",
                       "chain":null,"holderName":"Account B","label":"Account B",
                       "registryAssetId":null},
                 "amount":"20.00"}],
       "paths":[{"amount":"20.00",
                 "nodes":[{"accountId":5,"kind":"ACCOUNT_NUMBER","identifier":"123","chain":null,
                           "holderName":null,"label":"123","registryAssetId":null}],
                 "transactionIds":[3]}],
       "reconciliation":{"seed":"50.00","heldAtEndPoints":"20.00","stoppedAtHopLimit":"0.00",
                         "belowThreshold":"0.00","stoppedAtStopList":"0.00","unexplained":"30.00",
                         "balances":true}}
      """;

  private static final String REQUEST =
      """
      {"direction":"BACKWARD","rule":"PRO_RATA",
       "seed":{"accountId":null,"accountIdentifier":"FR1420041010050500013M02606","amount":"10.00",
               "currency":"EUR","from":null,"until":"2024-03-02T00:00:00Z","transactionIds":[]},
       "hopLimit":3,"minimumAmount":"0.01","stopList":[9],
       "conversionRates":[{"currency":"USD","rate":"0.9"}],"topPaths":5}
      """;

  private final JsonMapper json = JsonMapper.builder().build();
  private final TraceMapper mapper = new TraceMapperImpl();

  @Test
  void aStoredResultReadsBackAsTheContractsResult() {
    TraceReport report = json.readValue(RESULT, TraceReport.class);
    // Stored before results were paged: every list is whole, so each count is the list's size.
    JsonNode withCounts =
        ((ObjectNode) withLaterFields(RESULT))
            .put("flowCount", 1)
            .put("endPointCount", 1)
            .put("unexplainedCount", 1);

    assertThat(tree(mapper.toDto(trace(report)).getResult())).isEqualTo(withCounts);
    assertThat(json.readTree(json.writeValueAsString(report))).isEqualTo(withCounts);
    assertThat(report.hasEveryItem()).isTrue();
  }

  @Test
  void aStoredRequestReadsBackAsTheContractsRequest() {
    NewTrace request = json.readValue(REQUEST, NewTrace.class);

    assertThat(tree(mapper.toDto(trace(request)).getRequest())).isEqualTo(json.readTree(REQUEST));
    assertThat(json.readTree(json.writeValueAsString(request))).isEqualTo(json.readTree(REQUEST));
    assertThat(tree(mapper.toNewTrace(json.readValue(REQUEST, NewTraceDto.class))))
        .isEqualTo(json.readTree(REQUEST));
  }

  @Test
  void registryAssetsAreLinkedOnEveryNodeOfTheirAccount() {
    UUID asset = UUID.randomUUID();
    TraceResultDto linked =
        mapper
            .toDto(
                trace(
                    json.readValue(RESULT, TraceReport.class)
                        .withRegistryAssets(Map.of(7L, asset))))
            .getResult();

    assertThat(linked.getEndPoints().getFirst().getNode().getRegistryAssetId()).isEqualTo(asset);
    assertThat(linked.getFlows().getFirst().getTo().getRegistryAssetId()).isEqualTo(asset);
    assertThat(linked.getFlows().getFirst().getFrom().getRegistryAssetId()).isNull();
    assertThat(linked.getUnexplained().getFirst().getNode().getRegistryAssetId()).isNull();
  }

  /**
   * The stored result as it reads back now: with the fields the contract gained later (the seed
   * check and the reconciliation's part not held), absent in what was stored before.
   */
  private JsonNode withLaterFields(String stored) {
    ObjectNode result = (ObjectNode) json.readTree(stored);
    result.putNull("seedCheck");
    ((ObjectNode) result.get("reconciliation")).putNull("seedNotHeld");
    return result;
  }

  private JsonNode tree(Object value) {
    return json.readTree(json.writeValueAsString(value));
  }

  private static Trace trace(TraceReport report) {
    return new Trace(
        UUID.randomUUID(), UUID.randomUUID(), null, null, "EUR", null, report, 1, null, "t");
  }

  private static Trace trace(NewTrace request) {
    return new Trace(
        UUID.randomUUID(), UUID.randomUUID(), null, null, "EUR", request, null, 1, null, "t");
  }
}
