package org.sequestra.registry.ftm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.api.model.AssetDto;
import org.sequestra.registry.api.model.AssetIdentifiersDto;
import org.sequestra.registry.api.model.AssetTypeDto;
import org.sequestra.registry.api.model.IdentityDocumentDto;
import org.sequestra.registry.api.model.LegalEntityDto;
import org.sequestra.registry.api.model.NaturalPersonDto;
import org.sequestra.registry.api.model.OwnershipDto;
import org.sequestra.registry.api.model.SubjectDto;
import org.sequestra.registry.asset.CaseAssets;
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.InvestigationCase;
import org.sequestra.registry.ownership.CaseOwnerships;
import org.sequestra.registry.subject.CaseSubjects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as FtM entities: subjects, then assets, then ownership links, each in the order added.
 * Property names are those of the FtM schemata (Person, Company, LegalEntity, BankAccount,
 * RealEstate, Vehicle, Vessel, Airplane, CryptoWallet, Security, Passport, Identification,
 * Ownership).
 */
@Service
class FtmExport {

  /** FtM has no VIN property; the VIN travels in {@code notes} under this prefix. */
  static final String VIN_NOTE = "VIN ";

  /** How the import describes the shares in a company it takes as the asset of an Ownership. */
  static final String SHARES_IN = "Shares in ";

  private final CaseAccess access;
  private final CaseSubjects subjects;
  private final CaseAssets assets;
  private final CaseOwnerships ownerships;
  private final AuditTrail audit;

  FtmExport(
      CaseAccess access,
      CaseSubjects subjects,
      CaseAssets assets,
      CaseOwnerships ownerships,
      AuditTrail audit) {
    this.access = access;
    this.subjects = subjects;
    this.assets = assets;
    this.ownerships = ownerships;
    this.audit = audit;
  }

  /** The case's entities as JSON lines; the read is audited as a read of personal data. */
  @Transactional
  String export(Caller caller, UUID caseId) {
    InvestigationCase investigationCase = access.readable(caller, caseId);
    List<FtmEntity> entities = entities(caseId);
    audit.record(
        AuditEvent.by(caller, "case.ftm-export", "case", caseId)
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail(entities.size() + " FtM entities"));
    StringBuilder out = new StringBuilder();
    entities.forEach(entity -> out.append(FtmLines.write(entity)).append('\n'));
    return out.toString();
  }

  List<FtmEntity> entities(UUID caseId) {
    List<FtmEntity> entities = new ArrayList<>();
    Map<UUID, String> ftmIds = new HashMap<>();
    Map<String, String> companies = new HashMap<>();
    for (SubjectDto subject : subjects.allOf(caseId)) {
      FtmEntity entity =
          subject.getNaturalPerson() != null
              ? person(caseId, subject)
              : legalEntity(caseId, subject);
      ftmIds.put(subject.getId(), entity.id());
      entities.add(entity);
      if (subject.getNaturalPerson() != null) {
        entities.addAll(documents(caseId, subject, entity.id()));
      } else {
        companyKeys(subject.getLegalEntity())
            .forEach(key -> companies.putIfAbsent(key, entity.id()));
      }
    }
    for (AssetDto asset : assets.allOf(caseId)) {
      if (asset.getType() == AssetTypeDto.COMPANY_SHARES) {
        // in FtM the company itself is what is owned: shares in a company that is a subject of
        // the case are that subject's entity (the import turns it back into these shares)
        String company = sharesOf(asset, companies);
        if (company != null) {
          ftmIds.put(asset.getId(), company);
          continue;
        }
      }
      FtmEntity entity = asset(caseId, asset);
      if (entity != null) {
        ftmIds.put(asset.getId(), entity.id());
        entities.add(entity);
      }
    }
    for (OwnershipDto link : ownerships.inCase(caseId)) {
      String asset = ftmIds.get(link.getAssetId());
      if (asset == null) {
        continue; // an asset without an FtM schema (cash, precious goods, other) was left out
      }
      entities.add(
          FtmEntity.of(FtmIds.of(caseId, link.getId()), "Ownership")
              .put("owner", ftmIds.get(link.getSubjectId()))
              .put("asset", asset)
              .put("percentage", link.getSharePercentage())
              .put("startDate", date(link.getStartDate()))
              .put("endDate", date(link.getEndDate()))
              .put("role", link.getKind().name()));
    }
    return entities;
  }

  /** The keys under which shares name their company: LEI, register number, "Shares in" name. */
  private static List<String> companyKeys(LegalEntityDto company) {
    List<String> keys = new ArrayList<>();
    if (company.getLei() != null) {
      keys.add("lei:" + company.getLei());
    }
    if (company.getRegistrationNumber() != null) {
      keys.add("reg:" + company.getJurisdiction() + ":" + company.getRegistrationNumber());
    }
    keys.add("name:" + (SHARES_IN + company.getName()).toLowerCase(Locale.ROOT));
    return keys;
  }

