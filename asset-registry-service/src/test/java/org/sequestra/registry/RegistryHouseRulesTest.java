package org.sequestra.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.architecture.HouseRules;

/** The house rules (DESIGN.md §1) applied to the asset registry. */
class RegistryHouseRulesTest {

  private static final JavaClasses REGISTRY = HouseRules.mainClasses();

  /**
   * The seizure lifecycle's state machine and its values. The lifecycle package also holds the
   * controller, the JPA entity of a recorded transition, its repository and the service: not core.
   */
  private static final String[] LIFECYCLE_CORE = {
    "org.sequestra.registry.lifecycle.SeizureLifecycle",
    "org.sequestra.registry.asset.AssetStatus",
    "org.sequestra.registry.lifecycle.AssetValue",
    "org.sequestra.registry.lifecycle.LegalBasis",
    "org.sequestra.registry.lifecycle.Transition",
    "org.sequestra.registry.lifecycle.TransitionNotAllowed",
    "org.sequestra.registry.lifecycle.TransitionRuleBroken"
  };

  @Test
  void lifecycleDomainIsPlainJava() {
    for (String name : LIFECYCLE_CORE) {
      assertThat(REGISTRY.contain(name)).as("lifecycle core class %s exists", name).isTrue();
    }
    HouseRules.domainCoreClasses(LIFECYCLE_CORE).check(REGISTRY);
  }

  @Test
  void theEcbFileParserIsPlainJava() {
    assertThat(REGISTRY.contain("org.sequestra.registry.asset.EcbReferenceRates")).isTrue();
    HouseRules.domainCoreClasses("org.sequestra.registry.asset.EcbReferenceRates").check(REGISTRY);
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    HouseRules.featuresFreeOfCycles("org.sequestra.registry").check(REGISTRY);
  }

  @Test
  void usesNoOtherServiceCode() {
    HouseRules.usesSequestraCodeOnlyFrom("org.sequestra.registry..", "org.sequestra.platform..")
        .check(REGISTRY);
  }

  @Test
  void generatedModelsOnlyAtTheBoundary() {
    HouseRules.GENERATED_MODELS_ONLY_AT_THE_BOUNDARY.check(REGISTRY);
  }
}
