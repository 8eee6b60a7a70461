package org.sequestra.freezing.document;

import org.sequestra.freezing.certificate.ConfiscationParts.AbsenceSafeguard;
import org.sequestra.freezing.certificate.ConfiscationParts.TrialAppearance;
import org.sequestra.freezing.certificate.OrderParts.MultiStateReason;
import org.sequestra.freezing.certificate.OrderParts.OffenceCategory;
import org.sequestra.freezing.certificate.OrderParts.RelatedOrderType;
import org.sequestra.freezing.certificate.OrderParts.RemedyInformationSource;
import org.sequestra.freezing.certificate.Parties.AffectedPersonRole;
import org.sequestra.freezing.certificate.Parties.IssuingAuthorityType;
import org.sequestra.freezing.certificate.Parties.MainContact;
import org.sequestra.freezing.certificate.Parties.ValidatingAuthorityType;
import org.sequestra.freezing.certificate.PropertyParts.PropertyNature;
import org.sequestra.freezing.certificate.PropertyParts.PropertyScope;
import org.sequestra.freezing.certificate.PropertyParts.TransmissionGround;

/**
 * The boxes of the Annexes in their own words (Regulation (EU) 2018/1805, Annex I and II), so the
 * document says what the form says rather than our enum names.
 */
final class Labels {

  private Labels() {}

  /** The offence as the Annex lists it, with its number in that list (Annex I E.3, II F.3). */
  static String offence(OffenceCategory category) {
    return (category.ordinal() + 1) + ". " + offenceText(category);
  }

  private static String offenceText(OffenceCategory category) {
    return switch (category) {
      case PARTICIPATION_IN_CRIMINAL_ORGANISATION -> "participation in a criminal organisation";
      case TERRORISM -> "terrorism";
      case TRAFFICKING_IN_HUMAN_BEINGS -> "trafficking in human beings";
      case SEXUAL_EXPLOITATION_OF_CHILDREN ->
          "sexual exploitation of children and child pornography";
      case DRUG_TRAFFICKING -> "illicit trafficking in narcotic drugs and psychotropic substances";
      case WEAPONS_TRAFFICKING -> "illicit trafficking in weapons, munitions and explosives";
      case CORRUPTION -> "corruption";
      case FRAUD ->
          "fraud, including fraud and other criminal offences affecting the Union's financial"
              + " interests as defined in Directive (EU) 2017/1371";
      case MONEY_LAUNDERING -> "laundering of the proceeds of crime";
      case COUNTERFEITING_CURRENCY -> "counterfeiting currency, including the euro";
      case COMPUTER_RELATED_CRIME -> "computer-related crime";
      case ENVIRONMENTAL_CRIME ->
          "environmental crime, including illicit trafficking in endangered animal species and in"
              + " endangered plant species and varieties";
      case FACILITATION_OF_UNAUTHORISED_ENTRY -> "facilitation of unauthorised entry and residence";
      case MURDER_OR_GRIEVOUS_BODILY_INJURY -> "murder or grievous bodily injury";
      case TRADE_IN_HUMAN_ORGANS -> "illicit trade in human organs and tissue";
      case KIDNAPPING_OR_HOSTAGE_TAKING -> "kidnapping, illegal restraint or hostage-taking";
      case RACISM_AND_XENOPHOBIA -> "racism and xenophobia";
      case ORGANISED_OR_ARMED_ROBBERY -> "organised or armed robbery";
      case TRAFFICKING_IN_CULTURAL_GOODS ->
          "illicit trafficking in cultural goods, including antiques and works of art";
      case SWINDLING -> "swindling";
      case RACKETEERING_AND_EXTORTION -> "racketeering and extortion";
      case COUNTERFEITING_AND_PIRACY_OF_PRODUCTS -> "counterfeiting and piracy of products";
      case FORGERY_OF_ADMINISTRATIVE_DOCUMENTS ->
          "forgery of administrative documents and trafficking therein";
      case FORGERY_OF_MEANS_OF_PAYMENT -> "forgery of means of payment";
      case TRAFFICKING_IN_HORMONAL_SUBSTANCES ->
          "illicit trafficking in hormonal substances and other growth promoters";
      case TRAFFICKING_IN_NUCLEAR_MATERIALS ->
          "illicit trafficking in nuclear or radioactive materials";
      case TRAFFICKING_IN_STOLEN_VEHICLES -> "trafficking in stolen vehicles";
      case RAPE -> "rape";
      case ARSON -> "arson";
      case ICC_CRIMES -> "crimes within the jurisdiction of the International Criminal Court";
      case UNLAWFUL_SEIZURE_OF_AIRCRAFT_OR_SHIPS -> "unlawful seizure of aircraft or ships";
      case SABOTAGE -> "sabotage";
    };
  }

  static String role(AffectedPersonRole role, String order) {
    return switch (role) {
      case TARGET -> "person against whom the " + order + " is directed";
      case OWNER -> "person that owns the property that is covered by the " + order;
      case THIRD_PARTY -> "third party whose rights in relation to the property are prejudiced";
    };
  }

  static String scope(PropertyScope scope) {
    return switch (scope) {
      case MONEY_AMOUNT -> "an amount of money";
      case SPECIFIC_ITEMS ->
          "specific item(s) of property (corporeal or incorporeal, movable or immovable)";
      case EQUIVALENT_VALUE ->
          "property of equivalent value (in the context of value-based confiscation)";
    };
  }

