package org.sequestra.freezing.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sequestra.freezing.agreement.domain.MlaAgreement;
import org.sequestra.freezing.deadline.DeadlinePeriod;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.lifecycle.RequestLifecycle;
import org.sequestra.freezing.lifecycle.RequestStatus;

/**
 * A freezing or confiscation request (or an MLA request), as both its issuing and its executing
 * agency see it. The certificate is one JSON document; the columns are what is queried on.
 */
@Entity
@Table(name = "freezing_request")
public class FreezingRequest {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private LegalInstrument instrument;

  @Enumerated(EnumType.STRING)
  private RequestKind kind;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  private boolean urgent;

  @Column(name = "issuing_agency")
  private String issuingAgency;

  @Column(name = "issuing_country")
  private String issuingCountry;

  @Column(name = "executing_agency")
  private String executingAgency;

  @Column(name = "executing_country")
  private String executingCountry;

  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "issuing_reference")
  private String issuingReference;

  private String language;

  @Column(name = "mla_channel")
  private String mlaChannel;

  @Column(name = "mla_evidential")
  private Boolean mlaEvidential;

  /** The MLA agreement named, and its terms as the table said when the draft was saved. */
  @Column(name = "mla_agreement_id")
  private String mlaAgreementId;

  @Column(name = "mla_agreement_basis")
  private String mlaAgreementBasis;

  @Column(name = "mla_recognition_period")
  private String mlaRecognitionPeriod;

  @Column(name = "mla_execution_period")
  private String mlaExecutionPeriod;

  @JdbcTypeCode(SqlTypes.JSON)
  private String certificate;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "asset_results")
  private String assetResults;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "disposal_share")
  private String disposalShare;

  @Enumerated(EnumType.STRING)
  @Column(name = "postponed_from")
  private RequestStatus postponedFrom;

  @Column(name = "superseded_by")
  private UUID supersededBy;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "transmitted_at")
  private Instant transmittedAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "recognised_at")
  private Instant recognisedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "executed_at")
  private Instant executedAt;

  @Column(name = "recognition_due_by")
  private Instant recognitionDueBy;

  @Column(name = "execution_due_by")
  private Instant executionDueBy;

  /** The end of the deadline that runs now, for the overdue list; null when none runs. */
  @Column(name = "open_deadline_due_at")
  private Instant openDeadlineDueAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected FreezingRequest() {}

  FreezingRequest(
      String issuingAgency,
      String issuingCountry,
      DraftContent draft,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.status = RequestStatus.DRAFT;
    this.issuingAgency = issuingAgency;
    this.issuingCountry = issuingCountry;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    replace(draft, createdAt);
  }

  /**
   * What a draft says, resolved and serialised by the draft service.
   *
   * @param agreed the terms of the MLA agreement the draft names; null when it names none
   */
  record DraftContent(
      RequestDraft draft,
      String executingCountry,
      String certificateJson,
      MlaAgreement.Terms agreed) {}

  void replace(DraftContent content, Instant at) {
    RequestDraft draft = content.draft();
    this.instrument = draft.instrument();
    this.kind = draft.kind();
    this.urgent = draft.urgent();
    this.executingAgency = draft.executingAgency();
    this.executingCountry = content.executingCountry();
    this.caseId = draft.caseId();
    this.issuingReference = draft.issuingReference();
    this.language = draft.language();
    this.mlaChannel = draft.mla() == null ? null : draft.mla().channel().name();
    this.mlaEvidential = draft.mla() == null ? null : draft.mla().evidential();
    MlaAgreement.Terms agreed = content.agreed();
    this.mlaAgreementId = agreed == null ? null : agreed.agreementId();
    this.mlaAgreementBasis = agreed == null ? null : agreed.legalBasis();
    this.mlaRecognitionPeriod = iso8601(agreed == null ? null : agreed.recognition());
    this.mlaExecutionPeriod = iso8601(agreed == null ? null : agreed.execution());
    this.certificate = content.certificateJson();
    this.updatedAt = at;
  }

  private static String iso8601(DeadlinePeriod period) {
    return period == null ? null : period.iso8601();
  }

  /** The terms of the MLA agreement the request names, as fixed with its draft; null: none. */
  public MlaAgreement.Terms agreedTerms() {
    if (mlaAgreementId == null) {
      return null;
    }
    return new MlaAgreement.Terms(
        mlaAgreementId,
        mlaAgreementBasis,
        mlaRecognitionPeriod == null ? null : DeadlinePeriod.parse(mlaRecognitionPeriod),
        mlaExecutionPeriod == null ? null : DeadlinePeriod.parse(mlaExecutionPeriod));
  }

  /** The request as its lifecycle sees it. */
  public RequestLifecycle.State lifecycleState() {
    return new RequestLifecycle.State(kind, instrument, status, postponedFrom);
  }

  /** Moves to the status the lifecycle decided, remembering where a postponement started. */
  public void moveTo(RequestStatus next, Instant at) {
    if (next == RequestStatus.POSTPONED) {
      postponedFrom = status;
    } else if (status == RequestStatus.POSTPONED) {
      postponedFrom = null;
    }
    status = next;
    updatedAt = at;
  }

  public void issued(String signer, Instant at) {
    signedBy = signer;
    issuedAt = at;
  }

  public void transmitted(Instant at) {
    transmittedAt = at;
  }

  /** Receipt starts the recognition deadline (Art 9(3)), again after a forwarding. */
  public void received(Instant at) {
    receivedAt = at;
    recognitionDueBy = RecognitionDeadline.of(instrument, kind, urgent, at).orElse(null);
  }

  public void recognised(Instant at) {
    recognisedAt = at;
    decidedAt = at;
    executionDueBy = RecognitionDeadline.execution(instrument, kind, urgent, at).orElse(null);
  }

  /** Art 4(9): the competent authority of the same State takes over. */
  public void forwardedTo(String agency) {
    executingAgency = agency;
  }

  /** The decision not to recognise (Art 8(3), 19(3)) also meets the recognition deadline. */
  public void refused(Instant at) {
    decidedAt = at;
  }

  public void executed(String assetResultsJson, Instant at) {
    assetResults = assetResultsJson;
    executedAt = at;
  }

  public void disposed(String disposalShareJson) {
    disposalShare = disposalShareJson;
  }

  /** A delay notice changes the request as its sides see it: a new version, no new status. */
  void delayNotified(Instant at) {
    updatedAt = at;
  }

  /** Kept after every step by the transitions ({@link OpenDeadlines}). */
  public void openDeadlineDue(Instant dueAt) {
    openDeadlineDueAt = dueAt;
  }

  public Instant getOpenDeadlineDueAt() {
    return openDeadlineDueAt;
  }

  public void supersededBy(UUID confiscationRequest) {
    supersededBy = confiscationRequest;
  }

  public UUID getId() {
    return id;
  }

  public LegalInstrument getInstrument() {
    return instrument;
  }

  public RequestKind getKind() {
    return kind;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public String getIssuingAgency() {
    return issuingAgency;
  }

  public String getIssuingCountry() {
    return issuingCountry;
  }

  public String getExecutingAgency() {
    return executingAgency;
  }

  public String getExecutingCountry() {
    return executingCountry;
  }

  public UUID getCaseId() {
    return caseId;
  }

  public String getIssuingReference() {
    return issuingReference;
  }

  public String getLanguage() {
    return language;
  }

  public String getMlaChannel() {
    return mlaChannel;
  }

  public Boolean getMlaEvidential() {
    return mlaEvidential;
  }

  public String getMlaAgreementId() {
    return mlaAgreementId;
  }

  /** The agreement's name and source as they stood when the draft named it. */
  public String getMlaAgreementBasis() {
    return mlaAgreementBasis;
  }

  public String getCertificate() {
    return certificate;
  }

  public String getAssetResults() {
    return assetResults;
  }

  public String getDisposalShare() {
    return disposalShare;
  }

  public UUID getSupersededBy() {
    return supersededBy;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getTransmittedAt() {
    return transmittedAt;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getRecognisedAt() {
    return recognisedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getExecutedAt() {
    return executedAt;
  }

  public Instant getRecognitionDueBy() {
    return recognitionDueBy;
  }

  public Instant getExecutionDueBy() {
    return executionDueBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
