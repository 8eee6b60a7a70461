package org.sequestra.freezing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.certificate.ConfiscationCertificate;
import org.sequestra.freezing.certificate.ConfiscationParts.AbsenceSafeguard;
import org.sequestra.freezing.certificate.ConfiscationParts.ConfiscationOrder;
import org.sequestra.freezing.certificate.ConfiscationParts.FrozenRestitution;
import org.sequestra.freezing.certificate.ConfiscationParts.Payment;
import org.sequestra.freezing.certificate.ConfiscationParts.Trial;
import org.sequestra.freezing.certificate.ConfiscationParts.TrialAppearance;
import org.sequestra.freezing.certificate.ConfiscationParts.VictimDecision;
import org.sequestra.freezing.certificate.FreezingCertificate;
import org.sequestra.freezing.certificate.OrderParts.AlternativeMeasures;
import org.sequestra.freezing.certificate.OrderParts.Attachment;
import org.sequestra.freezing.certificate.OrderParts.Attachments;
import org.sequestra.freezing.certificate.OrderParts.Confidentiality;
import org.sequestra.freezing.certificate.OrderParts.ConfiscationLink;
import org.sequestra.freezing.certificate.OrderParts.FreezingLink;
import org.sequestra.freezing.certificate.OrderParts.Grounds;
import org.sequestra.freezing.certificate.OrderParts.LegalRemedies;
import org.sequestra.freezing.certificate.OrderParts.MultiState;
import org.sequestra.freezing.certificate.OrderParts.MultiStateReason;
import org.sequestra.freezing.certificate.OrderParts.OffenceCategory;
import org.sequestra.freezing.certificate.OrderParts.OtherExecutingState;
import org.sequestra.freezing.certificate.OrderParts.RelatedOrder;
import org.sequestra.freezing.certificate.OrderParts.RelatedOrderType;
import org.sequestra.freezing.certificate.OrderParts.RelatedOrders;
import org.sequestra.freezing.certificate.OrderParts.RemedyInformationSource;
import org.sequestra.freezing.certificate.OrderParts.Urgency;
import org.sequestra.freezing.certificate.Parties.AffectedPerson;
import org.sequestra.freezing.certificate.Parties.AffectedPersonRole;
import org.sequestra.freezing.certificate.Parties.AffectedPersons;
import org.sequestra.freezing.certificate.Parties.Authorities;
import org.sequestra.freezing.certificate.Parties.AuthorityDetails;
import org.sequestra.freezing.certificate.Parties.IssuingAuthority;
import org.sequestra.freezing.certificate.Parties.IssuingAuthorityType;
import org.sequestra.freezing.certificate.Parties.LegalPerson;
import org.sequestra.freezing.certificate.Parties.MainContact;
import org.sequestra.freezing.certificate.Parties.NaturalPerson;
import org.sequestra.freezing.certificate.Parties.ValidatingAuthority;
import org.sequestra.freezing.certificate.Parties.ValidatingAuthorityType;
import org.sequestra.freezing.certificate.PropertyParts.Property;
import org.sequestra.freezing.certificate.PropertyParts.PropertyIdentifier;
import org.sequestra.freezing.certificate.PropertyParts.PropertyItem;
import org.sequestra.freezing.certificate.PropertyParts.PropertyNature;
import org.sequestra.freezing.certificate.PropertyParts.PropertyScope;
import org.sequestra.freezing.certificate.PropertyParts.TransmissionGround;
import org.sequestra.freezing.money.Money;

/** Certificates with every section of their Annex filled in, for the document tests. */
final class FullCertificates {

  static final String ISSUING_AUTHORITY = "Openbaar Ministerie Rotterdam";
  static final String VILLA_REGISTRY = "MAR-2231";
  static final String ACCOUNT_IBAN = "ES9121000418450200051332";
  static final String YACHT_HIN = "NL-ABC12345D707";
  static final UUID VILLA = UUID.fromString("0b6e3c1a-7d4f-4f8e-8a2b-1c3d5e7f9a0b");
  static final UUID ACCOUNT = UUID.fromString("1c7f4d2b-8e5a-4a9f-9b3c-2d4e6f8a0b1c");
  static final UUID YACHT = UUID.fromString("2d8a5e3c-9f6b-4b0a-8c4d-3e5f7a9b1c2d");

