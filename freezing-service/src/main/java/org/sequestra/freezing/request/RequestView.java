package org.sequestra.freezing.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.certificate.ConfiscationCertificate;
import org.sequestra.freezing.certificate.FreezingCertificate;
import org.sequestra.freezing.deadline.DeadlineView;
import org.sequestra.freezing.lifecycle.Act.AssetResult;
import org.sequestra.freezing.lifecycle.DisposalShare;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestAction;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.lifecycle.RequestStatus;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;

/** A request as one caller sees it: its documents read back, and the actions open to the caller. */
public record RequestView(
    UUID id,
    LegalInstrument instrument,
    RequestKind kind,
    RequestStatus status,
    boolean urgent,
    String issuingAgency,
    String issuingCountry,
    String executingAgency,
    String executingCountry,
    UUID caseId,
    String issuingReference,
    String language,
    RequestDraft.MlaDetails mla,
    FreezingCertificate freezingCertificate,
    ConfiscationCertificate confiscationCertificate,
    long version,
    List<RequestAction> allowedActions,
    List<AssetResult> assetResults,
    DisposalShare disposalShare,
    String signedBy,
    Instant issuedAt,
    Instant transmittedAt,
    Instant receivedAt,
    Instant recognisedAt,
    Instant recognitionDueBy,
    Instant executionDueBy,
    List<DeadlineView> deadlines,
    Instant createdAt,
    List<RequestDelayNotice> delayNotices,
    List<AssetSnapshot> registrySnapshots) {}
