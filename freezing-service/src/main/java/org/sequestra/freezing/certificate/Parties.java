package org.sequestra.freezing.certificate;

import java.time.LocalDate;
import java.util.List;

/** The authorities and affected persons of a certificate (Annex I / Annex II). */
public final class Parties {

  private Parties() {}

  /** Section A: the authorities by name (the States are those of the two agencies). */
  public record Authorities(
      String issuingAuthority, String validatingAuthority, String executingAuthority) {}

  /** Contact details of an authority, as sections M, N, O (Annex I) and K, L (Annex II) ask. */
  public record AuthorityDetails(
      String name,
      String contactPerson,
      String post,
      String fileNumber,
      String address,
      String telephone,
      String email,
      List<String> languages) {
    public AuthorityDetails {
      languages = languages == null ? List.of() : List.copyOf(languages);
    }
  }

  /** Art 2(8)(a): a judge, court or prosecutor, or another authority that needs validation. */
  public enum IssuingAuthorityType {
    JUDGE_COURT_OR_PROSECUTOR,
    OTHER_DESIGNATED_AUTHORITY
  }

  /** Annex I section M / Annex II section K. */
  public record IssuingAuthority(
      IssuingAuthorityType authorityType, AuthorityDetails authority, String practicalContact) {}

  public enum ValidatingAuthorityType {
    JUDGE_OR_COURT,
    PUBLIC_PROSECUTOR
  }

  public enum MainContact {
    ISSUING_AUTHORITY,
    VALIDATING_AUTHORITY
  }

  /** Annex I section N. */
  public record ValidatingAuthority(
      ValidatingAuthorityType authorityType,
      AuthorityDetails authority,
      MainContact mainContact,
      String validatedBy,
      LocalDate validatedOn) {}

  public enum AffectedPersonRole {
    TARGET,
    OWNER,
    THIRD_PARTY
  }

  public record NaturalPerson(
      String surname,
      String givenNames,
      String otherNames,
      String aliases,
      String sex,
      String nationality,
      String identityNumber,
      String identityDocument,
      LocalDate dateOfBirth,
      String placeOfBirth,
      String address,
      List<String> languages) {
    public NaturalPerson {
      languages = languages == null ? List.of() : List.copyOf(languages);
    }
  }

  public record LegalPerson(
      String name,
      String legalForm,
      String tradingName,
      String registeredSeat,
      String registrationNumber,
      String address,
      String representative) {}

  /** One affected person (Art 2(10)): exactly one of natural and legal person. */
  public record AffectedPerson(
      AffectedPersonRole role,
      NaturalPerson naturalPerson,
      LegalPerson legalPerson,
      String prejudicedRights) {}

  /** Section C. */
  public record AffectedPersons(
      List<AffectedPerson> persons, String executionLocation, String otherInformation) {
    public AffectedPersons {
      persons = persons == null ? List.of() : List.copyOf(persons);
    }
  }
}
