package org.sequestra.freezing.document;

import static org.sequestra.freezing.document.SectionBuilder.section;

import java.util.List;
import org.sequestra.freezing.certificate.ConfiscationCertificate;
import org.sequestra.freezing.certificate.ConfiscationParts.ConfiscationOrder;
import org.sequestra.freezing.certificate.ConfiscationParts.Payment;
import org.sequestra.freezing.certificate.ConfiscationParts.Trial;
import org.sequestra.freezing.certificate.ConfiscationParts.VictimDecision;
import org.sequestra.freezing.certificate.OrderParts.FreezingLink;
import org.sequestra.freezing.document.CertificateDocument.Section;

/** The confiscation certificate as Annex II lays it out: sections A to N, headings as in it. */
final class AnnexTwoLayout {

  static final String TITLE = "ANNEX II — CONFISCATION CERTIFICATE";
  private static final String ORDER = "confiscation order";

  private AnnexTwoLayout() {}

  static List<Section> sections(ConfiscationCertificate c, RequestFacts request) {
    return List.of(
        SharedSections.authorities(
            c.sectionA(), request.issuingState(), request.executingState(), false),
        order(c.sectionB()),
        SharedSections.affectedPersons(c.sectionC(), ORDER),
        PropertySection.annexTwo(c.sectionD(), request.registry()),
        freezingOrder(c.sectionE()),
        SharedSections.grounds("F", c.sectionF(), ORDER),
        SharedSections.multiState(c.sectionG(), "confiscation"),
        trial(c.sectionH()),
        SharedSections.alternativeMeasures(
            "I", "Alternative measures, including custodial sanctions", c.sectionI()),
        victims(c.sectionJ()),
        issuingAuthority(c),
        SharedSections.centralAuthority("L", c.sectionL()),
        payment(c.sectionM(), request.regulation()),
        SharedSections.attachments("N", c.sectionN()));
  }

  private static Section order(ConfiscationOrder section) {
    SectionBuilder b = section("B", "Confiscation order").required();
    if (section != null) {
      b.text("1. Court which issued the confiscation order (official name)", section.court())
          .text("2. Reference number of the confiscation order", section.orderReference())
          .date("3. The confiscation order was issued on", section.issuedOn())
          .date("4. The confiscation order became final on", section.finalOn());
    }
    return b.build();
  }

  private static Section freezingOrder(FreezingLink section) {
    SectionBuilder b = section("E", "Freezing order");
    if (section != null) {
      b.text(
              "The confiscation order is accompanied by a freezing order issued in the issuing"
                  + " State (reference number of the freezing certificate)",
              section.accompanyingFreezingCertificate())
          .ticked(
              "The property has been frozen in accordance with an earlier freezing order"
                  + " transmitted to the executing State",
              section.frozenUnderEarlierOrder());
      if (section.earlierOrder() != null) {
        b.subheading("The earlier freezing order");
        AnnexOneLayout.relatedOrder(b, section.earlierOrder());
      }
    }
    return b.build();
  }

  private static Section trial(Trial section) {
    SectionBuilder b = section("H", "Proceedings resulting in the confiscation order").required();
    if (section != null) {
      b.choice(
              "The person against whom the confiscation order was issued appeared in person at"
                  + " the trial",
              section.appearance(),
              Labels::appearance)
          .choice(
              "4. Where the person did not appear",
              section.absenceSafeguard(),
              Labels::absenceSafeguard)
          .date("Summoned in person on", section.summonedOn())
          .date("Served with the confiscation order on", section.servedOn())
          .text(
              "5. Information about how the relevant condition has been met",
              section.howConditionWasMet());
    }
    return b.build();
  }

  private static Section victims(VictimDecision section) {
    SectionBuilder b = section("J", "Decision to restitute property to, or compensate, the victim");
    if (section != null) {
      b.money(
              "1. A decision to compensate the victim with, or restitute to the victim, the"
                  + " following sum of money",
              section.compensationOrRestitutionSum())
          .text(
              "A decision to restitute the following property other than money to the victim",
              section.propertyToRestitute())
          .ticked(
              "Proceedings to restitute property to, or compensate, the victim are pending in the"
                  + " issuing State and the outcome will be communicated to the executing"
                  + " authority",
              section.proceedingsPending())
          .text("2. Authority that issued the decision (official name)", section.authority())
          .date("Date of the decision", section.decisionDate())
          .date("Date on which the decision became final", section.finalOn())
          .text("Reference number of the decision", section.decisionReference())
          .text("Name of the victim", section.victimName())
          .text("Address of the victim", section.victimAddress());
    }
    return b.build();
  }

  private static Section issuingAuthority(ConfiscationCertificate c) {
    SectionBuilder b = section("K", "Details of the issuing authority").required().signed();
    AnnexOneLayout.issuingAuthorityDetails(b, c.sectionK(), false);
    return b.build();
  }

  private static Section payment(Payment section, boolean regulation) {
    SectionBuilder b = section("M", "Payment details of the Issuing State").required(regulation);
    if (section != null) {
      b.text("IBAN", section.iban())
          .text("BIC", section.bic())
          .text("Name of bank account holder", section.accountHolder());
    }
    return b.build();
  }
}
