package org.sequestra.freezing.certificate;

import org.sequestra.freezing.certificate.ConfiscationParts.ConfiscationOrder;
import org.sequestra.freezing.certificate.ConfiscationParts.Payment;
import org.sequestra.freezing.certificate.ConfiscationParts.Trial;
import org.sequestra.freezing.certificate.ConfiscationParts.VictimDecision;
import org.sequestra.freezing.certificate.OrderParts.AlternativeMeasures;
import org.sequestra.freezing.certificate.OrderParts.Attachments;
import org.sequestra.freezing.certificate.OrderParts.FreezingLink;
import org.sequestra.freezing.certificate.OrderParts.Grounds;
import org.sequestra.freezing.certificate.OrderParts.MultiState;
import org.sequestra.freezing.certificate.Parties.AffectedPersons;
import org.sequestra.freezing.certificate.Parties.Authorities;
import org.sequestra.freezing.certificate.Parties.AuthorityDetails;
import org.sequestra.freezing.certificate.Parties.IssuingAuthority;
import org.sequestra.freezing.certificate.PropertyParts.Property;

/** The confiscation certificate of Annex II, sections A to N. */
public record ConfiscationCertificate(
    Authorities sectionA,
    ConfiscationOrder sectionB,
    AffectedPersons sectionC,
    Property sectionD,
    FreezingLink sectionE,
    Grounds sectionF,
    MultiState sectionG,
    Trial sectionH,
    AlternativeMeasures sectionI,
    VictimDecision sectionJ,
    IssuingAuthority sectionK,
    AuthorityDetails sectionL,
    Payment sectionM,
    Attachments sectionN) {}
