package org.sequestra.freezing.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.freezing.request.FreezingRequest;
import org.sequestra.freezing.request.IdentifierKeys;
import org.sequestra.freezing.request.RequestAccess;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.Violation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * A prosecutor's search of requests: only what the caller's agency may see ({@link RequestAccess}),
 * and an audit entry with the stated purpose for every search, also one that finds nothing (as the
 * registry's freeze-status look-up).
 */
@Service
class RequestSearches {

  /** Ids named in one audit entry: 10 × 38 characters stay within the 500 of the detail. */
  private static final int DETAIL_IDS = 10;

  /** The search as asked; exactly one key must be given. */
  record Search(
      String caseReference,
      UUID requestId,
      String identifierType,
      String identifier,
      String purpose) {}

  private static final String KEYS =
      "give exactly one of caseReference, requestId or identifierType with identifier";

  private final RequestAccess access;
  private final AuditTrail audit;

  RequestSearches(RequestAccess access, AuditTrail audit) {
    this.access = access;
    this.audit = audit;
  }

  /**
   * Not transactional: the audit entry is appended on its own, and the page is read in the
   * repository's own transaction.
   */
  Page<FreezingRequest> search(Caller caller, Search search, Pageable pageable) {
    String purpose = search.purpose() == null ? "" : search.purpose().strip();
    List<Violation> violations = new ArrayList<>();
    if (purpose.isEmpty()) {
      violations.add(new Violation("purpose", "must not be blank"));
    }
    boolean byIdentifier = search.identifier() != null || search.identifierType() != null;
    int keys =
        (search.caseReference() != null ? 1 : 0)
            + (search.requestId() != null ? 1 : 0)
            + (byIdentifier ? 1 : 0);
    if (keys != 1) {
      violations.add(new Violation(keys == 0 ? "caseReference" : "identifier", KEYS));
      throw new InvalidRequestException(violations);
    }
    String objectType;
    String objectId;
    Page<FreezingRequest> found;
    if (search.requestId() != null) {
      objectType = "freezing-request";
      objectId = search.requestId().toString();
      found =
          violations.isEmpty() ? access.visibleById(caller, search.requestId(), pageable) : null;
    } else if (search.caseReference() != null) {
      String reference = search.caseReference().strip();
      if (reference.isEmpty()) {
        violations.add(new Violation("caseReference", "must not be blank"));
      }
      objectType = "case-reference";
      objectId = reference;
      found = violations.isEmpty() ? access.visibleByReference(caller, reference, pageable) : null;
    } else {
      if (search.identifierType() == null || search.identifierType().isBlank()) {
        violations.add(new Violation("identifierType", "is required with identifier"));
      }
      if (search.identifier() == null || search.identifier().isBlank()) {
        violations.add(new Violation("identifier", "is required with identifierType"));
      }
      if (!violations.isEmpty()) {
        throw new InvalidRequestException(violations);
      }
      String type = IdentifierKeys.type(search.identifierType());
      Optional<String> key = IdentifierKeys.key(type, search.identifier());
      objectType = "asset-identifier";
      // the type only: the identifier itself may be personal data (an account number)
      objectId = type;
      found =
          key.map(value -> access.visibleByIdentifier(caller, type, value, pageable))
              .orElseGet(() -> new PageImpl<>(List.of(), pageable, 0));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    record(caller, objectType, objectId, purpose, found);
    return found;
  }

  /**
   * One entry per issuing agency of what was found, so that each agency's auditors see who looked
   * at its requests; one entry without an object agency when nothing was found.
   */
  private void record(
      Caller caller,
      String objectType,
      String objectId,
      String purpose,
      Page<FreezingRequest> found) {
    AuditEvent event =
        AuditEvent.by(caller, "request.search", objectType, objectId).withPurpose(purpose);
    if (found.isEmpty()) {
      audit.record(event.withDetail("nothing found"));
      return;
    }
    found.getContent().stream()
        .map(FreezingRequest::getIssuingAgency)
        .distinct()
        .forEach(owner -> audit.record(event.onObjectOf(owner).withDetail(detail(found, owner))));
  }

  /** The audit detail holds 500 characters: the first ids of the owner's requests, and a count. */
  static String detail(Page<FreezingRequest> found, String owner) {
    List<String> ids =
        found.getContent().stream()
            .filter(request -> request.getIssuingAgency().equals(owner))
            .map(request -> request.getId().toString())
            .toList();
    List<String> named = ids.subList(0, Math.min(ids.size(), DETAIL_IDS));
    return found.getTotalElements()
        + " found; requests "
        + named
        + (ids.size() > named.size() ? " and " + (ids.size() - named.size()) + " more" : "");
  }
}
