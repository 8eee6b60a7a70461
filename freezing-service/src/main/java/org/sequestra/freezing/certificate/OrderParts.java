package org.sequestra.freezing.certificate;

import java.time.LocalDate;
import java.util.List;
import org.sequestra.freezing.money.Money;

/** The sections about the order itself: urgency, grounds, other States, related orders. */
public final class OrderParts {

  private OrderParts() {}

  /** Annex I section B. */
  public record Urgency(
      String imminentRemovalOrDestruction,
      String investigativeOrProceduralNeeds,
      LocalDate executionDate,
      Boolean coordinationNeeded,
      String coordinationGrounds) {}

  /** The 32 offences of Art 3(1), in its order. */
  public enum OffenceCategory {
    PARTICIPATION_IN_CRIMINAL_ORGANISATION,
    TERRORISM,
    TRAFFICKING_IN_HUMAN_BEINGS,
    SEXUAL_EXPLOITATION_OF_CHILDREN,
    DRUG_TRAFFICKING,
    WEAPONS_TRAFFICKING,
    CORRUPTION,
    FRAUD,
    MONEY_LAUNDERING,
    COUNTERFEITING_CURRENCY,
    COMPUTER_RELATED_CRIME,
    ENVIRONMENTAL_CRIME,
    FACILITATION_OF_UNAUTHORISED_ENTRY,
    MURDER_OR_GRIEVOUS_BODILY_INJURY,
    TRADE_IN_HUMAN_ORGANS,
    KIDNAPPING_OR_HOSTAGE_TAKING,
    RACISM_AND_XENOPHOBIA,
    ORGANISED_OR_ARMED_ROBBERY,
    TRAFFICKING_IN_CULTURAL_GOODS,
    SWINDLING,
    RACKETEERING_AND_EXTORTION,
    COUNTERFEITING_AND_PIRACY_OF_PRODUCTS,
    FORGERY_OF_ADMINISTRATIVE_DOCUMENTS,
    FORGERY_OF_MEANS_OF_PAYMENT,
    TRAFFICKING_IN_HORMONAL_SUBSTANCES,
    TRAFFICKING_IN_NUCLEAR_MATERIALS,
    TRAFFICKING_IN_STOLEN_VEHICLES,
    RAPE,
    ARSON,
    ICC_CRIMES,
    UNLAWFUL_SEIZURE_OF_AIRCRAFT_OR_SHIPS,
    SABOTAGE
  }

  /**
   * Annex I section E / Annex II section F. {@code listedOffence}: punishable by at least three
   * years and in the Art 3(1) list, so the executing State does not check double criminality.
   */
  public record Grounds(
      String summaryOfFacts,
      String stageOfInvestigation,
      String groundsForOrder,
      String legalClassification,
      Boolean listedOffence,
      List<OffenceCategory> offenceCategories,
      String otherInformation) {
    public Grounds {
      offenceCategories = offenceCategories == null ? List.of() : List.copyOf(offenceCategories);
    }
  }

  /** Annex I section F. */
  public record Confidentiality(
      Boolean confidentialAfterExecution,
      String confidentialityDetails,
      String specificFormalities) {}

  /** Art 5(2)-(3) / Art 15(2)-(3). */
  public enum MultiStateReason {
    DIFFERENT_ITEMS_IN_DIFFERENT_STATES,
    ACTION_IN_SEVERAL_STATES,
    PROPERTY_NOT_FROZEN_UNDER_REGULATION,
    VALUE_NOT_SUFFICIENT,
    OTHER_SPECIFIC_NEED
  }

  public record OtherExecutingState(String country, String authority, Money estimatedValue) {}

  /** Section G: the certificate also went to other executing States, and why. */
  public record MultiState(
      List<OtherExecutingState> otherExecutingStates,
      List<MultiStateReason> reasons,
      String otherNeed,
      String actionDescription) {
    public MultiState {
      otherExecutingStates =
          otherExecutingStates == null ? List.of() : List.copyOf(otherExecutingStates);
      reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
  }

  public enum RelatedOrderType {
    FREEZING_ORDER,
    CONFISCATION_ORDER,
    EUROPEAN_INVESTIGATION_ORDER,
    EUROPEAN_ARREST_WARRANT,
    MUTUAL_LEGAL_ASSISTANCE,
    OTHER
  }

  public record RelatedOrder(
      RelatedOrderType type,
      LocalDate issuedOn,
      LocalDate transmittedOn,
      String transmittedTo,
      String issuingReference,
      String executingReferences) {}

  /** Annex I section H. */
  public record RelatedOrders(List<RelatedOrder> orders) {
    public RelatedOrders {
      orders = orders == null ? List.of() : List.copyOf(orders);
    }
  }

  /** Annex I section I (Art 4(6)). */
  public record ConfiscationLink(
      String accompanyingConfiscationCertificate,
      Boolean remainFrozenPendingConfiscation,
      LocalDate estimatedConfiscationCertificateDate) {}

  /** Annex II section E. */
  public record FreezingLink(
      String accompanyingFreezingCertificate,
      Boolean frozenUnderEarlierOrder,
      RelatedOrder earlierOrder) {}

  /** Annex I section J / Annex II section I. */
  public record AlternativeMeasures(Boolean allowed, String measures) {}

  public enum RemedyInformationSource {
    ISSUING_AUTHORITY,
    VALIDATING_AUTHORITY,
    OTHER
  }

  /** Annex I section L. */
  public record LegalRemedies(RemedyInformationSource informationFrom, String other) {}

  public record Attachment(String title, String mediaType, String reference) {}

  /** Annex I section P / Annex II section N: metadata of the documents attached. */
  public record Attachments(List<Attachment> attachments) {
    public Attachments {
      attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
  }
}
