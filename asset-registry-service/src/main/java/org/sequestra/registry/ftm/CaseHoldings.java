package org.sequestra.registry.ftm;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sequestra.platform.security.Caller;

/**
 * What the FtM import and export read from a case and add to it, in this package's own terms. The
 * one seam between this package and the registry's subjects, assets and ownership links (see {@link
 * RegistryHoldings}); the records name their fields as the contract does, and the mapper checks at
 * build time that the enums name the same constants.
 */
interface CaseHoldings {

  /** Every subject of the case in the order added (the caller's access is checked elsewhere). */
  List<Subject> subjects(UUID caseId);

  /** Every asset of the case in the order registered. */
  List<Asset> assets(UUID caseId);

  /** The ownership links of every asset of the case, in the order recorded. */
  List<Link> links(UUID caseId);

  /** The contract's own checks (lengths, list sizes) on a subject; {@code null} when it passes. */
  String violations(NewSubject subject);

  /** The contract's own checks on an asset; {@code null} when it passes. */
  String violations(NewAsset asset);

  /**
   * Adds a subject as the subjects endpoint does; a refusal is thrown as the platform's request
   * exceptions, before anything is written.
   */
  Subject addSubject(Caller caller, UUID caseId, NewSubject subject);

  /** Registers an asset as the assets endpoint does (identifier rules, hit detection). */
  Asset registerAsset(Caller caller, UUID caseId, NewAsset asset);

  /** Links a subject to an asset as the owners endpoint does (legal shares within 100 %). */
  Link addLink(Caller caller, UUID assetId, NewLink link);

  enum Role {
    SUSPECT,
    OWNER,
    BENEFICIAL_OWNER,
    NOMINEE,
    THIRD_PARTY,
    VICTIM
  }

  enum DocumentType {
    PASSPORT,
    NATIONAL_ID_CARD,
    DRIVING_LICENCE,
    RESIDENCE_PERMIT,
    OTHER
  }

  enum AssetType {
    REAL_ESTATE,
    VEHICLE,
    VESSEL,
    AIRCRAFT,
    BANK_ACCOUNT,
    CRYPTO_WALLET,
    COMPANY_SHARES,
    SECURITIES,
    CASH,
    PRECIOUS_GOODS,
    OTHER
  }

  enum Chain {
    BITCOIN,
    ETHEREUM
  }

  enum LinkKind {
    LEGAL,
    BENEFICIAL,
    NOMINEE,
    CONTROL
  }

  /** Exactly one of {@code naturalPerson} and {@code legalEntity} is set. */
  record Subject(UUID id, Role role, NaturalPerson naturalPerson, LegalEntity legalEntity) {}

  record NewSubject(Role role, NaturalPerson naturalPerson, LegalEntity legalEntity) {}

  record NaturalPerson(
      String givenNames,
      String familyName,
      List<String> aliases,
      LocalDate birthDate,
      String birthPlace,
      List<String> nationalities,
      List<IdentityDocument> identityDocuments) {

    String fullName() {
      return givenNames == null ? familyName : givenNames + " " + familyName;
    }
  }

  record IdentityDocument(DocumentType type, String number, String issuingCountry) {}

  record LegalEntity(
      String name, String legalForm, String registrationNumber, String jurisdiction, String lei) {}

  record Asset(
      UUID id,
      AssetType type,
      String description,
      String locationCountry,
      AssetIdentifiers identifiers,
      Money estimatedValue,
      List<String> warnings) {}

  record NewAsset(
      AssetType type, String description, String locationCountry, AssetIdentifiers identifiers) {}

  record AssetIdentifiers(
      String iban,
      String bic,
      String vin,
      String imoNumber,
      String aircraftRegistration,
      String aircraftSerialNumber,
      String lei,
      String registrationNumber,
      String registrationJurisdiction,
      String cadastralReference,
      String cadastralCountry,
      String walletAddress,
      Chain chain,
      String isin) {}

  record Money(String amount, String currency) {}

  record Link(
      UUID id,
      UUID assetId,
      UUID subjectId,
      LinkKind kind,
      String sharePercentage,
      LocalDate startDate,
      LocalDate endDate) {}

  record NewLink(
      UUID subjectId,
      LinkKind kind,
      String sharePercentage,
      LocalDate startDate,
      LocalDate endDate) {}
}
