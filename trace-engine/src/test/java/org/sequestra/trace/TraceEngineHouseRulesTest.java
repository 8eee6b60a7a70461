package org.sequestra.trace;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.architecture.HouseRules;

/**
 * The house rules (DESIGN.md §1) applied to the trace-engine: all of it is domain core. Its compile
 * classpath holds no Spring today; the rule keeps it so when a dependency brings one in.
 */
class TraceEngineHouseRulesTest {

  private static final JavaClasses ENGINE = HouseRules.mainClasses();

  @Test
  void engineIsPlainJava() {
    HouseRules.domainCoreInPackages(
            "org.sequestra.trace.engine..", "org.sequestra.trace.patterns..")
        .check(ENGINE);
  }

  /** A library of the financial-trace-service: it knows neither that service nor the platform. */
  @Test
  void usesOnlyItsOwnCode() {
    HouseRules.usesSequestraCodeOnlyFrom(
            "org.sequestra.trace.engine..", "org.sequestra.trace.patterns..")
        .check(ENGINE);
  }

  @Test
  void packagesAreFreeOfCycles() {
    HouseRules.featuresFreeOfCycles("org.sequestra.trace").check(ENGINE);
  }
}
