package org.sequestra.freezing.document;

import static org.sequestra.freezing.document.SectionBuilder.section;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sequestra.freezing.certificate.OrderParts.AlternativeMeasures;
import org.sequestra.freezing.certificate.OrderParts.Attachment;
import org.sequestra.freezing.certificate.OrderParts.Attachments;
import org.sequestra.freezing.certificate.OrderParts.Grounds;
import org.sequestra.freezing.certificate.OrderParts.MultiState;
import org.sequestra.freezing.certificate.OrderParts.OtherExecutingState;
import org.sequestra.freezing.certificate.Parties.AffectedPerson;
import org.sequestra.freezing.certificate.Parties.AffectedPersons;
import org.sequestra.freezing.certificate.Parties.Authorities;
import org.sequestra.freezing.certificate.Parties.AuthorityDetails;
import org.sequestra.freezing.certificate.Parties.LegalPerson;
import org.sequestra.freezing.certificate.Parties.NaturalPerson;
import org.sequestra.freezing.document.CertificateDocument.Section;

/**
 * The sections both Annexes share, labelled as the Annexes label them. {@code order} is the Annex's
 * own word for the order ("freezing order" or "confiscation order").
 */
final class SharedSections {

  private SharedSections() {}

  /** Section A: the States come from the two agencies, the authorities from the certificate. */
  static Section authorities(
      Authorities section, String issuingState, String executingState, boolean withValidating) {
    SectionBuilder b = section("A", "").required().text("Issuing State", issuingState);
    if (section != null) {
      b.text("Issuing authority", section.issuingAuthority());
      if (withValidating) {
        b.text("Validating authority (if applicable)", section.validatingAuthority());
      }
    }
    b.text("Executing State", executingState);
    if (section != null) {
      b.text("Executing authority (if known)", section.executingAuthority());
    }
    return b.build();
  }

  static Section affectedPersons(AffectedPersons section, String order) {
    SectionBuilder b = section("C", "Affected person(s)").required();
    if (section == null) {
      return b.build();
    }
    List<AffectedPerson> persons = section.persons();
    for (int i = 0; i < persons.size(); i++) {
      AffectedPerson person = persons.get(i);
      if (person == null) {
        continue;
      }
      if (person.naturalPerson() != null) {
        b.subheading("Person " + (i + 1) + ": natural person");
        natural(b, person.naturalPerson());
      } else if (person.legalPerson() != null) {
        b.subheading("Person " + (i + 1) + ": legal person");
        legal(b, person.legalPerson());
      } else {
        b.subheading("Person " + (i + 1));
      }
      b.choice(
          "Position of the affected person in the proceedings",
          person.role(),
          role -> Labels.role(role, order));
      b.text(
          "Rights in relation to the property that are directly prejudiced by the order",
          person.prejudicedRights());
    }
    b.subheading("Execution")
        .text(
            "2. Location where the " + order + " is to be executed (if different from the address)",
            section.executionLocation())
        .text(
            "4. Other information that will assist with the execution of the " + order,
            section.otherInformation());
    return b.build();
  }

  private static void natural(SectionBuilder b, NaturalPerson person) {
    b.text("Name", person.surname())
        .text("First name(s)", person.givenNames())
        .text("Other relevant name(s)", person.otherNames())
        .text("Aliases", person.aliases())
        .text("Sex", person.sex())
        .text("Nationality", person.nationality())
        .text("Identity number or social security number", person.identityNumber())
        .text("Type and number of the identity document(s)", person.identityDocument())
        .date("Date of birth", person.dateOfBirth())
        .text("Place of birth", person.placeOfBirth())
        .text("Residence and/or known address", person.address())
        .text(
            "Language(s) which the affected person understands",
            String.join(", ", person.languages()));
  }

  private static void legal(SectionBuilder b, LegalPerson person) {
    b.text("Name", person.name())
        .text("Legal form", person.legalForm())
        .text("Shortened name, commonly used name or trading name", person.tradingName())
        .text("Registered seat", person.registeredSeat())
        .text("Registration number", person.registrationNumber())
        .text("Address", person.address())
        .text("Name of the representative", person.representative());
  }

