package org.sequestra.registry;

import static org.sequestra.registry.Fixtures.bankAccount;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;

import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.fuzz.ContractFuzzer;

/**
 * Every operation of openapi/asset-registry.yaml survives schema-violating input with a 4xx
 * problem. Real case, subject and asset ids let the broken bodies get past the existence checks.
 */
class ContractFuzzTest extends RegistryIntegrationTest {

  @Test
  void everyOperationAnswersSchemaViolationsWithAProblemAndNeverA5xx() throws Exception {
    String bearer = ContractFuzzer.allRolesBearer();
    Fixtures given = new Fixtures(mvc);
    String caseId = given.openCase(bearer);
    String subjectId = given.person(bearer, caseId, "Fuzz");
    String assetId = given.asset(bearer, caseId, bankAccount(uniqueDutchIban()));

    ContractFuzzer.contract("asset-registry.yaml")
        .bearer(bearer)
        .knownValue("caseId", caseId)
        .knownValue("subjectId", subjectId)
        .knownValue("assetId", assetId)
        .knownValue("agencyCode", "ES-ARO")
        .run(mvc)
        .assertNoServerErrors();
  }
}
