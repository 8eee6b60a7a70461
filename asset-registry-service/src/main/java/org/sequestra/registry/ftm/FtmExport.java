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
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.InvestigationCase;
import org.sequestra.registry.ftm.CaseHoldings.Asset;
import org.sequestra.registry.ftm.CaseHoldings.AssetIdentifiers;
import org.sequestra.registry.ftm.CaseHoldings.AssetType;
import org.sequestra.registry.ftm.CaseHoldings.DocumentType;
import org.sequestra.registry.ftm.CaseHoldings.IdentityDocument;
import org.sequestra.registry.ftm.CaseHoldings.LegalEntity;
import org.sequestra.registry.ftm.CaseHoldings.Link;
import org.sequestra.registry.ftm.CaseHoldings.NaturalPerson;
import org.sequestra.registry.ftm.CaseHoldings.Subject;
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
  private final CaseHoldings holdings;
  private final AuditTrail audit;

  FtmExport(CaseAccess access, CaseHoldings holdings, AuditTrail audit) {
    this.access = access;
    this.holdings = holdings;
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
    for (Subject subject : holdings.subjects(caseId)) {
      FtmEntity entity =
          subject.naturalPerson() != null ? person(caseId, subject) : legalEntity(caseId, subject);
      ftmIds.put(subject.id(), entity.id());
      entities.add(entity);
      if (subject.naturalPerson() != null) {
        entities.addAll(documents(caseId, subject, entity.id()));
      } else {
        companyKeys(subject.legalEntity()).forEach(key -> companies.putIfAbsent(key, entity.id()));
      }
    }
    for (Asset asset : holdings.assets(caseId)) {
      if (asset.type() == AssetType.COMPANY_SHARES) {
        // in FtM the company itself is what is owned: shares in a company that is a subject of
        // the case are that subject's entity (the import turns it back into these shares)
        String company = sharesOf(asset, companies);
        if (company != null) {
          ftmIds.put(asset.id(), company);
          continue;
        }
      }
      FtmEntity entity = asset(caseId, asset);
      if (entity != null) {
        ftmIds.put(asset.id(), entity.id());
        entities.add(entity);
      }
    }
    for (Link link : holdings.links(caseId)) {
      String asset = ftmIds.get(link.assetId());
      if (asset == null) {
        continue; // an asset without an FtM schema (cash, precious goods, other) was left out
      }
      entities.add(
          FtmEntity.of(FtmIds.of(caseId, link.id()), "Ownership")
              .put("owner", ftmIds.get(link.subjectId()))
              .put("asset", asset)
              .put("percentage", link.sharePercentage())
              .put("startDate", date(link.startDate()))
              .put("endDate", date(link.endDate()))
              .put("role", link.kind().name()));
    }
    return entities;
  }

  /** The keys under which shares name their company: LEI, register number, "Shares in" name. */
  private static List<String> companyKeys(LegalEntity company) {
    List<String> keys = new ArrayList<>();
    if (company.lei() != null) {
      keys.add("lei:" + company.lei());
    }
    if (company.registrationNumber() != null) {
      keys.add("reg:" + company.jurisdiction() + ":" + company.registrationNumber());
    }
    keys.add("name:" + (SHARES_IN + company.name()).toLowerCase(Locale.ROOT));
    return keys;
  }

  private static String sharesOf(Asset shares, Map<String, String> companies) {
    AssetIdentifiers ids = shares.identifiers();
    List<String> keys = new ArrayList<>();
    if (ids.lei() != null) {
      keys.add("lei:" + ids.lei());
    }
    if (ids.registrationNumber() != null) {
      keys.add("reg:" + ids.registrationJurisdiction() + ":" + ids.registrationNumber());
    }
    keys.add("name:" + shares.description().toLowerCase(Locale.ROOT));
    return keys.stream().map(companies::get).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static FtmEntity person(UUID caseId, Subject subject) {
    NaturalPerson person = subject.naturalPerson();
    return FtmEntity.of(FtmIds.of(caseId, subject.id()), "Person")
        .put("name", person.fullName())
        .put("firstName", person.givenNames())
        .put("lastName", person.familyName())
        .put("alias", person.aliases())
        .put("birthDate", date(person.birthDate()))
        .put("birthPlace", person.birthPlace())
        .put("nationality", countries(person.nationalities()))
        .put("classification", subject.role().name());
  }

  /**
   * Identity documents as FtM Passport / Identification entities, which carry the issuing country.
   */
  private static List<FtmEntity> documents(UUID caseId, Subject subject, String holder) {
    List<FtmEntity> documents = new ArrayList<>();
    List<IdentityDocument> given = subject.naturalPerson().identityDocuments();
    for (int i = 0; i < given.size(); i++) {
      IdentityDocument document = given.get(i);
      boolean passport = document.type() == DocumentType.PASSPORT;
      UUID documentId =
          UUID.nameUUIDFromBytes(
              (subject.id() + "/identity-document/" + i).getBytes(StandardCharsets.UTF_8));
      documents.add(
          FtmEntity.of(FtmIds.of(caseId, documentId), passport ? "Passport" : "Identification")
              .put("holder", holder)
              .put("number", document.number())
              .put("country", country(document.issuingCountry()))
              .put("type", document.type().name()));
    }
    return documents;
  }

  private static FtmEntity legalEntity(UUID caseId, Subject subject) {
    LegalEntity entity = subject.legalEntity();
    boolean registered = entity.registrationNumber() != null || entity.lei() != null;
    return FtmEntity.of(FtmIds.of(caseId, subject.id()), registered ? "Company" : "LegalEntity")
        .put("name", entity.name())
        .put("legalForm", entity.legalForm())
        .put("registrationNumber", entity.registrationNumber())
        .put("jurisdiction", country(entity.jurisdiction()))
        .put("leiCode", entity.lei())
        .put("classification", subject.role().name());
  }

  /** {@code null} for the types FtM has no schema for. */
  private static FtmEntity asset(UUID caseId, Asset asset) {
    AssetIdentifiers ids = asset.identifiers();
    String id = FtmIds.of(caseId, asset.id());
    FtmEntity entity =
        switch (asset.type()) {
          case BANK_ACCOUNT ->
              FtmEntity.of(id, "BankAccount").put("iban", ids.iban()).put("bic", ids.bic());
          case REAL_ESTATE ->
              FtmEntity.of(id, "RealEstate").put("cadastralCode", ids.cadastralReference());
          case VEHICLE ->
              FtmEntity.of(id, "Vehicle")
                  .put("notes", ids.vin() == null ? null : VIN_NOTE + ids.vin());
          case VESSEL -> FtmEntity.of(id, "Vessel").put("imoNumber", ids.imoNumber());
          case AIRCRAFT ->
              FtmEntity.of(id, "Airplane")
                  .put("registrationNumber", ids.aircraftRegistration())
                  .put("serialNumber", ids.aircraftSerialNumber());
          case CRYPTO_WALLET ->
              FtmEntity.of(id, "CryptoWallet")
                  .put("publicKey", ids.walletAddress())
                  .put("currencySymbol", ids.chain() == null ? null : symbol(ids.chain().name()));
          case SECURITIES -> FtmEntity.of(id, "Security").put("isin", ids.isin());
          // in FtM a company is itself an asset that can be owned
          case COMPANY_SHARES ->
              FtmEntity.of(id, "Company")
                  .put("leiCode", ids.lei())
                  .put("registrationNumber", ids.registrationNumber())
                  .put("jurisdiction", country(ids.registrationJurisdiction()));
          case CASH, PRECIOUS_GOODS, OTHER -> null;
        };
    if (entity == null) {
      return null;
    }
    String country =
        asset.locationCountry() != null ? asset.locationCountry() : ids.cadastralCountry();
    entity.put("name", asset.description()).put("description", asset.description());
    entity.put("country", country(country));
    if (asset.estimatedValue() != null) {
      entity
          .put("amount", asset.estimatedValue().amount())
          .put("currency", asset.estimatedValue().currency());
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
