package org.sequestra.freezing.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sequestra.freezing.agreement.domain.MlaAgreement;
import org.sequestra.freezing.deadline.Deadline;
import org.sequestra.freezing.deadline.DeadlineCalculus;
import org.sequestra.freezing.deadline.DeadlineRule;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.lifecycle.RequestStatus;
import org.springframework.stereotype.Component;

/**
 * The deadlines that run on a request: the Regulation's, urgent freezing, 48 hours to decide from
 * receipt and 48 hours to execute from recognition (Art 9(3)); confiscation, 45 days to decide from
 * receipt in the executing State's calendar (Art 20(1)). An MLA request has those of the agreement
 * it names (to decide from receipt, to execute from recognition, as its terms were fixed with the
 * draft), none without one. All are the executing side's to meet.
 */
@Component
public class OpenDeadlines {

  /** Nothing more is due from the executing side once the request ended or was withdrawn. */
  private static final Set<RequestStatus> ENDED =
      EnumSet.of(
          RequestStatus.REFUSED,
          RequestStatus.WITHDRAWN,
          RequestStatus.TERMINATED,
          RequestStatus.SUPERSEDED,
          RequestStatus.DISPOSED,
          RequestStatus.RESTITUTED);

  /** A deadline with when it was met; {@code fulfilledAt} null while it runs. */
  public record Tracked(Deadline deadline, Instant fulfilledAt) {}

  private final DeadlineCalculus calculus;

  OpenDeadlines(DeadlineCalculus calculus) {
    this.calculus = calculus;
  }

  /** Every deadline the request has had, in the order they started. */
  public List<Tracked> of(FreezingRequest request) {
    List<Tracked> deadlines = new ArrayList<>();
    if (request.getReceivedAt() == null) {
      return deadlines;
    }
    if (request.getInstrument() == LegalInstrument.MLA) {
      return agreed(request);
    }
    if (request.getKind() == RequestKind.FREEZING && request.isUrgent()) {
      deadlines.add(
          new Tracked(
              calculus.urgentFreezingRecognition(request.getReceivedAt()), request.getDecidedAt()));
      if (request.getRecognisedAt() != null) {
        deadlines.add(
            new Tracked(
                calculus.urgentFreezingExecution(request.getRecognisedAt()),
                request.getExecutedAt()));
      }
    } else if (request.getKind() == RequestKind.CONFISCATION) {
      deadlines.add(
          new Tracked(
              calculus.confiscationRecognition(
                  request.getReceivedAt(), request.getExecutingCountry()),
              request.getDecidedAt()));
    }
    return deadlines;
  }

  private List<Tracked> agreed(FreezingRequest request) {
    List<Tracked> deadlines = new ArrayList<>();
    MlaAgreement.Terms terms = request.agreedTerms();
    if (terms == null) {
      return deadlines;
    }
    if (terms.recognition() != null) {
      deadlines.add(
          new Tracked(
              calculus.agreed(
                  DeadlineRule.MLA_AGREEMENT_RECOGNITION,
                  terms.recognition(),
                  terms.legalBasis(),
                  request.getReceivedAt(),
                  request.getExecutingCountry()),
              request.getDecidedAt()));
    }
    if (terms.execution() != null && request.getRecognisedAt() != null) {
      deadlines.add(
          new Tracked(
              calculus.agreed(
                  DeadlineRule.MLA_AGREEMENT_EXECUTION,
                  terms.execution(),
                  terms.legalBasis(),
                  request.getRecognisedAt(),
                  request.getExecutingCountry()),
              request.getExecutedAt()));
    }
    return deadlines;
  }

  /** The deadline that runs now: not yet met, on a request that has not ended. */
  public Optional<Deadline> open(FreezingRequest request) {
    if (ENDED.contains(request.getStatus())) {
      return Optional.empty();
    }
    return of(request).stream()
        .filter(tracked -> tracked.fulfilledAt() == null)
        .map(Tracked::deadline)
        .findFirst();
  }

  /** Stores the open deadline's end on the request, for the overdue list's index. */
  public void refresh(FreezingRequest request) {
    request.openDeadlineDue(open(request).map(Deadline::dueAt).orElse(null));
  }
}
