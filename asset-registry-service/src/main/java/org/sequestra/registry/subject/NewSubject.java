package org.sequestra.registry.subject;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject to add to a case, as stated: a natural person or a legal entity (the other one absent),
 * before its fields are checked.
 */
public record NewSubject(
    Subject.Kind kind, Subject.Role role, Person naturalPerson, Entity legalEntity) {

  /** A natural person as stated; the lists are never {@code null}. */
  public record Person(
      String givenNames,
      String familyName,
      List<String> aliases,
      LocalDate birthDate,
      String birthPlace,
      List<String> nationalities,
      List<Document> identityDocuments) {}

  /** An identity document as stated. */
  public record Document(IdentityDocument.Type type, String number, String issuingCountry) {}

  /** A legal entity as stated. */
  public record Entity(
      String name, String legalForm, String registrationNumber, String jurisdiction, String lei) {}
}
