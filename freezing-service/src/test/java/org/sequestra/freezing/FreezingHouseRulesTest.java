package org.sequestra.freezing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.architecture.HouseRules;

/** The house rules (DESIGN.md §1) applied to the freezing-service. */
class FreezingHouseRulesTest {

  private static final JavaClasses FREEZING = HouseRules.mainClasses();

  /** The deadline calculus to come, wherever it lands: empty packages pass until then. */
  @Test
  void deadlineCalculusIsPlainJava() {
    HouseRules.domainCoreInPackages(
            "org.sequestra.freezing.deadline..", "org.sequestra.freezing..domain..")
        .allowEmptyShould(true)
        .check(FREEZING);
  }

  /** Today's deadline rule (Art 9(3)) lives next to the request entity. */
  @Test
  void recognitionDeadlineIsPlainJava() {
    HouseRules.domainCoreClasses("org.sequestra.freezing.request.RecognitionDeadline")
        .check(FREEZING);
  }

  /** The lifecycle, the certificate and its validation are plain Java. */
  @Test
  void lifecycleAndCertificateArePlainJava() {
    HouseRules.domainCoreInPackages(
            "org.sequestra.freezing.lifecycle..",
            "org.sequestra.freezing.certificate..",
            "org.sequestra.freezing.money..")
        .check(FREEZING);
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    HouseRules.featuresFreeOfCycles("org.sequestra.freezing").check(FREEZING);
  }

  @Test
  void usesNoOtherServiceCode() {
    HouseRules.usesSequestraCodeOnlyFrom("org.sequestra.freezing..", "org.sequestra.platform..")
        .check(FREEZING);
  }

  @Test
  void generatedModelsOnlyAtTheBoundary() {
    HouseRules.GENERATED_MODELS_ONLY_AT_THE_BOUNDARY.check(FREEZING);
  }
}