  private static String sharesOf(AssetDto shares, Map<String, String> companies) {
    AssetIdentifiersDto ids = shares.getIdentifiers();
    List<String> keys = new ArrayList<>();
    if (ids.getLei() != null) {
      keys.add("lei:" + ids.getLei());
    }
    if (ids.getRegistrationNumber() != null) {
      keys.add("reg:" + ids.getRegistrationJurisdiction() + ":" + ids.getRegistrationNumber());
    }
    keys.add("name:" + shares.getDescription().toLowerCase(Locale.ROOT));
    return keys.stream().map(companies::get).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static FtmEntity person(UUID caseId, SubjectDto subject) {
    NaturalPersonDto person = subject.getNaturalPerson();
    String fullName =
        person.getGivenNames() == null
            ? person.getFamilyName()
            : person.getGivenNames() + " " + person.getFamilyName();
    return FtmEntity.of(FtmIds.of(caseId, subject.getId()), "Person")
        .put("name", fullName)
        .put("firstName", person.getGivenNames())
        .put("lastName", person.getFamilyName())
        .put("alias", person.getAliases())
        .put("birthDate", date(person.getBirthDate()))
        .put("birthPlace", person.getBirthPlace())
        .put("nationality", countries(person.getNationalities()))
        .put("classification", subject.getRole().name());
  }

  /**
   * Identity documents as FtM Passport / Identification entities, which carry the issuing country.
   */
  private static List<FtmEntity> documents(UUID caseId, SubjectDto subject, String holder) {
    List<FtmEntity> documents = new ArrayList<>();
    List<IdentityDocumentDto> given = subject.getNaturalPerson().getIdentityDocuments();
    for (int i = 0; i < given.size(); i++) {
      IdentityDocumentDto document = given.get(i);
      boolean passport = document.getType() == IdentityDocumentDto.TypeEnum.PASSPORT;
      UUID documentId =
          UUID.nameUUIDFromBytes(
              (subject.getId() + "/identity-document/" + i).getBytes(StandardCharsets.UTF_8));
      documents.add(
          FtmEntity.of(FtmIds.of(caseId, documentId), passport ? "Passport" : "Identification")
              .put("holder", holder)
              .put("number", document.getNumber())
              .put("country", country(document.getIssuingCountry()))
              .put("type", document.getType().name()));
    }
    return documents;
  }

  private static FtmEntity legalEntity(UUID caseId, SubjectDto subject) {
    LegalEntityDto entity = subject.getLegalEntity();
    boolean registered = entity.getRegistrationNumber() != null || entity.getLei() != null;
    return FtmEntity.of(FtmIds.of(caseId, subject.getId()), registered ? "Company" : "LegalEntity")
        .put("name", entity.getName())
        .put("legalForm", entity.getLegalForm())
        .put("registrationNumber", entity.getRegistrationNumber())
        .put("jurisdiction", country(entity.getJurisdiction()))
        .put("leiCode", entity.getLei())
        .put("classification", subject.getRole().name());
  }

  /** {@code null} for the types FtM has no schema for. */
  private static FtmEntity asset(UUID caseId, AssetDto asset) {
    AssetIdentifiersDto ids = asset.getIdentifiers();
    String id = FtmIds.of(caseId, asset.getId());
    FtmEntity entity =
        switch (asset.getType()) {
          case BANK_ACCOUNT ->
              FtmEntity.of(id, "BankAccount").put("iban", ids.getIban()).put("bic", ids.getBic());
          case REAL_ESTATE ->
              FtmEntity.of(id, "RealEstate").put("cadastralCode", ids.getCadastralReference());
          case VEHICLE ->
              FtmEntity.of(id, "Vehicle")
                  .put("notes", ids.getVin() == null ? null : VIN_NOTE + ids.getVin());
          case VESSEL -> FtmEntity.of(id, "Vessel").put("imoNumber", ids.getImoNumber());
          case AIRCRAFT ->
              FtmEntity.of(id, "Airplane")
                  .put("registrationNumber", ids.getAircraftRegistration())
                  .put("serialNumber", ids.getAircraftSerialNumber());
          case CRYPTO_WALLET ->
              FtmEntity.of(id, "CryptoWallet")
                  .put("publicKey", ids.getWalletAddress())
                  .put(
                      "currencySymbol",
                      ids.getChain() == null ? null : symbol(ids.getChain().name()));
          case SECURITIES -> FtmEntity.of(id, "Security").put("isin", ids.getIsin());
          // in FtM a company is itself an asset that can be owned
          case COMPANY_SHARES ->
              FtmEntity.of(id, "Company")
                  .put("leiCode", ids.getLei())
                  .put("registrationNumber", ids.getRegistrationNumber())
                  .put("jurisdiction", country(ids.getRegistrationJurisdiction()));
          case CASH, PRECIOUS_GOODS, OTHER -> null;
        };
    if (entity == null) {
      return null;
    }
    String country =
        asset.getLocationCountry() != null ? asset.getLocationCountry() : ids.getCadastralCountry();
    entity.put("name", asset.getDescription()).put("description", asset.getDescription());
    entity.put("country", country(country));
    if (asset.getCurrentValuation() != null) {
      entity
          .put("amount", asset.getCurrentValuation().getEstimatedValue().getAmount())
          .put("currency", asset.getCurrentValuation().getEstimatedValue().getCurrency());
    }
    return entity;
  }

  static String symbol(String chain) {
    return chain.equals("BITCOIN") ? "BTC" : "ETH";
  }

  /** FtM writes countries in lower case. */
  private static String country(String code) {
    return code == null ? null : code.toLowerCase(Locale.ROOT);
  }

  private static List<String> countries(List<String> codes) {
    return codes.stream().map(FtmExport::country).toList();
  }

  private static String date(java.time.LocalDate date) {
    return date == null ? null : date.toString();
  }
}
