package org.sequestra.registry.ftm;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.UnprocessableException;
import org.sequestra.registry.ftm.CaseHoldings.Asset;
import org.sequestra.registry.ftm.CaseHoldings.Link;
import org.sequestra.registry.ftm.CaseHoldings.NewAsset;
import org.sequestra.registry.ftm.CaseHoldings.NewLink;
import org.sequestra.registry.ftm.CaseHoldings.NewSubject;
import org.sequestra.registry.ftm.CaseHoldings.Subject;
import org.sequestra.registry.ftm.EntityOutcome.Outcome;
import org.sequestra.registry.ftm.FtmLines.Line;
import org.sequestra.registry.ftm.LinkSchemas.FtmLink;

/**
 * One import into one case: each line mapped by its schema's mapper, then merged into what the case
 * already holds or added to it. Identity documents are read first (they travel apart from their
 * holder), then subjects and assets, then links (a link may come before the entities it joins). A
 * refusal by the registry becomes the entity's reason and the import goes on.
 */
final class ImportRun {

  private final CaseHoldings holdings;
  private final Caller caller;
  private final UUID caseId;
  private final MergeIndex index;
  private final HolderDocuments documents = new HolderDocuments();

  ImportRun(CaseHoldings holdings, Caller caller, UUID caseId) {
    this.holdings = holdings;
    this.caller = caller;
    this.caseId = caseId;
    this.index =
        new MergeIndex(holdings.subjects(caseId), holdings.assets(caseId), holdings.links(caseId));
  }

  /** An outcome per line, in the order of the lines. */
  List<EntityOutcome> take(List<Line> lines) {
    lines.stream()
        .map(Line::entity)
        .filter(e -> DocumentSchemas.DOCUMENTS.contains(e.schema()))
        .forEach(documents::read);
    List<EntityOutcome> results = new ArrayList<>();
    for (Line line : lines) {
      results.add(entity(line));
    }
    for (int i = 0; i < lines.size(); i++) {
      FtmEntity entity = lines.get(i).entity();
      if (LinkSchemas.LINKS.contains(entity.schema())) {
        results.set(i, link(entity));
      } else if (DocumentSchemas.DOCUMENTS.contains(entity.schema()) && results.get(i) == null) {
        results.set(i, document(entity));
      }
    }
    return results;
  }

  /** A subject or an asset; {@code null} for links and documents, which the second pass takes. */
  private EntityOutcome entity(Line line) {
    FtmEntity entity = line.entity();
    String schema = entity.schema();
    Integer earlier = index.firstSeen(entity.id(), line.number());
    if (earlier != null) {
      Subject subject = index.subjectOf(entity.id());
      Asset asset = index.assetOf(entity.id());
      return EntityOutcome.of(
              entity,
              subject == null && asset == null ? Outcome.REJECTED : Outcome.MERGED,
              "same FtM id as line " + earlier)
          .withSubject(subject == null ? null : subject.id())
          .withAsset(asset == null ? null : asset.id());
    }
    if (SubjectSchemas.PERSON.contains(schema)) {
      return person(entity);
    }
    if (SubjectSchemas.LEGAL_ENTITIES.contains(schema)) {
      return subject(entity, SubjectSchemas.legalEntity(entity));
    }
    if (AssetSchemas.TYPES.containsKey(schema)) {
      return asset(entity, AssetSchemas.asset(entity));
    }
    if (LinkSchemas.LINKS.contains(schema) || DocumentSchemas.DOCUMENTS.contains(schema)) {
      return null;
    }
    return EntityOutcome.of(
        entity,
        Outcome.REJECTED,
        "FtM schema "
            + schema
            + " has no place in the registry; it takes Person, Company,"
            + " LegalEntity, Organization, BankAccount, RealEstate, Vehicle, Vessel, Airplane,"
            + " CryptoWallet, Security, Ownership and Directorship");
  }

  private EntityOutcome person(FtmEntity entity) {
    EntityOutcome result =
        subject(entity, SubjectSchemas.person(entity, documents.of(entity.id())));
    if (result.outcome() == Outcome.TAKEN) {
      documents.takenWith(entity.id(), result.subjectId());
    }
    return result;
  }

  private EntityOutcome subject(FtmEntity entity, Mapped<NewSubject> mapped) {
    if (mapped.isRefused()) {
      return EntityOutcome.of(entity, Outcome.REJECTED, mapped.refusal());
    }
    NewSubject draft = mapped.draft();
    Subject existing = index.sameAs(draft);
    if (existing != null) {
      index.became(entity.id(), existing);
      return EntityOutcome.of(
              entity, Outcome.MERGED, "same " + sameness(draft) + " as a subject of the case")
          .withSubject(existing.id());
    }
    String invalid = holdings.violations(draft);
    if (invalid != null) {
      return EntityOutcome.of(entity, Outcome.REJECTED, invalid);
    }
    Added<Subject> added = attempt(() -> holdings.addSubject(caller, caseId, draft));
    if (added.refusal() != null) {
      return EntityOutcome.of(entity, Outcome.REJECTED, added.refusal());
    }
    index.index(added.value());
    index.became(entity.id(), added.value());
    return EntityOutcome.of(entity, Outcome.TAKEN, mapped.notes()).withSubject(added.value().id());
  }

