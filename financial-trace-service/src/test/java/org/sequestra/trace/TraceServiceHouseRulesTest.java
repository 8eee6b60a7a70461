package org.sequestra.trace;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.architecture.HouseRules;

/**
 * The house rules (DESIGN.md §1) applied to the financial-trace-service. Its tracing engine is the
 * trace-engine module (org.sequestra.trace.engine, .patterns), checked there.
 */
class TraceServiceHouseRulesTest {

  private static final JavaClasses TRACE = HouseRules.mainClasses();

  @Test
  void featurePackagesAreFreeOfCycles() {
    HouseRules.featuresFreeOfCycles("org.sequestra.trace").check(TRACE);
  }

  /** Its own code, the platform and the trace-engine it declares (same root package). */
  @Test
  void usesNoOtherServiceCode() {
    HouseRules.usesSequestraCodeOnlyFrom("org.sequestra.trace..", "org.sequestra.platform..")
        .check(TRACE);
  }

  @Test
  void generatedModelsOnlyAtTheBoundary() {
    HouseRules.GENERATED_MODELS_ONLY_AT_THE_BOUNDARY.check(TRACE);
  }
}
