package org.sequestra.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The house rules that concern the platform library itself. */
class PlatformHouseRulesTest {

  private static final JavaClasses PLATFORM = HouseRules.mainClasses();

  @Test
  void identifiersArePlainJava() {
    HouseRules.domainCoreInPackages("org.sequestra.platform.identifier..").check(PLATFORM);
  }

  @Test
  void platformUsesNoServiceCode() {
    HouseRules.usesSequestraCodeOnlyFrom("org.sequestra.platform..").check(PLATFORM);
  }

  @Test
  void platformPackagesAreFreeOfCycles() {
    HouseRules.featuresFreeOfCycles("org.sequestra.platform").check(PLATFORM);
  }
}
