package org.sequestra.freezing.certificate;

import org.sequestra.freezing.certificate.ConfiscationParts.FrozenRestitution;
import org.sequestra.freezing.certificate.OrderParts.AlternativeMeasures;
import org.sequestra.freezing.certificate.OrderParts.Attachments;
import org.sequestra.freezing.certificate.OrderParts.Confidentiality;
import org.sequestra.freezing.certificate.OrderParts.ConfiscationLink;
import org.sequestra.freezing.certificate.OrderParts.Grounds;
import org.sequestra.freezing.certificate.OrderParts.LegalRemedies;
import org.sequestra.freezing.certificate.OrderParts.MultiState;
import org.sequestra.freezing.certificate.OrderParts.RelatedOrders;
import org.sequestra.freezing.certificate.OrderParts.Urgency;
import org.sequestra.freezing.certificate.Parties.AffectedPersons;
import org.sequestra.freezing.certificate.Parties.Authorities;
import org.sequestra.freezing.certificate.Parties.AuthorityDetails;
import org.sequestra.freezing.certificate.Parties.IssuingAuthority;
import org.sequestra.freezing.certificate.Parties.ValidatingAuthority;
import org.sequestra.freezing.certificate.PropertyParts.Property;

/** The freezing certificate of Annex I, sections A to P. */
public record FreezingCertificate(
    Authorities sectionA,
    Urgency sectionB,
    AffectedPersons sectionC,
    Property sectionD,
    Grounds sectionE,
    Confidentiality sectionF,
    MultiState sectionG,
    RelatedOrders sectionH,
    ConfiscationLink sectionI,
    AlternativeMeasures sectionJ,
    FrozenRestitution sectionK,
    LegalRemedies sectionL,
    IssuingAuthority sectionM,
    ValidatingAuthority sectionN,
    AuthorityDetails sectionO,
    Attachments sectionP) {}
