package org.sequestra.freezing.certificate;

import java.util.List;
import org.sequestra.freezing.certificate.OrderParts.Grounds;
import org.sequestra.freezing.certificate.OrderParts.MultiState;
import org.sequestra.freezing.certificate.OrderParts.MultiStateReason;
import org.sequestra.freezing.certificate.Parties.AffectedPerson;
import org.sequestra.freezing.certificate.Parties.AffectedPersons;
import org.sequestra.freezing.certificate.Parties.Authorities;
import org.sequestra.freezing.certificate.Parties.IssuingAuthority;
import org.sequestra.freezing.certificate.PropertyParts.Property;
import org.sequestra.freezing.certificate.PropertyParts.PropertyItem;
import org.sequestra.freezing.certificate.PropertyParts.PropertyScope;
import org.sequestra.freezing.money.Money;

/** Rules of the sections both annexes share (authorities, persons, property, grounds, States). */
final class SharedSectionRules {

  private SharedSectionRules() {}

  static void authorities(Faults faults, Authorities section, String at) {
    if (faults.present(section, at)) {
      faults.text(section.issuingAuthority(), at + ".issuingAuthority");
    }
  }

  static void affectedPersons(Faults faults, AffectedPersons section, String at) {
    if (!faults.present(section, at)) {
      return;
    }
    faults.require(
        !section.persons().isEmpty(), at + ".persons", "must name at least one affected person");
    List<AffectedPerson> persons = section.persons();
    for (int i = 0; i < persons.size(); i++) {
      AffectedPerson person = persons.get(i);
      faults.require(
          (person.naturalPerson() == null) != (person.legalPerson() == null),
          at + ".persons[" + i + "]",
          "must be either a natural or a legal person");
    }
  }

  /** Section D; {@code confiscation} adds Annex II's nature and conversion (D.1, D.5). */
  static void property(Faults faults, Property section, String at, boolean confiscation) {
    if (!faults.present(section, at)) {
      return;
    }
    faults.require(
        !section.scopes().isEmpty(),
        at + ".scopes",
        "must say whether the order concerns an amount of money, specific items or equivalent value");
    boolean money =
        section.scopes().contains(PropertyScope.MONEY_AMOUNT)
            || section.scopes().contains(PropertyScope.EQUIVALENT_VALUE);
    boolean items = section.scopes().contains(PropertyScope.SPECIFIC_ITEMS);
    if (money) {
      amounts(faults, section, at);
    }
    if (items) {
      faults.require(
          !section.items().isEmpty(), at + ".items", "must list the specific items of property");
      List<PropertyItem> list = section.items();
      for (int i = 0; i < list.size(); i++) {
        faults.text(list.get(i).location(), at + ".items[" + i + "].location");
        faults.require(
            list.get(i).transmissionGround() != null,
            at + ".items[" + i + "].transmissionGround",
            "is required: why the item is believed to be in the executing State");
      }
    }
    if (confiscation) {
      faults.require(
          !section.nature().isEmpty(),
          at + ".nature",
          "must say what the court decided the property is (Annex II D.1)");
      faults.require(
          !items || section.conversionToMoneyAllowed() != null,
          at + ".conversionToMoneyAllowed",
          "is required for specific items (Annex II D.5)");
    } else {
      faults.require(section.nature().isEmpty(), at + ".nature", "belongs to Annex II only");
      faults.require(
          section.conversionToMoneyAllowed() == null,
          at + ".conversionToMoneyAllowed",
          "belongs to Annex II only");
    }
  }

  private static void amounts(Faults faults, Property section, String at) {
    Money forState = section.amountForExecutingState();
    Money total = section.totalAmount();
    faults.present(forState, at + ".amountForExecutingState");
    faults.present(total, at + ".totalAmount");
    if (forState == null || total == null) {
      return;
    }
    faults.require(
        forState.amount().signum() > 0, at + ".amountForExecutingState", "must be positive");
    if (!forState.currency().equals(total.currency())) {
      faults.add(at + ".totalAmount.currency", "must be the currency of the amount for the State");
    } else {
      faults.require(
          forState.amount().compareTo(total.amount()) <= 0,
          at + ".amountForExecutingState",
          "must not exceed the total amount covered by the order");
    }
  }

  static void grounds(Faults faults, Grounds section, String at) {
    if (!faults.present(section, at)) {
      return;
    }
    faults.text(section.summaryOfFacts(), at + ".summaryOfFacts");
    faults.text(section.legalClassification(), at + ".legalClassification");
    if (section.listedOffence() == null) {
      faults.add(
          at + ".listedOffence",
          "is required: whether the offence is listed in Art 3(1) with at least three years");
    } else if (section.listedOffence()) {
      faults.require(
          !section.offenceCategories().isEmpty(),
          at + ".offenceCategories",
          "must tick at least one offence of Art 3(1) when the offence is a listed one");
    } else {
      faults.require(
          section.offenceCategories().isEmpty(),
          at + ".offenceCategories",
          "must be empty when the offence is not a listed one (Art 3(2))");
    }
  }

  /** Section G (Art 5, Art 15): another executing State needs a stated reason. */
  static void multiState(Faults faults, MultiState section, String at, boolean confiscation) {
    if (section == null) {
      return;
    }
    boolean others = !section.otherExecutingStates().isEmpty();
    faults.require(
        !others || !section.reasons().isEmpty(),
        at + ".reasons",
        "must state why the certificate goes to more than one executing State ("
            + (confiscation ? "Art 15" : "Art 5")
            + ")");
    faults.require(
        others || section.reasons().isEmpty(),
        at + ".otherExecutingStates",
        "must name the other executing States the reasons refer to");
    if (section.reasons().contains(MultiStateReason.OTHER_SPECIFIC_NEED)) {
      faults.text(section.otherNeed(), at + ".otherNeed");
    }
    faults.require(
        confiscation
            || !section.reasons().contains(MultiStateReason.PROPERTY_NOT_FROZEN_UNDER_REGULATION),
        at + ".reasons",
        "PROPERTY_NOT_FROZEN_UNDER_REGULATION is a reason for confiscation certificates only");
  }

  static void issuingAuthority(Faults faults, IssuingAuthority section, String at) {
    if (faults.present(section, at) && faults.present(section.authority(), at + ".authority")) {
      faults.text(section.authority().name(), at + ".authority.name");
    }
  }
}
