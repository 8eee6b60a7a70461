package org.sequestra.freezing.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.lifecycle.RequestRuleBroken;
import org.sequestra.freezing.lifecycle.RequestStatus;
import org.sequestra.freezing.lifecycle.Side;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.ETags;
import org.sequestra.platform.web.ForbiddenException;
import org.sequestra.platform.web.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of the issuing side, and the reads of both sides. A draft may be incomplete; what it says
 * must still be coherent (the certificate of its kind, an executing agency the trust registry
 * knows, urgency only for freezing, the Regulation only between States it binds, an MLA agreement
 * of the table that both States are party to).
 */
@Service
class RequestDrafts {

  private static final Logger log = LoggerFactory.getLogger(RequestDrafts.class);

  private final FreezingRequestRepository requests;
  private final RequestAccess access;
  private final RequestDocuments documents;
  private final Agencies agencies;
  private final AuditTrail audit;
  private final Clock clock;
  private final RequestIdentifiers identifiers;
  private final CrossBorderChecks crossBorder;

  RequestDrafts(
      FreezingRequestRepository requests,
      RequestAccess access,
      RequestDocuments documents,
      Agencies agencies,
      AuditTrail audit,
      Clock clock,
      RequestIdentifiers identifiers,
      CrossBorderChecks crossBorder) {
    this.requests = requests;
    this.access = access;
    this.documents = documents;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
    this.identifiers = identifiers;
    this.crossBorder = crossBorder;
  }

  @Transactional
  FreezingRequest create(Caller caller, RequestDraft draft) {
    Instant now = clock.instant();
    FreezingRequest saved =
        requests.save(
            new FreezingRequest(
                caller.agency(), caller.country(), content(caller, draft), caller.subject(), now));
    requests.flush();
    identifiers.index(saved.getId(), documents.certificate(saved));
    audit.record(
        AuditEvent.by(caller, "request.draft.create", "freezing-request", saved.getId())
            .withDetail(saved.getKind() + " to " + saved.getExecutingAgency()));
    log.info(
        "Request {} drafted: {} {}{} to {}",
        saved.getId(),
        saved.getInstrument(),
        saved.getKind(),
        saved.isUrgent() ? " (urgent)" : "",
        saved.getExecutingAgency());
    return saved;
  }

  @Transactional
  FreezingRequest replace(Caller caller, UUID id, String ifMatch, RequestDraft draft) {
    FreezingRequest request = access.lockedForAct(caller, id);
    if (!RequestAccess.sides(caller, request).contains(Side.ISSUING)) {
      throw new ForbiddenException(
          "issuing-side-only", "Only the issuing agency may change a draft.");
    }
    ETags.requireMatch(ifMatch, request.getVersion());
    if (request.getStatus() != RequestStatus.DRAFT) {
      throw new ConflictException(
          "not-a-draft",
          "The request is " + request.getStatus() + "; only a DRAFT can be replaced.");
    }
    request.replace(content(caller, draft), clock.instant());
    requests.flush();
    identifiers.index(id, documents.certificate(request));
    audit.record(AuditEvent.by(caller, "request.draft.replace", "freezing-request", id));
    return request;
  }

  @Transactional
  FreezingRequest read(Caller caller, UUID id) {
    FreezingRequest request = access.readable(caller, id);
    audit.record(
        AuditEvent.by(caller, "request.read", "freezing-request", id)
            .onObjectOf(request.getIssuingAgency()));
    return request;
  }

  /** The page shows certificates (personal data of affected persons): the read is audited. */
  @Transactional
  Page<FreezingRequest> list(Caller caller, Side side, RequestStatus status, Pageable pageable) {
    Page<FreezingRequest> page =
        requests.findVisible(
            caller.agency(), side != Side.EXECUTING, side != Side.ISSUING, status, pageable);
    audit.record(
        AuditEvent.by(caller, "request.list", "freezing-request", null)
            .withDetail(
                (side == null ? "both sides" : side.name().toLowerCase(java.util.Locale.ROOT))
                    + ", "
                    + page.getNumberOfElements()
                    + " requests"));
    return page;
  }

  private FreezingRequest.DraftContent content(Caller caller, RequestDraft draft) {
    List<Violation> faults = new ArrayList<>();
    Optional<String> executingCountry = agencies.countryOf(draft.executingAgency());
    if (executingCountry.isEmpty()) {
      faults.add(new Violation("executingAgency", "is not an agency of the trust registry"));
    } else if (draft.executingAgency().equals(caller.agency())) {
      faults.add(new Violation("executingAgency", "must be another agency than the issuing one"));
    } else if (draft.instrument() == LegalInstrument.REGULATION_2018_1805
        && executingCountry.get().equals(caller.country())) {
      faults.add(
          new Violation(
              "executingAgency", "must be in another State than the issuing one (Art 2(7))"));
    }
    if (draft.urgent() && draft.kind() != RequestKind.FREEZING) {
      faults.add(new Violation("urgent", "only a freezing request can be urgent (Art 9(3))"));
    }
    if (draft.kind() == RequestKind.FREEZING && draft.confiscationCertificate() != null) {
      faults.add(
          new Violation(
              "confiscationCertificate", "a freezing request carries an Annex I certificate"));
    }
    if (draft.kind() == RequestKind.CONFISCATION && draft.freezingCertificate() != null) {
      faults.add(
          new Violation(
              "freezingCertificate", "a confiscation request carries an Annex II certificate"));
    }
    if (draft.instrument() == LegalInstrument.REGULATION_2018_1805 && draft.mla() != null) {
      faults.add(new Violation("mla", "is for MLA requests only"));
    }
    String agreementId = draft.mla() == null ? null : draft.mla().agreementId();
    faults.addAll(
        crossBorder.ofDraft(
            draft.instrument(), caller.country(), executingCountry.orElse(null), agreementId));
    if (!faults.isEmpty()) {
      throw new RequestRuleBroken("draft-invalid", faults.size() + " fields are invalid.", faults);
    }
    Certificate certificate =
        new Certificate(draft.freezingCertificate(), draft.confiscationCertificate());
    return new FreezingRequest.DraftContent(
        draft,
        executingCountry.get(),
        documents.write(certificate),
        crossBorder.termsOf(agreementId));
  }
}
