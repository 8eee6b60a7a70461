package org.sequestra.freezing.document;

import static org.sequestra.freezing.document.SectionBuilder.section;

import java.util.List;
import org.sequestra.freezing.certificate.ConfiscationParts.FrozenRestitution;
import org.sequestra.freezing.certificate.FreezingCertificate;
import org.sequestra.freezing.certificate.OrderParts.Confidentiality;
import org.sequestra.freezing.certificate.OrderParts.ConfiscationLink;
import org.sequestra.freezing.certificate.OrderParts.LegalRemedies;
import org.sequestra.freezing.certificate.OrderParts.RelatedOrder;
import org.sequestra.freezing.certificate.OrderParts.RelatedOrders;
import org.sequestra.freezing.certificate.OrderParts.Urgency;
import org.sequestra.freezing.certificate.Parties.IssuingAuthority;
import org.sequestra.freezing.certificate.Parties.IssuingAuthorityType;
import org.sequestra.freezing.certificate.Parties.ValidatingAuthority;
import org.sequestra.freezing.document.CertificateDocument.Section;

/** The freezing certificate as Annex I lays it out: sections A to P, headings as in the Annex. */
final class AnnexOneLayout {

  static final String TITLE = "ANNEX I — FREEZING CERTIFICATE";
  private static final String ORDER = "freezing order";

  private AnnexOneLayout() {}

  static List<Section> sections(FreezingCertificate c, RequestFacts request) {
    boolean validated =
        c.sectionM() != null
            && c.sectionM().authorityType() == IssuingAuthorityType.OTHER_DESIGNATED_AUTHORITY;
    return List.of(
        SharedSections.authorities(
            c.sectionA(), request.issuingState(), request.executingState(), true),
        urgency(c.sectionB(), request.urgent()),
        SharedSections.affectedPersons(c.sectionC(), ORDER),
        PropertySection.annexOne(c.sectionD(), request.registry()),
        SharedSections.grounds("E", c.sectionE(), ORDER),
        confidentiality(c.sectionF()),
        SharedSections.multiState(c.sectionG(), "freezing"),
        relatedOrders(c.sectionH()),
        confiscation(c.sectionI(), request.regulation()),
        SharedSections.alternativeMeasures("J", "Alternative measures", c.sectionJ()),
        restitution(c.sectionK()),
        remedies(c.sectionL()),
        issuingAuthority(c.sectionM()),
        validatingAuthority(c.sectionN(), validated),
        SharedSections.centralAuthority("O", c.sectionO()),
        SharedSections.attachments("P", c.sectionP()));
  }

  private static Section urgency(Urgency section, boolean urgent) {
    SectionBuilder b = section("B", "Urgency and/or requested date for execution").required(urgent);
    if (section != null) {
      b.text(
              "1. There are legitimate grounds to believe that the property in question will"
                  + " imminently be removed or destroyed, namely",
              section.imminentRemovalOrDestruction())
          .text(
              "Investigative or procedural needs in the issuing State, namely",
              section.investigativeOrProceduralNeeds())
          .date("2. A specific date is requested for execution, namely", section.executionDate())
          .ticked(
              "Coordination needed between the Member States involved",
              section.coordinationNeeded())
          .text("Grounds for this request", section.coordinationGrounds());
    }
    return b.build();
  }

  private static Section confidentiality(Confidentiality section) {
    SectionBuilder b =
        section("F", "Confidentiality of the order and/or request for specific formalities");
    if (section != null) {
      b.ticked(
              "Need to maintain the information in the order confidential after execution",
              section.confidentialAfterExecution())
          .text("Confidentiality after execution", section.confidentialityDetails())
          .text(
              "Need for specific formalities at the time of execution",
              section.specificFormalities());
    }
    return b.build();
  }

  private static Section relatedOrders(RelatedOrders section) {
    SectionBuilder b =
        section("H", "Relation to an earlier freezing order and/or other order(s) or request(s)");
    if (section != null) {
      List<RelatedOrder> orders = section.orders();
      for (int i = 0; i < orders.size(); i++) {
        if (orders.get(i) != null) {
          b.subheading("Earlier order or request " + (i + 1));
          relatedOrder(b, orders.get(i));
        }
      }
    }
    return b.build();
  }

