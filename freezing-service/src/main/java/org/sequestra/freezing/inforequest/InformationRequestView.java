package org.sequestra.freezing.inforequest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.deadline.DeadlineView;

/** An information request as shown to one of its two agencies at one instant. */
record InformationRequestView(
    UUID id,
    String requestingAgency,
    String requestingCountry,
    String requestedAgency,
    String requestedCountry,
    String requestingReference,
    UUID registryCaseId,
    String subject,
    String reasons,
    String natureOfProceedings,
    String offence,
    String linkToRequestedState,
    String propertyDetails,
    InformationUrgency urgency,
    Instant sentAt,
    Status status,
    DeadlineView deadline,
    Answer answer,
    DelayNotice delayNotice,
    long version) {

  enum Status {
    OPEN,
    ANSWERED
  }

  record Answer(String text, List<Attachment> attachments, Instant answeredAt) {}

  record DelayNotice(String reason, Instant recordedAt, Instant expectedAnswerBy) {}
}
