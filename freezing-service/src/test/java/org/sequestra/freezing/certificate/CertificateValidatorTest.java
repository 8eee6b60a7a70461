package org.sequestra.freezing.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.platform.web.Violation;
import tools.jackson.databind.json.JsonMapper;

class CertificateValidatorTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LegalInstrument REGULATION = LegalInstrument.REGULATION_2018_1805;

  private static FreezingCertificate freezing(String json) {
    return JSON.readValue(json, FreezingCertificate.class);
  }

  private static ConfiscationCertificate confiscation(String json) {
    return JSON.readValue(json, ConfiscationCertificate.class);
  }

  private static List<Violation> validateFreezing(
      FreezingCertificate certificate, boolean urgent, Set<String> accepted) {
    return CertificateValidator.validate(
        new CertificateValidator.Subject(
            RequestKind.FREEZING,
            REGULATION,
            urgent,
            "es",
            accepted,
            false,
            new Certificate(certificate, null)));
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void aCompleteFreezingCertificateMayLeave() {
    assertThat(validateFreezing(freezing(Certificates.freezingCertificate()), true, null))
        .isEmpty();
  }

  @Test
  void anEmptyFreezingCertificateListsEverySectionItMissesAtOnce() {
    assertThat(fields(validateFreezing(freezing("{}"), true, null)))
        .containsExactlyInAnyOrder(
            "freezingCertificate.sectionA",
            "freezingCertificate.sectionB",
            "freezingCertificate.sectionC",
            "freezingCertificate.sectionD",
            "freezingCertificate.sectionE",
            "freezingCertificate.sectionI",
            "freezingCertificate.sectionL",
            "freezingCertificate.sectionM");
  }

  @Test
  void fieldsInsideSectionsAreNamedByTheirPath() {
    String broken =
        Certificates.freezingCertificate()
            .replace(
                "\"offenceCategories\": [\"DRUG_TRAFFICKING\", \"MONEY_LAUNDERING\"]",
                "\"offenceCategories\": []")
            .replace("\"summaryOfFacts\": \"cocaine imports laundered through real estate\",", "")
            .replace(
                "\"transmissionGround\": \"REGISTERED_IN_EXECUTING_STATE\"",
                "\"description\": \"x\"")
            .replace(
                "\"estimatedConfiscationCertificateDate\": \"2027-06-30\"",
                "\"remainFrozenPendingConfiscation\": true");

    assertThat(fields(validateFreezing(freezing(broken), false, null)))
        .containsExactlyInAnyOrder(
            "freezingCertificate.sectionE.offenceCategories",
            "freezingCertificate.sectionE.summaryOfFacts",
            "freezingCertificate.sectionD.items[1].transmissionGround",
            "freezingCertificate.sectionI.estimatedConfiscationCertificateDate");
  }

  @Test
  void anUrgentRequestStatesItsGrounds() {
    String withoutGrounds =
        Certificates.freezingCertificate()
            .replace(
                "\"sectionB\": {\"imminentRemovalOrDestruction\": \"the villa is on sale since 1 December\"},",
                "\"sectionB\": {},");

    assertThat(fields(validateFreezing(freezing(withoutGrounds), true, null)))
        .containsExactly("freezingCertificate.sectionB");
    assertThat(validateFreezing(freezing(withoutGrounds), false, null)).isEmpty();
  }

  @Test
  void anotherDesignatedAuthorityNeedsTheValidationOfSectionN() {
    String designated =
        Certificates.freezingCertificate()
            .replace("JUDGE_COURT_OR_PROSECUTOR", "OTHER_DESIGNATED_AUTHORITY");

    assertThat(fields(validateFreezing(freezing(designated), true, null)))
        .containsExactly("freezingCertificate.sectionN");

    String validated =
        designated.replaceFirst(
            "\"sectionM\"",
            "\"sectionN\": {\"authorityType\": \"PUBLIC_PROSECUTOR\", \"authority\": {\"name\":"
                + " \"OM Den Haag\"}, \"validatedOn\": \"2026-12-01\"}, \"sectionM\"");
    assertThat(validateFreezing(freezing(validated), true, null)).isEmpty();
  }

  @Test
  void theLanguageMustBeOneTheExecutingStateAccepts() {
    FreezingCertificate certificate = freezing(Certificates.freezingCertificate());

    assertThat(fields(validateFreezing(certificate, true, Set.of("fr", "de"))))
        .containsExactly("language");
    assertThat(validateFreezing(certificate, true, Set.of("es"))).isEmpty();
  }

  @Test
  void aCertificateSentToSeveralStatesStatesTheReasonOfArticle5() {
    String twoStates =
        Certificates.freezingCertificate()
            .replace(
                "\"sectionI\"",
                "\"sectionG\": {\"otherExecutingStates\": [{\"country\": \"PT\"}]}, \"sectionI\"");

    assertThat(fields(validateFreezing(freezing(twoStates), true, null)))
        .containsExactly("freezingCertificate.sectionG.reasons");
  }

  @Test
  void aConfiscationCertificateNeedsTheFinalOrderTheTrialAndAValidAccount() {
    String broken =
        Certificates.confiscationCertificate()
            .replace("\"finalOn\": \"2027-06-20\"", "\"finalOn\": \"2027-01-01\"")
            .replace("\"appearance\": \"APPEARED\"", "\"appearance\": \"DID_NOT_APPEAR\"")
            .replace("NL91ABNA0417164300", "NL91ABNA0417164301")
            .replace("\"nature\": [\"PROCEEDS\"],", "");

    List<Violation> violations =
        CertificateValidator.validate(
            new CertificateValidator.Subject(
                RequestKind.CONFISCATION,
                REGULATION,
                false,
                "es",
                null,
                false,
                new Certificate(null, confiscation(broken))));

    assertThat(fields(violations))
        .containsExactlyInAnyOrder(
            "confiscationCertificate.sectionB.finalOn",
            "confiscationCertificate.sectionH.absenceSafeguard",
            "confiscationCertificate.sectionM.iban",
            "confiscationCertificate.sectionD.nature");
  }

  @Test
  void anMlaRequestNamesItsChannel() {
    List<Violation> violations =
        CertificateValidator.validate(
            new CertificateValidator.Subject(
                RequestKind.FREEZING,
                LegalInstrument.MLA,
                false,
                "es",
                null,
                false,
                new Certificate(freezing(Certificates.freezingCertificate()), null)));

    assertThat(fields(violations)).containsExactly("mla");
  }
}