  private FullCertificates() {}

  static Money eur(String amount) {
    return new Money(new BigDecimal(amount), "EUR");
  }

  static AuthorityDetails authority(String name, String file) {
    return new AuthorityDetails(
        name,
        "mr. A. de Vries",
        "officier van justitie",
        file,
        "Wilhelminakade 127, 3072 AP Rotterdam",
        "+31 88 699 1000",
        "ovj.rotterdam@om.example",
        List.of("nl", "en"));
  }

  static AffectedPersons persons(String order) {
    return new AffectedPersons(
        List.of(
            new AffectedPerson(
                AffectedPersonRole.TARGET,
                new NaturalPerson(
                    "Jansen",
                    "Pieter",
                    "P. J. Jansen-Smit",
                    "De Makelaar",
                    "M",
                    "NL",
                    "123456789",
                    "passport NXC4RF7L2",
                    LocalDate.of(1979, 4, 2),
                    "Rotterdam",
                    "Calle Sol 4, Marbella",
                    List.of("nl", "es")),
                null,
                null),
            new AffectedPerson(
                AffectedPersonRole.OWNER,
                null,
                new LegalPerson(
                    "Costa Villas SL",
                    "sociedad limitada",
                    "Costa Villas",
                    "Málaga",
                    "B12345678",
                    "Avenida del Mar 10, Málaga",
                    "Ivan Petrov"),
                null),
            new AffectedPerson(
                AffectedPersonRole.THIRD_PARTY,
                null,
                new LegalPerson("Banco Ejemplo SA", null, null, "Madrid", "A00000001", null, null),
                "mortgage over the villa")),
        "Marbella",
        "the villa is on sale since 1 December; act before the notary's appointment");
  }

  static Property property(boolean confiscation) {
    return new Property(
        confiscation ? List.of(PropertyNature.PROCEEDS, PropertyNature.INSTRUMENTALITIES) : null,
        List.of(PropertyScope.SPECIFIC_ITEMS, PropertyScope.MONEY_AMOUNT),
        eur("1250000.00"),
        eur("2400000.00"),
        "the target's company is registered in Málaga",
        "rental income of Costa Villas SL",
        "Marbella, Costa del Sol",
        ACCOUNT_IBAN,
        List.of(
            new PropertyItem(
                VILLA,
                "villa",
                "Marbella, Calle Sol 4",
                List.of(new PropertyIdentifier("LAND_REGISTRY", VILLA_REGISTRY)),
                eur("850000.00"),
                TransmissionGround.LOCATED_IN_EXECUTING_STATE),
            new PropertyItem(
                ACCOUNT,
                "bank account",
                "Banco Ejemplo, Madrid",
                List.of(new PropertyIdentifier("IBAN", ACCOUNT_IBAN)),
                eur("120500.75"),
                TransmissionGround.REGISTERED_IN_EXECUTING_STATE),
            new PropertyItem(
                YACHT,
                "motor yacht \"Blue Horizon\"",
                "Puerto Banús",
                List.of(new PropertyIdentifier("HIN", YACHT_HIN)),
                eur("430000.00"),
                TransmissionGround.BELIEVED_IN_EXECUTING_STATE)),
        confiscation ? Boolean.TRUE : null);
  }

  static Grounds grounds() {
    return new Grounds(
        "cocaine imports through Rotterdam laundered through real estate on the Costa del Sol",
        "investigation; the main suspect was arrested on 2 November",
        "the property is the proceeds of the offences",
        "Art 420bis Sr (money laundering); Art 10 Opiumwet",
        true,
        List.of(OffenceCategory.DRUG_TRAFFICKING, OffenceCategory.MONEY_LAUNDERING),
        "the villa was bought in cash three weeks after the first shipment");
  }

  static MultiState multiState(MultiStateReason reason) {
    return new MultiState(
        List.of(new OtherExecutingState("PT", "Procuradoria-Geral da República", eur("300000"))),
        List.of(reason, MultiStateReason.OTHER_SPECIFIC_NEED),
        "a second account is held in Lisbon",
        "freeze the account in Lisbon on the same day");
  }

