package org.sequestra.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.architecture.HouseRules;

/**
 * The house rules (DESIGN.md §1) applied to the gateway: it routes to services, never links them.
 */
class GatewayHouseRulesTest {

  private static final JavaClasses GATEWAY = HouseRules.mainClasses();

  @Test
  void featurePackagesAreFreeOfCycles() {
    HouseRules.featuresFreeOfCycles("org.sequestra.gateway").check(GATEWAY);
  }

  @Test
  void usesNoServiceCode() {
    HouseRules.usesSequestraCodeOnlyFrom("org.sequestra.gateway..", "org.sequestra.platform..")
        .check(GATEWAY);
  }
}
