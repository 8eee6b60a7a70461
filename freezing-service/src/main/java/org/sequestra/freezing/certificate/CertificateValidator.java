package org.sequestra.freezing.certificate;

import java.util.List;
import java.util.Set;
import org.sequestra.freezing.certificate.ConfiscationParts.ConfiscationOrder;
import org.sequestra.freezing.certificate.ConfiscationParts.FrozenRestitution;
import org.sequestra.freezing.certificate.ConfiscationParts.Payment;
import org.sequestra.freezing.certificate.ConfiscationParts.Trial;
import org.sequestra.freezing.certificate.ConfiscationParts.TrialAppearance;
import org.sequestra.freezing.certificate.OrderParts.ConfiscationLink;
import org.sequestra.freezing.certificate.OrderParts.LegalRemedies;
import org.sequestra.freezing.certificate.OrderParts.RemedyInformationSource;
import org.sequestra.freezing.certificate.OrderParts.Urgency;
import org.sequestra.freezing.certificate.Parties.IssuingAuthorityType;
import org.sequestra.freezing.certificate.Parties.ValidatingAuthority;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.web.Violation;

/**
 * Whether a certificate may leave: complete for its annex (Art 6(1), 17(1)), validated where the
 * issuing authority is not a judge, court or prosecutor (Art 2(8)(a)(ii)), in a language the
 * executing State accepts (Art 6(2), 17(2)), with the reason when it goes to several States (Art 5,
 * 15). Returns every fault at once, by field path.
 */
public final class CertificateValidator {

  private static final String FREEZING = "freezingCertificate";
  private static final String CONFISCATION = "confiscationCertificate";

  private CertificateValidator() {}

  /**
   * What is checked at issue.
   *
   * @param acceptedLanguages the languages the executing State accepts; null when no restriction is
   *     configured for it
   */
  public record Subject(
      RequestKind kind,
      LegalInstrument instrument,
      boolean urgent,
      String language,
      Set<String> acceptedLanguages,
      boolean mlaDetailsGiven,
      Certificate certificate) {}

  public static List<Violation> validate(Subject subject) {
    Faults faults = new Faults();
    boolean regulation = subject.instrument() == LegalInstrument.REGULATION_2018_1805;
    if (subject.acceptedLanguages() != null
        && !subject.acceptedLanguages().contains(subject.language())) {
      faults.add(
          "language",
          "the executing State accepts certificates in " + sorted(subject.acceptedLanguages()));
    }
    faults.require(
        regulation || subject.mlaDetailsGiven(),
        "mla",
        "is required for an MLA request: its channel and whether it is evidential");
    Certificate certificate = subject.certificate();
    if (subject.kind() == RequestKind.FREEZING) {
      if (faults.present(certificate.freezingCertificate(), FREEZING)) {
        freezing(faults, certificate.freezingCertificate(), subject.urgent(), regulation);
      }
    } else if (faults.present(certificate.confiscationCertificate(), CONFISCATION)) {
      confiscation(faults, certificate.confiscationCertificate(), regulation);
    }
    return faults.list();
  }

  private static void freezing(
      Faults faults, FreezingCertificate certificate, boolean urgent, boolean regulation) {
    String at = FREEZING + ".";
    SharedSectionRules.authorities(faults, certificate.sectionA(), at + "sectionA");
    urgency(faults, certificate.sectionB(), urgent, at + "sectionB");
    SharedSectionRules.affectedPersons(faults, certificate.sectionC(), at + "sectionC");
    SharedSectionRules.property(faults, certificate.sectionD(), at + "sectionD", false);
    SharedSectionRules.grounds(faults, certificate.sectionE(), at + "sectionE");
    SharedSectionRules.multiState(faults, certificate.sectionG(), at + "sectionG", false);
    if (regulation) {
      confiscationLink(faults, certificate.sectionI(), at + "sectionI");
    }
    restitution(faults, certificate.sectionK(), at + "sectionK");
    remedies(faults, certificate.sectionL(), at + "sectionL");
    SharedSectionRules.issuingAuthority(faults, certificate.sectionM(), at + "sectionM");
    if (certificate.sectionM() != null) {
      IssuingAuthorityType type = certificate.sectionM().authorityType();
      faults.require(
          type != null,
          at + "sectionM.authorityType",
          "is required: a judge, court or prosecutor, or another designated authority");
      if (type == IssuingAuthorityType.OTHER_DESIGNATED_AUTHORITY) {
        validation(faults, certificate.sectionN(), at + "sectionN");
      }
    }
  }

  private static void urgency(Faults faults, Urgency section, boolean urgent, String at) {
    if (urgent
        && faults.present(section, at)
        && section.imminentRemovalOrDestruction() == null
        && section.investigativeOrProceduralNeeds() == null) {
      faults.add(
          at,
          "an urgent request states its grounds: imminent removal or destruction, or"
              + " investigative or procedural needs (Art 9(3))");
    }
    if (section != null && Boolean.TRUE.equals(section.coordinationNeeded())) {
      faults.text(section.coordinationGrounds(), at + ".coordinationGrounds");
    }
  }