  static RelatedOrder earlierOrder() {
    return new RelatedOrder(
        RelatedOrderType.EUROPEAN_INVESTIGATION_ORDER,
        LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 9, 2),
        "Fiscalía Provincial de Málaga",
        "EIO-NL-2026-55",
        "ES-EIO-8812");
  }

  static Attachments attachments() {
    return new Attachments(
        List.of(
            new Attachment(
                "Freezing order of the examining magistrate", "application/pdf", "RC-2026-991"),
            new Attachment("Land registry extract", "application/pdf", "MAR-2231-X")));
  }

  /** Annex I with every section A to P filled in. */
  static FreezingCertificate freezing() {
    return new FreezingCertificate(
        new Authorities(ISSUING_AUTHORITY, "Rechtbank Rotterdam", "Juzgado de Marbella"),
        new Urgency(
            "the villa is on sale since 1 December",
            "the suspect's arrest is known to his associates",
            LocalDate.of(2026, 12, 7),
            true,
            "simultaneous searches in NL and ES"),
        persons("freezing order"),
        property(false),
        grounds(),
        new Confidentiality(true, "until the searches of 7 December", "notary to be present"),
        multiState(MultiStateReason.DIFFERENT_ITEMS_IN_DIFFERENT_STATES),
        new RelatedOrders(List.of(earlierOrder())),
        new ConfiscationLink(null, true, LocalDate.of(2027, 6, 30)),
        new AlternativeMeasures(true, "seizure of the rental income"),
        new FrozenRestitution(
            true,
            "Rechtbank Rotterdam",
            LocalDate.of(2026, 11, 20),
            "RR-2026-77",
            "the paintings in the villa",
            "Stichting Kunstbezit",
            "Museumpark 18, Rotterdam",
            "contested by Costa Villas SL",
            "the mortgage of Banco Ejemplo SA",
            true),
        new LegalRemedies(RemedyInformationSource.OTHER, "Juridisch Loket, Rotterdam"),
        new IssuingAuthority(
            IssuingAuthorityType.OTHER_DESIGNATED_AUTHORITY,
            authority(ISSUING_AUTHORITY, "NL-OM/2026/7781"),
            "Parket Rotterdam, desk for international assistance, +31 88 699 1001"),
        new ValidatingAuthority(
            ValidatingAuthorityType.JUDGE_OR_COURT,
            authority("Rechtbank Rotterdam", "RC-2026-991"),
            MainContact.ISSUING_AUTHORITY,
            "mr. B. Bakker, rechter-commissaris",
            LocalDate.of(2026, 12, 1)),
        authority("Landelijk Parket, Internationaal Rechtshulpcentrum", "LIRC-2026-4410"),
        attachments());
  }

  /** Annex II with every section A to N filled in. */
  static ConfiscationCertificate confiscation() {
    return new ConfiscationCertificate(
        new Authorities(ISSUING_AUTHORITY, null, "Juzgado de Marbella"),
        new ConfiscationOrder(
            "Rechtbank Rotterdam",
            "ROT-2027-11",
            LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 6, 20)),
        persons("confiscation order"),
        property(true),
        new FreezingLink("NL-FRZ-2026-7781", true, earlierOrder()),
        grounds(),
        multiState(MultiStateReason.PROPERTY_NOT_FROZEN_UNDER_REGULATION),
        new Trial(
            TrialAppearance.DID_NOT_APPEAR,
            AbsenceSafeguard.DEFENDED_BY_MANDATED_LAWYER,
            null,
            null,
            "defended by mr. C. Smit, mandated on 1 March 2027"),
        new AlternativeMeasures(false, null),
        new VictimDecision(
            eur("25000.00"),
            "the paintings in the villa",
            true,
            "Rechtbank Rotterdam",
            LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 6, 20),
            "ROT-2027-11-V",
            "Stichting Kunstbezit",
            "Museumpark 18, Rotterdam"),
        new IssuingAuthority(
            IssuingAuthorityType.JUDGE_COURT_OR_PROSECUTOR,
            authority(ISSUING_AUTHORITY, "NL-OM/2027/0311"),
            "Parket Rotterdam, desk for international assistance"),
        authority("Centraal Justitieel Incassobureau", "CJIB-2027-19"),
        new Payment("NL91ABNA0417164300", "ABNANL2A", "Ministerie van Justitie en Veiligheid"),
        attachments());
  }
}