  /** The fields identifying an earlier order (Annex I H, Annex II E). */
  static void relatedOrder(SectionBuilder b, RelatedOrder order) {
    b.choice("Type of the order/request", order.type(), Labels::relatedOrder)
        .date("Date of issue", order.issuedOn())
        .date("Date of transmission", order.transmittedOn())
        .text("Authority to which the order/request was transmitted", order.transmittedTo())
        .text("Reference number given by the issuing authority", order.issuingReference())
        .text(
            "Reference number(s) given by the executing authority(ies)",
            order.executingReferences());
  }

  private static Section confiscation(ConfiscationLink section, boolean regulation) {
    SectionBuilder b = section("I", "Confiscation").required(regulation);
    if (section != null) {
      b.text(
              "This freezing certificate is accompanied by a confiscation certificate issued in"
                  + " the issuing State (reference number of the confiscation certificate)",
              section.accompanyingConfiscationCertificate())
          .ticked(
              "The property shall remain frozen in the executing State pending the transmission"
                  + " and execution of the confiscation order",
              section.remainFrozenPendingConfiscation())
          .date(
              "Estimated date for submission of the confiscation certificate",
              section.estimatedConfiscationCertificateDate());
    }
    return b.build();
  }

  private static Section restitution(FrozenRestitution section) {
    SectionBuilder b = section("K", "RESTITUTION OF FROZEN PROPERTY");
    if (section != null) {
      b.yesNo(
              "1. A decision to restitute frozen property to the victim has been issued",
              section.decisionIssued())
          .text("Authority that issued the decision (official name)", section.authority())
          .date("Date of the decision", section.decisionDate())
          .text("Reference number of the decision", section.decisionReference())
          .text("Description of the property to be restituted", section.propertyDescription())
          .text("Name of the victim", section.victimName())
          .text("Address of the victim", section.victimAddress())
          .text("The victim's title to the property is contested", section.titleContested())
          .text(
              "Rights of affected persons could be prejudiced as a result of the restitution",
              section.rightsPrejudiced());
      if (section.demandPending() != null) {
        b.text(
            "2. A demand for restitution of frozen property to the victim is pending in the"
                + " issuing State",
            section.demandPending()
                ? "Yes, the outcome will be communicated to the executing authority"
                : "No");
      }
    }
    return b.build();
  }

  private static Section remedies(LegalRemedies section) {
    SectionBuilder b = section("L", "Legal remedies").required();
    if (section != null) {
      b.choice(
              "Authority in the issuing State which can supply further information on procedures"
                  + " for seeking legal remedies",
              section.informationFrom(),
              Labels::remedies)
          .text("Other", section.other());
    }
    return b.build();
  }

  private static Section issuingAuthority(IssuingAuthority section) {
    SectionBuilder b = section("M", "Details of the issuing authority").required().signed();
    issuingAuthorityDetails(b, section, true);
    return b.build();
  }

  /** Annex I M and Annex II K; only Annex I asks for the type of the authority. */
  static void issuingAuthorityDetails(
      SectionBuilder b, IssuingAuthority section, boolean withType) {
    if (section == null) {
      return;
    }
    if (withType) {
      b.choice(
          "Type of the issuing authority", section.authorityType(), Labels::issuingAuthorityType);
    }
    SharedSections.authorityDetails(b, "Name of the authority", section.authority());
    b.text(
        "Contact for additional information or to make practical arrangements for the execution"
            + " of the order",
        section.practicalContact());
  }

  private static Section validatingAuthority(ValidatingAuthority section, boolean required) {
    SectionBuilder b =
        section("N", "Details of the authority which validated the freezing order")
            .required(required);
    if (section != null) {
      b.signed()
          .choice(
              "Type of authority which has validated the freezing order",
              section.authorityType(),
              Labels::validatingAuthorityType);
      SharedSections.authorityDetails(b, "Name of the validating authority", section.authority());
      b.choice(
              "Main contact point for the executing authority",
              section.mainContact(),
              Labels::mainContact)
          .text("Validated by", section.validatedBy())
          .date("Date of validation", section.validatedOn());
    }
    return b.build();
  }
}