  /** Art 4(6): with the confiscation certificate, or frozen pending it with an estimated date. */
  private static void confiscationLink(Faults faults, ConfiscationLink section, String at) {
    if (!faults.present(section, at)) {
      return;
    }
    boolean accompanied = section.accompanyingConfiscationCertificate() != null;
    boolean pending = Boolean.TRUE.equals(section.remainFrozenPendingConfiscation());
    faults.require(
        accompanied || pending,
        at,
        "must either name the accompanying confiscation certificate or instruct that the property"
            + " remain frozen pending it (Art 4(6))");
    faults.require(
        !pending || section.estimatedConfiscationCertificateDate() != null,
        at + ".estimatedConfiscationCertificateDate",
        "is required when the property remains frozen pending the confiscation order (Art 4(6)(b))");
  }

  private static void restitution(Faults faults, FrozenRestitution section, String at) {
    if (section != null && Boolean.TRUE.equals(section.decisionIssued())) {
      faults.text(section.authority(), at + ".authority");
      faults.present(section.decisionDate(), at + ".decisionDate");
    }
  }

  private static void remedies(Faults faults, LegalRemedies section, String at) {
    if (faults.present(section, at)) {
      faults.present(section.informationFrom(), at + ".informationFrom");
      if (section.informationFrom() == RemedyInformationSource.OTHER) {
        faults.text(section.other(), at + ".other");
      }
    }
  }

  /** Section N: Art 2(8)(a)(ii), validated by a judge, court or public prosecutor. */
  private static void validation(Faults faults, ValidatingAuthority section, String at) {
    if (!faults.present(section, at)) {
      return;
    }
    faults.present(section.authorityType(), at + ".authorityType");
    if (faults.present(section.authority(), at + ".authority")) {
      faults.text(section.authority().name(), at + ".authority.name");
    }
    faults.present(section.validatedOn(), at + ".validatedOn");
  }

  private static void confiscation(
      Faults faults, ConfiscationCertificate certificate, boolean regulation) {
    String at = CONFISCATION + ".";
    SharedSectionRules.authorities(faults, certificate.sectionA(), at + "sectionA");
    order(faults, certificate.sectionB(), at + "sectionB");
    SharedSectionRules.affectedPersons(faults, certificate.sectionC(), at + "sectionC");
    SharedSectionRules.property(faults, certificate.sectionD(), at + "sectionD", true);
    SharedSectionRules.grounds(faults, certificate.sectionF(), at + "sectionF");
    SharedSectionRules.multiState(faults, certificate.sectionG(), at + "sectionG", true);
    trial(faults, certificate.sectionH(), at + "sectionH");
    SharedSectionRules.issuingAuthority(faults, certificate.sectionK(), at + "sectionK");
    if (regulation) {
      payment(faults, certificate.sectionM(), at + "sectionM");
    }
  }

  private static void order(Faults faults, ConfiscationOrder section, String at) {
    if (!faults.present(section, at)) {
      return;
    }
    faults.text(section.court(), at + ".court");
    faults.present(section.issuedOn(), at + ".issuedOn");
    faults.present(section.finalOn(), at + ".finalOn");
    faults.require(
        section.issuedOn() == null
            || section.finalOn() == null
            || !section.finalOn().isBefore(section.issuedOn()),
        at + ".finalOn",
        "must not be before the order was issued");
  }

  /** Section H (Art 19(1)(g)): absence from the trial needs one of the safeguards of point 4. */
  private static void trial(Faults faults, Trial section, String at) {
    if (!faults.present(section, at) || !faults.present(section.appearance(), at + ".appearance")) {
      return;
    }
    if (section.appearance() != TrialAppearance.DID_NOT_APPEAR) {
      return;
    }
    if (!faults.present(section.absenceSafeguard(), at + ".absenceSafeguard")) {
      return;
    }
    switch (section.absenceSafeguard()) {
      case SUMMONED_IN_PERSON -> faults.present(section.summonedOn(), at + ".summonedOn");
      case SERVED_AND_DID_NOT_CONTEST, SERVED_AND_NO_RETRIAL_REQUESTED -> {
        faults.present(section.servedOn(), at + ".servedOn");
        faults.text(section.howConditionWasMet(), at + ".howConditionWasMet");
      }
      default -> faults.text(section.howConditionWasMet(), at + ".howConditionWasMet");
    }
  }

  private static void payment(Faults faults, Payment section, String at) {
    if (faults.present(section, at)) {
      faults.identifier(IdentifierType.IBAN, section.iban(), at + ".iban");
      faults.identifier(IdentifierType.BIC, section.bic(), at + ".bic");
      faults.text(section.accountHolder(), at + ".accountHolder");
    }
  }

  private static List<String> sorted(Set<String> languages) {
    return languages.stream().sorted().toList();
  }
}
