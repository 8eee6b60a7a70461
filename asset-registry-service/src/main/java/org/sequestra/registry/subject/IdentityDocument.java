package org.sequestra.registry.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A passport, identity card or similar document of a natural person. */
@Embeddable
class IdentityDocument {

  public enum Type {
    PASSPORT,
    NATIONAL_ID_CARD,
    DRIVING_LICENCE,
    RESIDENCE_PERMIT,
    OTHER
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type")
  private Type type;

  @Column(name = "document_number")
  private String number;

  @Column(name = "issuing_country")
  private String issuingCountry;

  protected IdentityDocument() {}

  IdentityDocument(Type type, String number, String issuingCountry) {
    this.type = type;
    this.number = number;
    this.issuingCountry = issuingCountry;
  }

  public Type getType() {
    return type;
  }

  public String getNumber() {
    return number;
  }

  public String getIssuingCountry() {
    return issuingCountry;
  }
}
