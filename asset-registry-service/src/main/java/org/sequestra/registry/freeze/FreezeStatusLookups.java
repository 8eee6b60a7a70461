package org.sequestra.registry.freeze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.security.TrustRegistry;
import org.sequestra.platform.security.TrustedIssuer;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.platform.web.Violation;
import org.sequestra.registry.cases.CaseAccess;
import org.sequestra.registry.cases.CaseAccess.SqlCondition;
import org.springframework.stereotype.Service;

/**
 * Freeze-status look-ups (DESIGN.md §2): who may see which asset, and the audit entry every look-up
 * leaves, with its purpose, also when it finds nothing.
 */
@Service
class FreezeStatusLookups {

  /** The raw look-up as asked; exactly one key must be given. */
  record Request(
      UUID assetId,
      String caseReference,
      String identifierType,
      String identifier,
      String purpose) {}

  private static final String KEYS = "give exactly one of assetId, caseReference or identifier";

  private final FreezeStatusQuery query;
  private final CaseAccess caseAccess;
  private final TrustRegistry trustRegistry;
  private final AuditTrail audit;

  FreezeStatusLookups(
      FreezeStatusQuery query,
      CaseAccess caseAccess,
      TrustRegistry trustRegistry,
      AuditTrail audit) {
    this.query = query;
    this.caseAccess = caseAccess;
    this.trustRegistry = trustRegistry;
    this.audit = audit;
  }

  /**
   * Not transactional on purpose: the audit entry is appended on its own, so that a look-up that
   * ends in 404 is on record too.
   */
  FreezeStatusQuery.Result lookUp(Caller caller, Request request, int page, int size) {
    String purpose = request.purpose() == null ? "" : request.purpose().strip();
    FreezeLookUp key = key(request, purpose.isEmpty());
    FreezeStatusQuery.Result result = query.find(key, visibleTo(caller), page, size);
    record(caller, key, purpose, result);
    if (key.assetId() != null && result.total() == 0) {
      throw new NotFoundException("Asset", key.assetId());
    }
    return result;
  }

  private static FreezeLookUp key(Request request, boolean purposeBlank) {
    List<Violation> violations = new ArrayList<>();
    if (purposeBlank) {
      violations.add(new Violation("purpose", "must not be blank"));
    }
    boolean byIdentifier = request.identifier() != null || request.identifierType() != null;
    int keys =
        (request.assetId() != null ? 1 : 0)
            + (request.caseReference() != null ? 1 : 0)
            + (byIdentifier ? 1 : 0);
    if (keys != 1) {
      violations.add(new Violation(keys == 0 ? "assetId" : "identifier", KEYS));
      throw new InvalidRequestException(violations);
    }
    FreezeLookUp key = null;
    if (request.assetId() != null) {
      key = FreezeLookUp.byAsset(request.assetId());
    } else if (request.caseReference() != null) {
      String reference = request.caseReference().strip();
      if (reference.isEmpty()) {
        violations.add(new Violation("caseReference", "must not be blank"));
      }
      key = FreezeLookUp.byCaseReference(reference);
    } else if (request.identifierType() == null) {
      violations.add(new Violation("identifierType", "is required with identifier"));
    } else if (request.identifier() == null) {
      violations.add(new Violation("identifier", "is required with identifierType"));
    } else {
      // The same validation and matching key as registration gives identifiers that take part in
      // hit/no-hit (AssetIdentifierRules), so any usual spelling finds the asset.
      IdentifierType type = IdentifierType.valueOf(request.identifierType());
      ValidationResult result = Identifiers.validate(type, request.identifier());
      if (result.valid()) {
        key = FreezeLookUp.byIdentifier(type.name(), result.key());
      } else {
        violations.add(new Violation("identifier", result.reason()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return key;
  }

  /**
   * ARO roles: assets of the cases they may read. Prosecutors: assets of cases of their own
   * country's agencies, and assets whose latest freeze was executed in their country.
   */
  private SqlCondition visibleTo(Caller caller) {
    List<String> conditions = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    if (caller.hasRole("ARO_ANALYST") || caller.hasRole("ARO_SUPERVISOR")) {
      SqlCondition readable = caseAccess.readableCasesSql(caller, "a.case_id");
      conditions.add(readable.sql());
      arguments.addAll(readable.arguments());
    }
    if (caller.hasRole("PROSECUTOR")) {
      List<String> agencies =
          trustRegistry.issuers().stream()
              .filter(issuer -> !issuer.isHub() && issuer.country().equals(caller.country()))
              .map(TrustedIssuer::agency)
              .toList();
      conditions.add(
          "(a.owning_agency in ("
              + String.join(", ", Collections.nCopies(agencies.size(), "?"))
              + ") or frozen.executing_country = ?)");
      arguments.addAll(agencies);
      arguments.add(caller.country());
    }
    if (conditions.isEmpty()) {
      return new SqlCondition("false", List.of());
    }
    return new SqlCondition("(" + String.join(" or ", conditions) + ")", arguments);
  }

  /**
   * One entry per owning agency of what was found, so that each agency's auditors see who looked at
   * its assets; one entry without an object agency when nothing was found.
   */
  private void record(
      Caller caller, FreezeLookUp key, String purpose, FreezeStatusQuery.Result result) {
    Set<String> owners = new LinkedHashSet<>();
    result.items().forEach(item -> owners.add(item.owningAgency()));
    AuditEvent event =
        AuditEvent.by(caller, "freeze-status.lookup", key.objectType(), key.objectId())
            .withPurpose(purpose);
    if (owners.isEmpty()) {
      audit.record(event.withDetail("nothing found"));
      return;
    }
    for (String owner : owners) {
      List<String> assets =
          result.items().stream()
              .filter(item -> item.owningAgency().equals(owner))
              .map(item -> item.assetId().toString())
              .toList();
      audit.record(event.onObjectOf(owner).withDetail(result.total() + " found; assets " + assets));
    }
  }
}
