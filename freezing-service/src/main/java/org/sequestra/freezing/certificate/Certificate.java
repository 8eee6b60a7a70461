package org.sequestra.freezing.certificate;

import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.certificate.PropertyParts.Property;
import org.sequestra.freezing.certificate.PropertyParts.PropertyItem;

/**
 * The certificate a request carries, stored as one document: the Annex I certificate of a freezing
 * request or the Annex II certificate of a confiscation request (the other one is null).
 */
public record Certificate(
    FreezingCertificate freezingCertificate, ConfiscationCertificate confiscationCertificate) {

  /** The property section, whichever the annex; null when not filled in. */
  public Property property() {
    if (freezingCertificate != null) {
      return freezingCertificate.sectionD();
    }
    return confiscationCertificate == null ? null : confiscationCertificate.sectionD();
  }

  /** The registry assets the certificate names, in its order, each once. */
  public List<UUID> assetIds() {
    Property property = property();
    if (property == null) {
      return List.of();
    }
    return property.items().stream().map(PropertyItem::assetId).distinct().toList();
  }

  /** The issuing authority's name as section M (Annex I) or K (Annex II) gives it. */
  public String issuingAuthorityName() {
    Parties.IssuingAuthority issuing =
        freezingCertificate != null
            ? freezingCertificate.sectionM()
            : confiscationCertificate == null ? null : confiscationCertificate.sectionK();
    return issuing == null || issuing.authority() == null ? null : issuing.authority().name();
  }
}
