package org.sequestra.registry.ftm;

import static org.sequestra.registry.ftm.FtmValues.lettersAndDigits;
import static org.sequestra.registry.ftm.FtmValues.normal;
import static org.sequestra.registry.ftm.FtmValues.upper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;
import org.sequestra.registry.ftm.CaseHoldings.Asset;
import org.sequestra.registry.ftm.CaseHoldings.AssetIdentifiers;
import org.sequestra.registry.ftm.CaseHoldings.AssetType;
import org.sequestra.registry.ftm.CaseHoldings.Chain;
import org.sequestra.registry.ftm.CaseHoldings.LegalEntity;
import org.sequestra.registry.ftm.CaseHoldings.Link;
import org.sequestra.registry.ftm.CaseHoldings.LinkKind;
import org.sequestra.registry.ftm.CaseHoldings.NaturalPerson;
import org.sequestra.registry.ftm.CaseHoldings.NewLink;
import org.sequestra.registry.ftm.CaseHoldings.NewSubject;
import org.sequestra.registry.ftm.CaseHoldings.Subject;

/**
 * What one import has taken so far and what the case held before it: which record an FtM id became
 * (so that later lines with the same id merge and links find their ends), and under which keys a
 * record is already in the case (so that an entity naming it again merges instead of doubling it).
 *
 * <p>Subjects are the same by LEI, by register number in its jurisdiction, or else by name (and
 * birth date for a person); assets by any identifier in the platform's normalised form; links by
 * asset, subject, kind and dates.
 */
final class MergeIndex {

  private final Map<String, Subject> subjectsByKey = new HashMap<>();
  private final Map<String, Asset> assetsByKey = new HashMap<>();
  private final Set<String> linkKeys = new HashSet<>();

  /** FtM id of this import → what it became, and the line it first appeared on. */
  private final Map<String, Subject> subjectOf = new HashMap<>();

  private final Map<String, Asset> assetOf = new HashMap<>();
  private final Map<String, Integer> lineOf = new HashMap<>();

  /** Legal entity subject → the asset "shares in" it. */
  private final Map<UUID, Asset> sharesOf = new HashMap<>();

  MergeIndex(List<Subject> subjects, List<Asset> assets, List<Link> links) {
    subjects.forEach(this::index);
    assets.forEach(this::index);
    links.forEach(this::index);
  }

  /** Notes the line an FtM id appears on; the line it appeared on before, or {@code null}. */
  Integer firstSeen(String ftmId, int line) {
    return lineOf.putIfAbsent(ftmId, line);
  }

  /** The subject an FtM id of this import became (taken or merged); {@code null} if none. */
  Subject subjectOf(String ftmId) {
    return subjectOf.get(ftmId);
  }

  /** The asset an FtM id of this import became (taken or merged); {@code null} if none. */
  Asset assetOf(String ftmId) {
    return assetOf.get(ftmId);
  }

  void became(String ftmId, Subject subject) {
    subjectOf.put(ftmId, subject);
  }

  void became(String ftmId, Asset asset) {
    assetOf.put(ftmId, asset);
  }

  /** The subject of the case that this one names, looked up by identifiers first. */
  Subject sameAs(NewSubject subject) {
    return subjectsByKey.get(subjectKey(subject.naturalPerson(), subject.legalEntity()));
  }

