package org.sequestra.registry.ftm;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.UnprocessableException;
import org.sequestra.registry.api.model.AssetDto;
import org.sequestra.registry.api.model.AssetIdentifiersDto;
import org.sequestra.registry.api.model.AssetTypeDto;
import org.sequestra.registry.api.model.ChainDto;
import org.sequestra.registry.api.model.FtmImportEntityDto;
import org.sequestra.registry.api.model.FtmImportOutcomeDto;
import org.sequestra.registry.api.model.FtmImportReportDto;
import org.sequestra.registry.api.model.IdentityDocumentDto;
import org.sequestra.registry.api.model.LegalEntityDto;
import org.sequestra.registry.api.model.NaturalPersonDto;
import org.sequestra.registry.api.model.NewAssetDto;
import org.sequestra.registry.api.model.NewOwnershipDto;
import org.sequestra.registry.api.model.NewSubjectDto;
import org.sequestra.registry.api.model.OwnershipDto;
import org.sequestra.registry.api.model.OwnershipKindDto;
import org.sequestra.registry.api.model.SubjectDto;
import org.sequestra.registry.api.model.SubjectKindDto;
import org.sequestra.registry.api.model.SubjectRoleDto;
import org.sequestra.registry.asset.CaseAssets;
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.InvestigationCase;
import org.sequestra.registry.ftm.FtmLines.Line;
import org.sequestra.registry.ownership.CaseOwnerships;
import org.sequestra.registry.subject.CaseSubjects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes FtM entities into a case. Subjects, assets and links are added through the same services
 * (and so the same access checks, identifier rules, share limits and hit detection) as the
 * endpoints that add them one by one. An entity those rules refuse is reported REJECTED with their
 * reason and the rest of the import goes on (the services refuse before they write, and the
 * import's transaction stays in charge of committing: see TransactionConfiguration). The whole
 * import is one transaction.
 */
@Service
class FtmImport {

  private static final Set<String> PERSON = Set.of("Person");
  private static final Set<String> LEGAL_ENTITIES =
      Set.of("Company", "LegalEntity", "Organization");
  private static final Map<String, AssetTypeDto> ASSETS =
      Map.of(
          "BankAccount", AssetTypeDto.BANK_ACCOUNT,
          "RealEstate", AssetTypeDto.REAL_ESTATE,
          "Vehicle", AssetTypeDto.VEHICLE,
          "Vessel", AssetTypeDto.VESSEL,
          "Airplane", AssetTypeDto.AIRCRAFT,
          "CryptoWallet", AssetTypeDto.CRYPTO_WALLET,
          "Security", AssetTypeDto.SECURITIES);
  private static final Set<String> LINKS = Set.of("Ownership", "Directorship");
  private static final Set<String> DOCUMENTS = Set.of("Passport", "Identification");
  private static final Pattern VIN_NOTE =
      Pattern.compile(Pattern.quote(FtmExport.VIN_NOTE) + "([A-Za-z0-9]{17})");
  private static final Pattern PERCENTAGE = Pattern.compile("^\\d{1,3}(\\.\\d{1,6})?$");
  private static final int MAX_ALIASES = 20;
  private static final int MAX_NATIONALITIES = 10;

  private final CaseAccess access;
  private final CaseSubjects subjects;
  private final CaseAssets assets;
  private final CaseOwnerships ownerships;
  private final AuditTrail audit;
  private final Validator validator;

  FtmImport(
      CaseAccess access,
      CaseSubjects subjects,
      CaseAssets assets,
      CaseOwnerships ownerships,
      AuditTrail audit,
      Validator validator) {
    this.access = access;
    this.subjects = subjects;
    this.assets = assets;
    this.ownerships = ownerships;
    this.audit = audit;
    this.validator = validator;
  }

  @Transactional
  FtmImportReportDto run(Caller caller, UUID caseId, String body) {
    InvestigationCase investigationCase = access.writable(caller, caseId);
    List<Line> lines = FtmLines.read(body);
    Session session = new Session(caller, caseId);
    lines.stream()
        .map(Line::entity)
        .filter(e -> DOCUMENTS.contains(e.schema()))
        .forEach(session::document);
    List<FtmImportEntityDto> results = new ArrayList<>();
    // entities first, links second: a link may come before the entities it joins
    for (Line line : lines) {
      results.add(session.entity(line));
    }
    for (int i = 0; i < lines.size(); i++) {
      FtmEntity entity = lines.get(i).entity();
      if (LINKS.contains(entity.schema())) {
        results.set(i, session.link(lines.get(i)));
      } else if (DOCUMENTS.contains(entity.schema()) && results.get(i) == null) {
        results.set(i, session.documentOutcome(entity));
      }
    }
    Map<FtmImportOutcomeDto, Integer> counts = new EnumMap<>(FtmImportOutcomeDto.class);
    results.forEach(r -> counts.merge(r.getOutcome(), 1, Integer::sum));
    int taken = counts.getOrDefault(FtmImportOutcomeDto.TAKEN, 0);
    int merged = counts.getOrDefault(FtmImportOutcomeDto.MERGED, 0);
    int rejected = counts.getOrDefault(FtmImportOutcomeDto.REJECTED, 0);
    audit.record(
        AuditEvent.by(caller, "case.ftm-import", "case", caseId)
            .onObjectOf(investigationCase.getOwningAgency())
            .withDetail(
                lines.size()
                    + " FtM entities: "
                    + taken
                    + " taken, "
                    + merged
                    + " merged, "
                    + rejected
                    + " rejected"));
    return new FtmImportReportDto(caseId, taken, merged, rejected, results);
  }

  /** What one import has taken so far, and what the case held before it. */
  private final class Session {

    private final Caller caller;
    private final UUID caseId;
    private final Map<String, SubjectDto> subjectsByKey = new HashMap<>();
    private final Map<String, AssetDto> assetsByKey = new HashMap<>();
    private final Set<String> linkKeys = new LinkedHashSet<>();

    /** FtM id of this import → what it became. */
    private final Map<String, SubjectDto> subjectOf = new HashMap<>();

    private final Map<String, AssetDto> assetOf = new HashMap<>();
    private final Map<String, Integer> lineOf = new HashMap<>();

    /** Legal entity subject → the asset "shares in" it. */
    private final Map<UUID, AssetDto> sharesOf = new HashMap<>();

    /** Identity documents by their holder's FtM id; refusals by the document's FtM id. */
    private final Map<String, Map<String, IdentityDocumentDto>> documentsOf = new HashMap<>();

    private final Map<String, String> documentRefusals = new HashMap<>();
    private final Map<String, UUID> documentTakenBy = new HashMap<>();

    Session(Caller caller, UUID caseId) {
      this.caller = caller;
      this.caseId = caseId;
      subjects.allOf(caseId).forEach(this::index);
      assets.allOf(caseId).forEach(this::index);
      ownerships.inCase(caseId).forEach(link -> linkKeys.add(linkKey(link)));
    }

    FtmImportEntityDto entity(Line line) {
      FtmEntity entity = line.entity();
      String schema = entity.schema();
      Integer earlier = lineOf.putIfAbsent(entity.id(), line.number());
      if (earlier != null) {
        FtmImportEntityDto result =
            outcome(entity, FtmImportOutcomeDto.MERGED, "same FtM id as line " + earlier);
        SubjectDto subject = subjectOf.get(entity.id());
        AssetDto asset = assetOf.get(entity.id());
        if (subject == null && asset == null) {
          result.outcome(FtmImportOutcomeDto.REJECTED);
        }
        return result
            .subjectId(subject == null ? null : subject.getId())
            .assetId(asset == null ? null : asset.getId());
      }
      if (PERSON.contains(schema)) {
        return person(entity);
      }
      if (LEGAL_ENTITIES.contains(schema)) {
        return legalEntity(entity);
      }
      if (ASSETS.containsKey(schema)) {
        return asset(entity, ASSETS.get(schema));
      }
      if (LINKS.contains(schema) || DOCUMENTS.contains(schema)) {
        return null; // the second pass decides
      }
      return outcome(
          entity,
          FtmImportOutcomeDto.REJECTED,
          "FtM schema "
              + schema
              + " has no place in the registry; it takes Person, Company,"
              + " LegalEntity, Organization, BankAccount, RealEstate, Vehicle, Vessel, Airplane,"
              + " CryptoWallet, Security, Ownership and Directorship");
    }

    private FtmImportEntityDto person(FtmEntity entity) {
      List<String> notes = new ArrayList<>();
      String lastName = entity.first("lastName");
      String name = entity.first("name");
      String familyName = lastName != null ? lastName : name;
      if (familyName == null) {
        return outcome(entity, FtmImportOutcomeDto.REJECTED, "a Person needs a name or lastName");
      }
      NaturalPersonDto person = new NaturalPersonDto(familyName);
      String givenNames = lastName != null ? entity.first("firstName") : null;
      person.setGivenNames(givenNames);
      String fullName = givenNames == null ? familyName : givenNames + " " + familyName;
      LinkedHashSet<String> aliases = new LinkedHashSet<>();
      for (String property : List.of("name", "alias", "previousName")) {
        entity.values(property).stream()
            .map(String::strip)
            .filter(a -> !a.isEmpty() && a.length() <= 200 && !a.equalsIgnoreCase(fullName))
            .forEach(aliases::add);
      }
      if (aliases.size() > MAX_ALIASES) {
        notes.add((aliases.size() - MAX_ALIASES) + " further names left out");
      }
      person.setAliases(aliases.stream().limit(MAX_ALIASES).toList());
      person.setBirthDate(date(entity, "birthDate", notes));
      person.setBirthPlace(entity.first("birthPlace"));
      List<String> nationalities = countries(entity, List.of("nationality", "citizenship"), notes);
      if (nationalities.size() > MAX_NATIONALITIES) {
        notes.add("nationalities beyond the first " + MAX_NATIONALITIES + " left out");
      }
      person.setNationalities(nationalities.stream().limit(MAX_NATIONALITIES).toList());
      if (!entity.values("passportNumber").isEmpty() || !entity.values("idNumber").isEmpty()) {
        notes.add(
            "passportNumber/idNumber left out: without an issuing country they are no identity"
                + " document; Passport and Identification entities are taken");
      }
      Map<String, IdentityDocumentDto> documents = documentsOf.getOrDefault(entity.id(), Map.of());
      person.setIdentityDocuments(List.copyOf(documents.values()));
      NewSubjectDto request =
          new NewSubjectDto(SubjectKindDto.NATURAL_PERSON, role(entity)).naturalPerson(person);
      FtmImportEntityDto result = subject(entity, request, notes);
      if (result.getOutcome() == FtmImportOutcomeDto.TAKEN) {
        documents
            .keySet()
            .forEach(document -> documentTakenBy.put(document, result.getSubjectId()));
      }
      return result;
    }

    /** A Passport or Identification, kept for its holder (read before the holder is taken). */
    void document(FtmEntity entity) {
      String holder = entity.first("holder");
      String number = entity.first("number");
      List<String> notes = new ArrayList<>();
      List<String> countries = countries(entity, List.of("country"), notes);
      if (holder == null || number == null || countries.isEmpty()) {
        documentRefusals.put(
            entity.id(),
            "an identity document needs a holder, a number and a valid issuing country"
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
        return;
      }
      IdentityDocumentDto.TypeEnum type = IdentityDocumentDto.TypeEnum.OTHER;
      if (entity.schema().equals("Passport")) {
        type = IdentityDocumentDto.TypeEnum.PASSPORT;
      } else {
        for (IdentityDocumentDto.TypeEnum candidate : IdentityDocumentDto.TypeEnum.values()) {
          if (candidate.name().equalsIgnoreCase(String.valueOf(entity.first("type")))) {
            type = candidate;
          }
        }
      }
      documentsOf
          .computeIfAbsent(holder, h -> new java.util.LinkedHashMap<>())
          .put(entity.id(), new IdentityDocumentDto(type, number, countries.getFirst()));
    }

    FtmImportEntityDto documentOutcome(FtmEntity entity) {
      String refusal = documentRefusals.get(entity.id());
      if (refusal != null) {
        return outcome(entity, FtmImportOutcomeDto.REJECTED, refusal);
      }
      UUID holder = documentTakenBy.get(entity.id());
      if (holder != null) {
        return outcome(entity, FtmImportOutcomeDto.TAKEN, (String) null).subjectId(holder);
      }
      SubjectDto existing = subjectOf.get(entity.first("holder"));
      return outcome(
          entity,
          FtmImportOutcomeDto.REJECTED,
          existing != null
              ? "holder was merged into a subject already in the case; its documents are not"
                  + " changed"
              : "holder " + entity.first("holder") + " was not taken as a person");
    }

    private FtmImportEntityDto legalEntity(FtmEntity entity) {
      List<String> notes = new ArrayList<>();
      String name = entity.first("name");
      if (name == null) {
        return outcome(
            entity, FtmImportOutcomeDto.REJECTED, "a " + entity.schema() + " needs a name");
      }
      LegalEntityDto legalEntity = new LegalEntityDto(name);
      legalEntity.setLegalForm(entity.first("legalForm"));
      List<String> jurisdictions = countries(entity, List.of("jurisdiction"), notes);
      if (jurisdictions.isEmpty()) {
        jurisdictions = countries(entity, List.of("country", "mainCountry"), notes);
      }
      String jurisdiction = jurisdictions.isEmpty() ? null : jurisdictions.getFirst();
      String registrationNumber = entity.first("registrationNumber");
      if (registrationNumber != null && jurisdiction == null) {
        notes.add("registration number left out: no jurisdiction to read it in");
        registrationNumber = null;
      }
      if (entity.values("registrationNumber").size() > 1 && registrationNumber != null) {
        notes.add("further registration numbers left out");
      }
      legalEntity.setRegistrationNumber(registrationNumber);
      legalEntity.setJurisdiction(jurisdiction);
      legalEntity.setLei(entity.first("leiCode"));
      NewSubjectDto request =
          new NewSubjectDto(SubjectKindDto.LEGAL_ENTITY, role(entity)).legalEntity(legalEntity);
      return subject(entity, request, notes);
    }

    private FtmImportEntityDto subject(
        FtmEntity entity, NewSubjectDto request, List<String> notes) {
      SubjectDto existing =
          subjectsByKey.get(subjectKey(request.getNaturalPerson(), request.getLegalEntity()));
      if (existing != null) {
        subjectOf.put(entity.id(), existing);
        return outcome(
                entity,
                FtmImportOutcomeDto.MERGED,
                "same " + sameness(request) + " as a subject of the case")
            .subjectId(existing.getId());
      }
      String invalid = contractViolations(request);
      if (invalid != null) {
        return outcome(entity, FtmImportOutcomeDto.REJECTED, invalid);
      }
      Added<SubjectDto> added = attempt(() -> subjects.add(caller, caseId, request));
      if (added.refusal() != null) {
        return outcome(entity, FtmImportOutcomeDto.REJECTED, added.refusal());
      }
      index(added.value());
      subjectOf.put(entity.id(), added.value());
      return outcome(entity, FtmImportOutcomeDto.TAKEN, notes).subjectId(added.value().getId());
    }

    private FtmImportEntityDto asset(FtmEntity entity, AssetTypeDto type) {
      List<String> notes = new ArrayList<>();
      AssetIdentifiersDto ids = new AssetIdentifiersDto();
      List<String> countries = countries(entity, List.of("country", "flag"), notes);
      String country = countries.isEmpty() ? null : countries.getFirst();
      switch (type) {
        case BANK_ACCOUNT -> {
          ids.setIban(entity.first("iban"));
          ids.setBic(entity.first("bic"));
          if (ids.getIban() == null && entity.first("accountNumber") != null) {
            notes.add(
                "account number "
                    + entity.first("accountNumber")
                    + " kept in the description only");
          }
        }
        case REAL_ESTATE -> {
          ids.setCadastralReference(entity.first("cadastralCode"));
          ids.setCadastralCountry(ids.getCadastralReference() == null ? null : country);
        }
        case VEHICLE -> {
          for (String note : entity.values("notes")) {
            Matcher vin = VIN_NOTE.matcher(note.strip());
            if (vin.matches()) {
              ids.setVin(vin.group(1));
            }
          }
        }
        case VESSEL -> ids.setImoNumber(entity.first("imoNumber"));
        case AIRCRAFT -> {
          ids.setAircraftRegistration(entity.first("registrationNumber"));
          ids.setAircraftSerialNumber(entity.first("serialNumber"));
        }
        case CRYPTO_WALLET -> {
          String address = entity.first("publicKey");
          ids.setWalletAddress(address);
          ids.setChain(address == null ? null : chain(entity, address));
        }
        case SECURITIES -> ids.setIsin(entity.first("isin"));
        default -> throw new IllegalStateException("no FtM schema maps to " + type);
      }
      NewAssetDto request =
          new NewAssetDto(type, description(entity, type))
              .locationCountry(country)
              .identifiers(ids);
      return asset(entity, request, notes);
    }

    private FtmImportEntityDto asset(FtmEntity entity, NewAssetDto request, List<String> notes) {
      AssetDto existing = existingAsset(request.getIdentifiers());
      if (existing != null) {
        assetOf.put(entity.id(), existing);
        return outcome(
                entity, FtmImportOutcomeDto.MERGED, "same identifier as an asset of the case")
            .assetId(existing.getId());
      }
      String invalid = contractViolations(request);
      if (invalid != null) {
        return outcome(entity, FtmImportOutcomeDto.REJECTED, invalid);
      }
      Added<AssetDto> added = attempt(() -> assets.register(caller, caseId, request));
      if (added.refusal() != null) {
        return outcome(entity, FtmImportOutcomeDto.REJECTED, added.refusal());
      }
      index(added.value());
      assetOf.put(entity.id(), added.value());
      notes.addAll(added.value().getWarnings());
      return outcome(entity, FtmImportOutcomeDto.TAKEN, notes).assetId(added.value().getId());
    }

    FtmImportEntityDto link(Line line) {
      FtmEntity entity = line.entity();
      boolean ownership = entity.schema().equals("Ownership");
      String ownerRef = entity.first(ownership ? "owner" : "director");
      String ownedRef = entity.first(ownership ? "asset" : "organization");
      if (ownerRef == null || ownedRef == null) {
        return outcome(
            entity,
            FtmImportOutcomeDto.REJECTED,
            ownership
                ? "an Ownership needs an owner and an asset"
                : "a Directorship needs a director and an organization");
      }
      SubjectDto owner = subjectOf.get(ownerRef);
      if (owner == null) {
        return outcome(
            entity,
            FtmImportOutcomeDto.REJECTED,
            (ownership ? "owner " : "director ") + ownerRef + " was not taken");
      }
      List<String> notes = new ArrayList<>();
      AssetDto asset = assetOf.get(ownedRef);
      if (asset == null) {
        SubjectDto company = subjectOf.get(ownedRef);
        if (company == null || company.getLegalEntity() == null) {
          return outcome(
              entity,
              FtmImportOutcomeDto.REJECTED,
              (ownership ? "asset " : "organization ")
                  + ownedRef
                  + (company == null ? " was not taken" : " is a person, not something owned"));
        }
        asset = sharesIn(company, notes);
        if (asset == null) {
          return outcome(entity, FtmImportOutcomeDto.REJECTED, String.join("; ", notes));
        }
      }
      NewOwnershipDto request = new NewOwnershipDto(owner.getId(), OwnershipKindDto.CONTROL);
      if (ownership) {
        request.setSharePercentage(percentage(entity, notes));
        request.setKind(kind(entity, request.getSharePercentage(), notes));
      } else {
        notes.add("a directorship is recorded as CONTROL");
      }
      request.setStartDate(date(entity, "startDate", notes));
      request.setEndDate(date(entity, "endDate", notes));
      AssetDto target = asset;
      if (linkKeys.contains(linkKey(target.getId(), request))) {
        return outcome(entity, FtmImportOutcomeDto.MERGED, "the same link is already in the case")
            .subjectId(owner.getId())
            .assetId(target.getId());
      }
      Added<OwnershipDto> added = attempt(() -> ownerships.add(caller, target.getId(), request));
      if (added.refusal() != null) {
        return outcome(entity, FtmImportOutcomeDto.REJECTED, added.refusal())
            .subjectId(owner.getId())
            .assetId(target.getId());
      }
      linkKeys.add(linkKey(added.value()));
      return outcome(entity, FtmImportOutcomeDto.TAKEN, notes)
          .subjectId(owner.getId())
          .assetId(target.getId())
          .ownershipId(added.value().getId());
    }

    /** The asset "shares in" a legal entity of the case, registered on first use. */
    private AssetDto sharesIn(SubjectDto company, List<String> notes) {
      AssetDto known = sharesOf.get(company.getId());
      if (known != null) {
        return known;
      }
      LegalEntityDto legalEntity = company.getLegalEntity();
      AssetIdentifiersDto ids = new AssetIdentifiersDto();
      ids.setLei(legalEntity.getLei());
      if (legalEntity.getRegistrationNumber() != null) {
        ids.setRegistrationNumber(legalEntity.getRegistrationNumber());
        ids.setRegistrationJurisdiction(legalEntity.getJurisdiction());
      }
      String description = truncate(FtmExport.SHARES_IN + legalEntity.getName(), 2000);
      AssetDto shares = existingAsset(ids);
      if (shares == null) {
        // a company without register identifiers: its shares are known by their description
        shares = assetsByKey.get(sharesKey(description));
      }
      if (shares == null) {
        NewAssetDto request =
            new NewAssetDto(AssetTypeDto.COMPANY_SHARES, description)
                .locationCountry(legalEntity.getJurisdiction())
                .identifiers(ids);
        Added<AssetDto> added = attempt(() -> assets.register(caller, caseId, request));
        if (added.refusal() != null) {
          notes.add(
              "shares in "
                  + legalEntity.getName()
                  + " could not be registered: "
                  + added.refusal());
          return null;
        }
        shares = added.value();
        index(shares);
      }
      sharesOf.put(company.getId(), shares);
      return shares;
    }

    private void index(SubjectDto subject) {
      subjectsByKey.putIfAbsent(
          subjectKey(subject.getNaturalPerson(), subject.getLegalEntity()), subject);
      LegalEntityDto legalEntity = subject.getLegalEntity();
      if (legalEntity != null) {
        if (legalEntity.getLei() != null) {
          subjectsByKey.putIfAbsent("lei:" + legalEntity.getLei(), subject);
        }
        if (legalEntity.getRegistrationNumber() != null) {
          subjectsByKey.putIfAbsent(
              "reg:"
                  + legalEntity.getJurisdiction()
                  + ":"
                  + normal(legalEntity.getRegistrationNumber()),
              subject);
        }
      }
    }

    private void index(AssetDto asset) {
      for (String key : assetKeys(asset.getIdentifiers())) {
        assetsByKey.putIfAbsent(key, asset);
      }
      if (asset.getType() == AssetTypeDto.COMPANY_SHARES) {
        assetsByKey.putIfAbsent(sharesKey(asset.getDescription()), asset);
      }
    }

    private AssetDto existingAsset(AssetIdentifiersDto ids) {
      return assetKeys(ids).stream()
          .map(assetsByKey::get)
          .filter(java.util.Objects::nonNull)
          .findFirst()
          .orElse(null);
    }

    /** The subject already in the case that this one names, looked up by identifiers first. */
    private String subjectKey(NaturalPersonDto person, LegalEntityDto legalEntity) {
      if (person != null) {
        String name =
            person.getGivenNames() == null
                ? person.getFamilyName()
                : person.getGivenNames() + " " + person.getFamilyName();
        return "person:" + normal(name) + ":" + person.getBirthDate();
      }
      if (legalEntity.getLei() != null) {
        ValidationResult lei = Identifiers.validate(IdentifierType.LEI, legalEntity.getLei());
        String key = "lei:" + (lei.valid() ? lei.normalised() : legalEntity.getLei());
        if (subjectsByKey.containsKey(key)) {
          return key;
        }
      }
      if (legalEntity.getRegistrationNumber() != null) {
        String key =
            "reg:"
                + legalEntity.getJurisdiction()
                + ":"
                + normal(legalEntity.getRegistrationNumber());
        if (subjectsByKey.containsKey(key)) {
          return key;
        }
      }
      return "entity:" + normal(legalEntity.getName());
    }
  }

  private static String sameness(NewSubjectDto request) {
    if (request.getNaturalPerson() != null) {
      return "name and birth date";
    }
    LegalEntityDto legalEntity = request.getLegalEntity();
    return legalEntity.getLei() != null || legalEntity.getRegistrationNumber() != null
        ? "identifier or name"
        : "name";
  }

  private static String sharesKey(String description) {
    return "shares-described:" + normal(description);
  }

  private static String linkKey(OwnershipDto link) {
    return link.getAssetId()
        + "|"
        + link.getSubjectId()
        + "|"
        + link.getKind()
        + "|"
        + link.getStartDate()
        + "|"
        + link.getEndDate();
  }

  private static String linkKey(UUID assetId, NewOwnershipDto link) {
    return assetId
        + "|"
        + link.getSubjectId()
        + "|"
        + link.getKind()
        + "|"
        + link.getStartDate()
        + "|"
        + link.getEndDate();
  }

  /**
   * Keys under which an asset's identifiers name the same property, in normalised form (the
   * platform's validators normalise; a value they refuse keeps its own spelling and matches
   * nothing, and registration then rejects it).
   */
  private static List<String> assetKeys(AssetIdentifiersDto ids) {
    List<String> keys = new ArrayList<>();
    if (ids == null) {
      return keys;
    }
    key(keys, "iban", IdentifierType.IBAN, ids.getIban());
    key(keys, "vin", IdentifierType.VIN, ids.getVin());
    key(keys, "imo", IdentifierType.IMO_NUMBER, ids.getImoNumber());
    key(keys, "isin", IdentifierType.ISIN, ids.getIsin());
    key(keys, "lei", IdentifierType.LEI, ids.getLei());
    if (ids.getWalletAddress() != null && ids.getChain() != null) {
      key(
          keys,
          "wallet",
          ids.getChain() == ChainDto.BITCOIN
              ? IdentifierType.BITCOIN_ADDRESS
              : IdentifierType.ETHEREUM_ADDRESS,
          ids.getWalletAddress());
    }
    if (ids.getCadastralReference() != null) {
      keys.add(
          "cadastre:"
              + upper(ids.getCadastralCountry())
              + ":"
              + lettersAndDigits(ids.getCadastralReference()));
    }
    if (ids.getAircraftRegistration() != null) {
      keys.add("aircraft:" + lettersAndDigits(ids.getAircraftRegistration()));
    }
    if (ids.getRegistrationNumber() != null) {
      keys.add(
          "shares:"
              + upper(ids.getRegistrationJurisdiction())
              + ":"
              + normal(ids.getRegistrationNumber()));
    }
    return keys;
  }

  private static void key(List<String> keys, String prefix, IdentifierType type, String value) {
    if (value != null) {
      ValidationResult result = Identifiers.validate(type, value);
      keys.add(prefix + ":" + (result.valid() ? result.key() : value));
    }
  }

  private static ChainDto chain(FtmEntity entity, String address) {
    for (String property : List.of("currencySymbol", "currency")) {
      String symbol = upper(entity.first(property));
      if ("BTC".equals(symbol) || "XBT".equals(symbol)) {
        return ChainDto.BITCOIN;
      }
      if ("ETH".equals(symbol)) {
        return ChainDto.ETHEREUM;
      }
    }
    return address.startsWith("0x") || address.startsWith("0X")
        ? ChainDto.ETHEREUM
        : ChainDto.BITCOIN;
  }

  private static String description(FtmEntity entity, AssetTypeDto type) {
    for (String property : List.of("description", "name", "summary")) {
      String text = entity.first(property);
      if (text != null) {
        return truncate(text, 2000);
      }
    }
    List<String> parts = new ArrayList<>(List.of(entity.schema()));
    for (String property :
        List.of("accountNumber", "bankName", "registrationNumber", "address", "model", "type")) {
      if (entity.first(property) != null) {
        parts.add(entity.first(property));
      }
    }
    return truncate(String.join(" ", parts), 2000);
  }

  private static SubjectRoleDto role(FtmEntity entity) {
    for (String value : entity.values("classification")) {
      for (SubjectRoleDto role : SubjectRoleDto.values()) {
        if (role.name().equalsIgnoreCase(value.strip())) {
          return role;
        }
      }
    }
    return SubjectRoleDto.THIRD_PARTY;
  }

  private static OwnershipKindDto kind(FtmEntity entity, String percentage, List<String> notes) {
    for (String value : entity.values("role")) {
      for (OwnershipKindDto kind : OwnershipKindDto.values()) {
        if (kind.name().equalsIgnoreCase(value.strip())) {
          return kind == OwnershipKindDto.LEGAL && percentage == null
              ? OwnershipKindDto.CONTROL
              : kind;
        }
      }
    }
    if (percentage != null) {
      return OwnershipKindDto.LEGAL;
    }
    notes.add("no share given: recorded as CONTROL");
    return OwnershipKindDto.CONTROL;
  }

  /** A share in (0, 100] as the contract writes it; anything else is left out with a note. */
  private static String percentage(FtmEntity entity, List<String> notes) {
    String raw = entity.first("percentage");
    if (raw == null) {
      return null;
    }
    String cleaned = raw.replace("%", "").replace(',', '.').strip();
    if (PERCENTAGE.matcher(cleaned).matches()) {
      BigDecimal share = new BigDecimal(cleaned);
      if (share.signum() > 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0) {
        return share.stripTrailingZeros().toPlainString();
      }
    }
    notes.add("percentage " + raw + " left out: not a share in (0, 100]");
    return null;
  }

  private static LocalDate date(FtmEntity entity, String property, List<String> notes) {
    String value = entity.first(property);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      notes.add(property + " " + value + " left out: not a full date");
      return null;
    }
  }

  /** Valid ISO 3166 codes of the properties, upper-cased, in order, once each. */
  private static List<String> countries(
      FtmEntity entity, List<String> properties, List<String> notes) {
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    for (String property : properties) {
      for (String value : entity.values(property)) {
        ValidationResult result =
            Identifiers.validate(IdentifierType.COUNTRY_CODE, upper(value.strip()));
        if (result.valid()) {
          codes.add(result.normalised());
        } else {
          notes.add(property + " " + value + " left out: " + result.reason());
        }
      }
    }
    return List.copyOf(codes);
  }

  /** The contract's own checks (lengths, list sizes) on a request built here. */
  private String contractViolations(Object request) {
    Set<ConstraintViolation<Object>> violations = validator.validate(request);
    if (violations.isEmpty()) {
      return null;
    }
    return violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .sorted(Comparator.naturalOrder())
        .reduce((a, b) -> a + "; " + b)
        .orElseThrow();
  }

  private record Added<T>(T value, String refusal) {}

  /** Runs one addition; a refusal by the service becomes the entity's reason. */
  private static <T> Added<T> attempt(Supplier<T> addition) {
    try {
      return new Added<>(addition.get(), null);
    } catch (InvalidRequestException e) {
      return new Added<>(
          null,
          e.violations().stream()
              .map(v -> v.field() + ": " + v.reason())
              .reduce((a, b) -> a + "; " + b)
              .orElseThrow());
    } catch (UnprocessableException | ConflictException e) {
      return new Added<>(null, e.getMessage());
    }
  }

  private static FtmImportEntityDto outcome(
      FtmEntity entity, FtmImportOutcomeDto outcome, String reason) {
    return new FtmImportEntityDto(entity.id(), entity.schema(), outcome).reason(reason);
  }

  private static FtmImportEntityDto outcome(
      FtmEntity entity, FtmImportOutcomeDto outcome, List<String> notes) {
    return outcome(entity, outcome, notes.isEmpty() ? null : String.join("; ", notes));
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  private static String lettersAndDigits(String value) {
    StringBuilder b = new StringBuilder(value.length());
    value
        .toUpperCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
