package org.sequestra.freezing.inforequest;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.deadline.Deadline;
import org.sequestra.freezing.deadline.DeadlineRule;

/** An information request from one ARO to another, with its answer once given. */
@Entity
@Table(name = "information_request")
class InformationRequest {

  @Id private UUID id;

  @Column(name = "requesting_agency")
  private String requestingAgency;

  @Column(name = "requesting_country")
  private String requestingCountry;

  @Column(name = "requested_agency")
  private String requestedAgency;

  @Column(name = "requested_country")
  private String requestedCountry;

  @Column(name = "requesting_reference")
  private String requestingReference;

  @Column(name = "registry_case_id")
  private UUID registryCaseId;

  private String subject;
  private String reasons;

  @Column(name = "nature_of_proceedings")
  private String natureOfProceedings;

  private String offence;

  @Column(name = "link_to_requested_state")
  private String linkToRequestedState;

  @Column(name = "property_details")
  private String propertyDetails;

  @Enumerated(EnumType.STRING)
  private InformationUrgency urgency;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_by")
  private String sentBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_rule")
  private DeadlineRule deadlineRule;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "unrolled_due_date")
  private LocalDate unrolledDueDate;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answer_text")
  private String answerText;

  @Column(name = "delay_reason")
  private String delayReason;

  @Column(name = "delay_recorded_at")
  private Instant delayRecordedAt;

  @Column(name = "delay_recorded_by")
  private String delayRecordedBy;

  @Column(name = "expected_answer_by")
  private Instant expectedAnswerBy;

  @ElementCollection
  @CollectionTable(
      name = "information_answer_attachment",
      joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<StoredAttachment> attachments = new ArrayList<>();

  @Version private long version;

  protected InformationRequest() {}

  InformationRequest(
      InformationRequestDraft draft,
      String requestingAgency,
      String requestingCountry,
      String requestedCountry,
      Deadline deadline,
      String sentBy) {
    this.id = UUID.randomUUID();
    this.requestingAgency = requestingAgency;
    this.requestingCountry = requestingCountry;
    this.requestedAgency = draft.requestedAgency();
    this.requestedCountry = requestedCountry;
    this.requestingReference = draft.requestingReference();
    this.registryCaseId = draft.registryCaseId();
    this.subject = draft.subject();
    this.reasons = draft.reasons();
    this.natureOfProceedings = draft.natureOfProceedings();
    this.offence = draft.offence();
    this.linkToRequestedState = draft.linkToRequestedState();
    this.propertyDetails = draft.propertyDetails();
    this.urgency = draft.urgency();
    this.sentAt = deadline.startedAt();
    this.sentBy = sentBy;
    this.deadlineRule = deadline.rule();
    this.dueAt = deadline.dueAt();
    this.dueDate = deadline.dueDate();
    this.unrolledDueDate = deadline.unrolledDueDate();
  }

  void answer(InformationAnswerDraft draft, String by, Instant at) {
    this.answerText = draft.text();
    this.attachments =
        new ArrayList<>(draft.attachments().stream().map(StoredAttachment::new).toList());
    if (draft.delayReason() != null && !draft.delayReason().isBlank()) {
      recordDelay(new DelayNoticeDraft(draft.delayReason(), null), by, at);
    }
    this.answeredBy = by;
    this.answeredAt = at;
  }

  /** A later notice replaces the earlier one. */
  void recordDelay(DelayNoticeDraft notice, String by, Instant at) {
    this.delayReason = notice.reason();
    this.expectedAnswerBy = notice.expectedAnswerBy();
    this.delayRecordedBy = by;
    this.delayRecordedAt = at;
  }

  boolean hasDelayNotice() {
    return delayRecordedAt != null;
  }

  boolean isAnswered() {
    return answeredAt != null;
  }

  /** Whether the agency is one of the two sides (the only ones that may see the request). */
  boolean involves(String agency) {
    return agency != null && (agency.equals(requestingAgency) || agency.equals(requestedAgency));
  }

  /** The other side, as seen from {@code agency}. */
  String counterpartOf(String agency) {
    return agency.equals(requestingAgency) ? requestedAgency : requestingAgency;
  }

  Deadline deadline() {
    return new Deadline(
        deadlineRule,
        sentAt,
        dueAt,
        dueDate,
        unrolledDueDate,
        deadlineRule.countsDays() ? requestedCountry : null);
  }

  UUID getId() {
    return id;
  }

  String getRequestingAgency() {
    return requestingAgency;
  }

  String getRequestingCountry() {
    return requestingCountry;
  }

  String getRequestedAgency() {
    return requestedAgency;
  }

  String getRequestedCountry() {
    return requestedCountry;
  }

  String getRequestingReference() {
    return requestingReference;
  }

  UUID getRegistryCaseId() {
    return registryCaseId;
  }

  String getSubject() {
    return subject;
  }

  String getReasons() {
    return reasons;
  }

  String getNatureOfProceedings() {
    return natureOfProceedings;
  }

  String getOffence() {
    return offence;
  }

  String getLinkToRequestedState() {
    return linkToRequestedState;
  }

  String getPropertyDetails() {
    return propertyDetails;
  }

  InformationUrgency getUrgency() {
    return urgency;
  }

  Instant getSentAt() {
    return sentAt;
  }

  Instant getDueAt() {
    return dueAt;
  }

  Instant getAnsweredAt() {
    return answeredAt;
  }

  String getAnswerText() {
    return answerText;
  }

  String getDelayReason() {
    return delayReason;
  }

  Instant getDelayRecordedAt() {
    return delayRecordedAt;
  }

  Instant getExpectedAnswerBy() {
    return expectedAnswerBy;
  }

  List<Attachment> getAttachments() {
    return attachments.stream().map(StoredAttachment::toAttachment).toList();
  }

  long getVersion() {
    return version;
  }
}