  private EntityOutcome asset(FtmEntity entity, Mapped<NewAsset> mapped) {
    NewAsset draft = mapped.draft();
    Asset existing = index.sameAs(draft.identifiers());
    if (existing != null) {
      index.became(entity.id(), existing);
      return EntityOutcome.of(entity, Outcome.MERGED, "same identifier as an asset of the case")
          .withAsset(existing.id());
    }
    String invalid = holdings.violations(draft);
    if (invalid != null) {
      return EntityOutcome.of(entity, Outcome.REJECTED, invalid);
    }
    Added<Asset> added = attempt(() -> holdings.registerAsset(caller, caseId, draft));
    if (added.refusal() != null) {
      return EntityOutcome.of(entity, Outcome.REJECTED, added.refusal());
    }
    index.index(added.value());
    index.became(entity.id(), added.value());
    List<String> notes = new ArrayList<>(mapped.notes());
    notes.addAll(added.value().warnings());
    return EntityOutcome.of(entity, Outcome.TAKEN, notes).withAsset(added.value().id());
  }

  private EntityOutcome link(FtmEntity entity) {
    Mapped<FtmLink> mapped = LinkSchemas.link(entity);
    if (mapped.isRefused()) {
      return EntityOutcome.of(entity, Outcome.REJECTED, mapped.refusal());
    }
    FtmLink read = mapped.draft();
    Subject owner = index.subjectOf(read.ownerRef());
    if (owner == null) {
      return EntityOutcome.of(
          entity, Outcome.REJECTED, read.ownerRole() + " " + read.ownerRef() + " was not taken");
    }
    Asset asset = index.assetOf(read.ownedRef());
    if (asset == null) {
      Subject company = index.subjectOf(read.ownedRef());
      if (company == null || company.legalEntity() == null) {
        return EntityOutcome.of(
            entity,
            Outcome.REJECTED,
            read.ownedRole()
                + " "
                + read.ownedRef()
                + (company == null ? " was not taken" : " is a person, not something owned"));
      }
      List<String> refusals = new ArrayList<>();
      asset = sharesIn(company, refusals);
      if (asset == null) {
        return EntityOutcome.of(entity, Outcome.REJECTED, refusals);
      }
    }
    NewLink draft = read.of(owner.id());
    UUID assetId = asset.id();
    if (index.holds(assetId, draft)) {
      return EntityOutcome.of(entity, Outcome.MERGED, "the same link is already in the case")
          .withSubject(owner.id())
          .withAsset(assetId);
    }
    Added<Link> added = attempt(() -> holdings.addLink(caller, assetId, draft));
    if (added.refusal() != null) {
      return EntityOutcome.of(entity, Outcome.REJECTED, added.refusal())
          .withSubject(owner.id())
          .withAsset(assetId);
    }
    index.index(added.value());
    return EntityOutcome.of(entity, Outcome.TAKEN, mapped.notes())
        .withSubject(owner.id())
        .withAsset(assetId)
        .withOwnership(added.value().id());
  }

  /** The asset "shares in" a legal entity of the case, registered on first use. */
  private Asset sharesIn(Subject company, List<String> refusals) {
    Asset known = index.sharesOf(company.id());
    if (known != null) {
      return known;
    }
    NewAsset draft = AssetSchemas.sharesIn(company.legalEntity());
    Asset shares = index.sameAs(draft.identifiers());
    if (shares == null) {
      shares = index.sharesDescribed(draft.description());
    }
    if (shares == null) {
      Added<Asset> added = attempt(() -> holdings.registerAsset(caller, caseId, draft));
      if (added.refusal() != null) {
        refusals.add(
            "shares in "
                + company.legalEntity().name()
                + " could not be registered: "
                + added.refusal());
        return null;
      }
      shares = added.value();
      index.index(shares);
    }
    index.sharesOf(company.id(), shares);
    return shares;
  }

  private EntityOutcome document(FtmEntity entity) {
    String refusal = documents.refusal(entity.id());
    if (refusal != null) {
      return EntityOutcome.of(entity, Outcome.REJECTED, refusal);
    }
    UUID holder = documents.takenBy(entity.id());
    if (holder != null) {
      return EntityOutcome.of(entity, Outcome.TAKEN, (String) null).withSubject(holder);
    }
    Subject merged = index.subjectOf(entity.first("holder"));
    return EntityOutcome.of(
        entity,
        Outcome.REJECTED,
        merged != null
            ? "holder was merged into a subject already in the case; its documents are not"
                + " changed"
            : "holder " + entity.first("holder") + " was not taken as a person");
  }

  private static String sameness(NewSubject subject) {
    if (subject.naturalPerson() != null) {
      return "name and birth date";
    }
    return subject.legalEntity().lei() != null || subject.legalEntity().registrationNumber() != null
        ? "identifier or name"
        : "name";
  }

  private record Added<T>(T value, String refusal) {}

  /** Runs one addition; a refusal by the registry becomes the entity's reason. */
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
}