  /**
   * Section E of Annex I / F of Annex II. Annex I asks for the facts, the stage and the grounds
   * apart; Annex II in one point.
   */
  static Section grounds(String letter, Grounds section, String order) {
    SectionBuilder b = section(letter, "Grounds for issuing the " + order).required();
    if (section == null) {
      return b.build();
    }
    b.text(
            "1. Summary of the facts, including a description of the criminal offence(s)",
            section.summaryOfFacts())
        .text("Stage of the investigation", section.stageOfInvestigation())
        .text(
            "Grounds for " + (order.startsWith("freezing") ? "freezing" : "confiscation"),
            section.groundsForOrder())
        .text(
            "2. Nature and legal classification of the criminal offence(s) and the applicable"
                + " legal provision(s)",
            section.legalClassification())
        .yesNo(
            "3. Punishable in the issuing State by a custodial sentence of a maximum of at least"
                + " three years and included in the list of criminal offences",
            section.listedOffence())
        .list("Criminal offences of the list", section.offenceCategories(), Labels::offence)
        .text("4. Any other relevant information", section.otherInformation());
    return b.build();
  }

  /** Section G of both Annexes. {@code measure}: "freezing" or "confiscation". */
  static Section multiState(MultiState section, String measure) {
    SectionBuilder b =
        section(
            "G",
            "Where a "
                + measure
                + " certificate has been transmitted to more than one executing State, provide the"
                + " following information");
    if (section == null) {
      return b.build();
    }
    b.list(
            "1. Other executing State(s) (State and authority)",
            section.otherExecutingStates(),
            SharedSections::otherState)
        .list(
            "2. Reasons for transmitting to more than one executing State",
            section.reasons(),
            reason -> Labels.multiStateReason(reason, measure))
        .text("Other specific needs", section.otherNeed())
        .list(
            "3. Value of assets, if known, in each executing State",
            section.otherExecutingStates().stream()
                .filter(state -> state != null && state.estimatedValue() != null)
                .toList(),
            state ->
                Objects.toString(state.country(), "")
                    + ": "
                    + SectionBuilder.money(state.estimatedValue()))
        .text(
            "4. Description of the action to be taken in the executing State",
            section.actionDescription());
    return b.build();
  }

  private static String otherState(OtherExecutingState state) {
    return Stream.of(state.country(), state.authority())
        .filter(Objects::nonNull)
        .collect(Collectors.joining(", "));
  }

  static Section alternativeMeasures(String letter, String heading, AlternativeMeasures section) {
    SectionBuilder b = section(letter, heading);
    if (section != null) {
      b.yesNo(
              "1. The issuing State allows alternative measures where the order cannot be"
                  + " executed, wholly or partially",
              section.allowed())
          .text("2. Measures which may be applied", section.measures());
    }
    return b.build();
  }

  /** The contact details the authority sections (Annex I M, N, O; Annex II K, L) ask for. */
  static void authorityDetails(SectionBuilder b, String nameLabel, AuthorityDetails details) {
    if (details == null) {
      return;
    }
    b.text(nameLabel, details.name())
        .text("Name of the contact person", details.contactPerson())
        .text("Post held (title/grade)", details.post())
        .text("File No", details.fileNumber())
        .text("Address", details.address())
        .text("Tel. No", details.telephone())
        .text("Email", details.email())
        .text(
            "Languages in which it is possible to communicate",
            String.join(", ", details.languages()));
  }

  static Section centralAuthority(String letter, AuthorityDetails details) {
    SectionBuilder b = section(letter, "Central authority");
    authorityDetails(b, "Name of the central authority", details);
    return b.build();
  }

  static Section attachments(String letter, Attachments section) {
    SectionBuilder b = section(letter, "Attachments");
    if (section != null) {
      b.list("Attachments to the certificate", section.attachments(), SharedSections::attachment);
    }
    return b.build();
  }

  private static String attachment(Attachment attachment) {
    StringBuilder text = new StringBuilder(Objects.toString(attachment.title(), ""));
    if (attachment.reference() != null) {
      text.append(" (").append(attachment.reference()).append(')');
    }
    if (attachment.mediaType() != null) {
      text.append(", ").append(attachment.mediaType());
    }
    return text.toString();
  }
}
