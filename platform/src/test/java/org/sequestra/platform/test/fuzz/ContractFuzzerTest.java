package org.sequestra.platform.test.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator reads a real contract and breaks every part of every operation. */
class ContractFuzzerTest {

  private final List<FuzzRequest> requests =
      ContractFuzzer.contract("freezing.yaml").knownValue("requestId", "known-id").requests();

  private FuzzRequest variant(String operation, String variant) {
    return requests.stream()
        .filter(r -> r.operation().equals(operation) && r.variant().equals(variant))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + operation + " [" + variant + "]"));
  }

  @Test
  void everyOperationGetsAValidSampleAndItsVariants() {
    assertThat(requests.stream().map(FuzzRequest::operation).distinct())
        .containsExactlyInAnyOrder(
            "POST /api/v1/freezing-requests",
            "GET /api/v1/freezing-requests",
            "GET /api/v1/freezing-requests/{requestId}",
            "GET /api/v1/registry-effects",
            "POST /api/v1/registry-effects/{effectId}/requeue");
    assertThat(requests).hasSizeGreaterThan(100);
    FuzzRequest valid = variant("POST /api/v1/freezing-requests", "valid sample");
    assertThat(new String(valid.body(), StandardCharsets.UTF_8))
        .contains("\"kind\":\"FREEZING\"", "\"executingCountry\":\"NL\"", "\"transmittedAt\":");
  }

  @Test
  void bodyFieldsGetWrongTypesControlCharactersHugeStringsAndBadDates() {
    String operation = "POST /api/v1/freezing-requests";
    assertThat(body(operation, "body issuingReference: wrong type (number)"))
        .contains("\"issuingReference\":12345");
    assertThat(body(operation, "body issuingReference: control character U+0000"))
        .contains("\"issuingReference\":\"a\\u0000b\"");
    assertThat(body(operation, "body issuingReference: huge string (100000 chars)"))
        .hasSizeGreaterThan(100_000);
    assertThat(body(operation, "body transmittedAt: date-time beyond year 9999"))
        .contains("+999999999-12-31T23:59:59Z");
    assertThat(body(operation, "body urgent: wrong type (string \"true\")"))
        .contains("\"urgent\":\"true\"");
    assertThat(body(operation, "deep nesting (10000 arrays)")).startsWith("[[[[");
    assertThat(body(operation, "unknown field")).contains("zzUnknownField");
  }

  @Test
  void parametersAreBrokenAndPercentEncodedAsAClientWould() {
    FuzzRequest above = variant("GET /api/v1/freezing-requests", "query size: above maximum");
    assertThat(ContractFuzzer.uri(above).toString())
        .isEqualTo("/api/v1/freezing-requests?size=201");
    FuzzRequest control =
        variant(
            "GET /api/v1/freezing-requests/{requestId}",
            "path requestId: control character U+0000");
    assertThat(ContractFuzzer.uri(control).toString()).isEqualTo("/api/v1/freezing-requests/a%00b");
    FuzzRequest known = variant("GET /api/v1/freezing-requests/{requestId}", "valid sample");
    assertThat(ContractFuzzer.uri(known).toString())
        .isEqualTo("/api/v1/freezing-requests/known-id");
  }

  private String body(String operation, String variant) {
    return new String(variant(operation, variant).body(), StandardCharsets.UTF_8);
  }
}