  /** The asset of the case that any of these identifiers names. */
  Asset sameAs(AssetIdentifiers identifiers) {
    return assetKeys(identifiers).stream()
        .map(assetsByKey::get)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** Shares in a company without register identifiers: known by their description. */
  Asset sharesDescribed(String description) {
    return assetsByKey.get(sharesKey(description));
  }

  /** The asset "shares in" a legal entity of the case, once registered or found. */
  Asset sharesOf(UUID companyId) {
    return sharesOf.get(companyId);
  }

  void sharesOf(UUID companyId, Asset shares) {
    sharesOf.put(companyId, shares);
  }

  boolean holds(UUID assetId, NewLink link) {
    return linkKeys.contains(
        linkKey(assetId, link.subjectId(), link.kind(), link.startDate(), link.endDate()));
  }

  void index(Subject subject) {
    subjectsByKey.putIfAbsent(subjectKey(subject.naturalPerson(), subject.legalEntity()), subject);
    LegalEntity legalEntity = subject.legalEntity();
    if (legalEntity != null) {
      if (legalEntity.lei() != null) {
        subjectsByKey.putIfAbsent("lei:" + legalEntity.lei(), subject);
      }
      if (legalEntity.registrationNumber() != null) {
        subjectsByKey.putIfAbsent(
            "reg:" + legalEntity.jurisdiction() + ":" + normal(legalEntity.registrationNumber()),
            subject);
      }
    }
  }

  void index(Asset asset) {
    for (String key : assetKeys(asset.identifiers())) {
      assetsByKey.putIfAbsent(key, asset);
    }
    if (asset.type() == AssetType.COMPANY_SHARES) {
      assetsByKey.putIfAbsent(sharesKey(asset.description()), asset);
    }
  }

  void index(Link link) {
    linkKeys.add(
        linkKey(link.assetId(), link.subjectId(), link.kind(), link.startDate(), link.endDate()));
  }

  private String subjectKey(NaturalPerson person, LegalEntity legalEntity) {
    if (person != null) {
      return "person:" + normal(person.fullName()) + ":" + person.birthDate();
    }
    if (legalEntity.lei() != null) {
      ValidationResult lei = Identifiers.validate(IdentifierType.LEI, legalEntity.lei());
      String key = "lei:" + (lei.valid() ? lei.normalised() : legalEntity.lei());
      if (subjectsByKey.containsKey(key)) {
        return key;
      }
    }
    if (legalEntity.registrationNumber() != null) {
      String key =
          "reg:" + legalEntity.jurisdiction() + ":" + normal(legalEntity.registrationNumber());
      if (subjectsByKey.containsKey(key)) {
        return key;
      }
    }
    return "entity:" + normal(legalEntity.name());
  }

  private static String sharesKey(String description) {
    return "shares-described:" + normal(description);
  }

  private static String linkKey(
      UUID assetId, UUID subjectId, LinkKind kind, LocalDate startDate, LocalDate endDate) {
    return assetId + "|" + subjectId + "|" + kind + "|" + startDate + "|" + endDate;
  }

  /**
   * Keys under which an asset's identifiers name the same property, in normalised form (the
   * platform's validators normalise; a value they refuse keeps its own spelling and matches
   * nothing, and registration then rejects it).
   */
  private static List<String> assetKeys(AssetIdentifiers ids) {
    List<String> keys = new ArrayList<>();
    if (ids == null) {
      return keys;
    }
    key(keys, "iban", IdentifierType.IBAN, ids.iban());
    key(keys, "vin", IdentifierType.VIN, ids.vin());
    key(keys, "imo", IdentifierType.IMO_NUMBER, ids.imoNumber());
    key(keys, "isin", IdentifierType.ISIN, ids.isin());
    key(keys, "lei", IdentifierType.LEI, ids.lei());
    if (ids.walletAddress() != null && ids.chain() != null) {
      key(
          keys,
          "wallet",
          ids.chain() == Chain.BITCOIN
              ? IdentifierType.BITCOIN_ADDRESS
              : IdentifierType.ETHEREUM_ADDRESS,
          ids.walletAddress());
    }
    if (ids.cadastralReference() != null) {
      keys.add(
          "cadastre:"
              + upper(ids.cadastralCountry())
              + ":"
              + lettersAndDigits(ids.cadastralReference()));
    }
    if (ids.aircraftRegistration() != null) {
      keys.add("aircraft:" + lettersAndDigits(ids.aircraftRegistration()));
    }
    if (ids.registrationNumber() != null) {
      keys.add(
          "shares:"
              + upper(ids.registrationJurisdiction())
              + ":"
              + normal(ids.registrationNumber()));
    }
    return keys;
  }

  private static void key(List<String> keys, String prefix, IdentifierType type, String value) {
    if (value != null) {
      ValidationResult result = Identifiers.validate(type, value);
      keys.add(prefix + ":" + (result.valid() ? result.key() : value));
    }
  }
}