  static String nature(PropertyNature nature) {
    return switch (nature) {
      case PROCEEDS ->
          "is the proceeds of a criminal offence, or its equivalent, whether the full amount of the"
              + " value or only part of the value of such proceeds";
      case INSTRUMENTALITIES ->
          "constitutes the instrumentalities of a criminal offence, or the value of such"
              + " instrumentalities";
      case DIRECTIVE_2014_42_POWERS ->
          "is subject to confiscation through the application in the issuing State of any of the"
              + " powers of confiscation provided for in Directive 2014/42/EU (including extended"
              + " confiscation)";
      case OTHER_CONFISCATION_POWERS ->
          "is subject to confiscation under any other provisions relating to powers of"
              + " confiscation, including confiscation without a final conviction, under the law"
              + " of the issuing State following proceedings in relation to a criminal offence";
    };
  }

  static String transmissionGround(TransmissionGround ground) {
    return switch (ground) {
      case LOCATED_IN_EXECUTING_STATE ->
          "the specific item(s) of property is/are located in the executing State";
      case REGISTERED_IN_EXECUTING_STATE ->
          "the specific item(s) of property is/are registered in the executing State";
      case BELIEVED_IN_EXECUTING_STATE ->
          "the issuing authority has reasonable grounds to believe that all or part of the"
              + " specific item(s) of property covered by the order is/are located in the"
              + " executing State";
    };
  }

  static String multiStateReason(MultiStateReason reason, String measure) {
    return switch (reason) {
      case DIFFERENT_ITEMS_IN_DIFFERENT_STATES ->
          "Different items of property covered by the order are believed to be located in"
              + " different executing States";
      case ACTION_IN_SEVERAL_STATES ->
          "The "
              + measure
              + " of a specific item of property requires action in more than one"
              + " executing State";
      case PROPERTY_NOT_FROZEN_UNDER_REGULATION ->
          "The property concerned has not been frozen under Regulation (EU) 2018/1805";
      case VALUE_NOT_SUFFICIENT ->
          "The estimated value of the property which may be "
              + (measure.equals("freezing") ? "frozen" : "confiscated")
              + " in the issuing State and in any one executing State is not likely to be"
              + " sufficient for the "
              + measure
              + " of the full amount covered by the order";
      case OTHER_SPECIFIC_NEED -> "Other specific needs";
    };
  }

  static String relatedOrder(RelatedOrderType type) {
    return switch (type) {
      case FREEZING_ORDER -> "freezing order";
      case CONFISCATION_ORDER -> "confiscation order";
      case EUROPEAN_INVESTIGATION_ORDER -> "European Investigation Order";
      case EUROPEAN_ARREST_WARRANT -> "European arrest warrant";
      case MUTUAL_LEGAL_ASSISTANCE -> "mutual legal assistance";
      case OTHER -> "other order or request";
    };
  }

  static String remedies(RemedyInformationSource source) {
    return switch (source) {
      case ISSUING_AUTHORITY -> "The issuing authority (see Section M)";
      case VALIDATING_AUTHORITY -> "The validating authority (see Section N)";
      case OTHER -> "Other";
    };
  }

  static String issuingAuthorityType(IssuingAuthorityType type) {
    return switch (type) {
      case JUDGE_COURT_OR_PROSECUTOR -> "judge, court, public prosecutor";
      case OTHER_DESIGNATED_AUTHORITY ->
          "another competent authority designated by the issuing State";
    };
  }

  static String validatingAuthorityType(ValidatingAuthorityType type) {
    return switch (type) {
      case JUDGE_OR_COURT -> "judge or court";
      case PUBLIC_PROSECUTOR -> "public prosecutor";
    };
  }

  static String mainContact(MainContact contact) {
    return switch (contact) {
      case ISSUING_AUTHORITY -> "issuing authority";
      case VALIDATING_AUTHORITY -> "validating authority";
    };
  }

  static String appearance(TrialAppearance appearance) {
    return switch (appearance) {
      case APPEARED -> "1. Yes, the person appeared in person at the trial.";
      case DID_NOT_APPEAR -> "2. No, the person did not appear in person at the trial";
      case NO_HEARING ->
          "3. No, in accordance with national procedural rules there were no hearings held.";
    };
  }

  static String absenceSafeguard(AbsenceSafeguard safeguard) {
    return switch (safeguard) {
      case SUMMONED_IN_PERSON ->
          "4.1a. the person was summoned in person and thereby informed of the scheduled date and"
              + " place of the trial that resulted in the confiscation order";
      case INFORMED_BY_OTHER_MEANS ->
          "4.1b. the person was not summoned in person but actually received, by other means,"
              + " official information of the scheduled date and place of the trial";
      case DEFENDED_BY_MANDATED_LAWYER ->
          "4.2. being aware of the scheduled trial, the person had given a mandate to a lawyer"
              + " and was actually defended by that lawyer at the trial";
      case SERVED_AND_DID_NOT_CONTEST ->
          "4.3. the person was served with the confiscation order, was expressly informed about"
              + " the right to a retrial or an appeal, and expressly stated that he or she did not"
              + " contest the confiscation order";
      case SERVED_AND_NO_RETRIAL_REQUESTED ->
          "4.3. the person was served with the confiscation order, was expressly informed about"
              + " the right to a retrial or an appeal, and did not request a retrial or appeal"
              + " within the applicable time limits";
    };
  }
}
