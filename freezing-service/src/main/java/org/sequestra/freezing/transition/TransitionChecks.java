package org.sequestra.freezing.transition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.certificate.CertificateValidator;
import org.sequestra.freezing.lifecycle.Act;
import org.sequestra.freezing.lifecycle.ActRules;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.request.AcceptedLanguages;
import org.sequestra.freezing.request.Agencies;
import org.sequestra.freezing.request.CrossBorderChecks;
import org.sequestra.freezing.request.FreezingRequest;
import org.sequestra.freezing.request.RequestLookup;
import org.sequestra.freezing.snapshot.domain.RegistryReadings;
import org.sequestra.freezing.snapshot.domain.SnapshotRules;
import org.sequestra.platform.web.Violation;
import org.springframework.stereotype.Component;

/**
 * The checks of a step that need more than the lifecycle: the certificate at issue (with the
 * registry's view of its assets), the agency a request is forwarded to, the confiscation request
 * that supersedes a freezing one, the time.
 */
@Component
class TransitionChecks {

  /** A client recording an act "now" may run a little ahead of our clock. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final AcceptedLanguages languages;
  private final Agencies agencies;
  private final RequestLookup lookup;
  private final Clock clock;
  private final CrossBorderChecks crossBorder;

  TransitionChecks(
      AcceptedLanguages languages,
      Agencies agencies,
      RequestLookup lookup,
      Clock clock,
      CrossBorderChecks crossBorder) {
    this.languages = languages;
    this.agencies = agencies;
    this.lookup = lookup;
    this.clock = clock;
    this.crossBorder = crossBorder;
  }

  List<Violation> check(
      FreezingRequest request,
      Certificate certificate,
      ActRules.Context context,
      Act act,
      RegistryReadings readings) {
    List<Violation> faults = new ArrayList<>(ActRules.check(context, act));
    Instant now = clock.instant();
    if (act.occurredAt() != null && act.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
      faults.add(new Violation("occurredAt", "must not be in the future"));
    }
    switch (act.action()) {
      case ISSUE -> {
        faults.addAll(issue(request, certificate));
        faults.addAll(
            SnapshotRules.check(request.getKind(), request.getCaseId(), certificate, readings));
        faults.addAll(crossBorder.atIssue(request));
      }
      case FORWARD -> forward(faults, request, act.forwardTo());
      case SUPERSEDE -> supersede(faults, request, act);
      default -> {
        // nothing beyond the lifecycle's rules
      }
    }
    return faults;
  }

  private List<Violation> issue(FreezingRequest request, Certificate certificate) {
    return CertificateValidator.validate(
        new CertificateValidator.Subject(
            request.getKind(),
            request.getInstrument(),
            request.isUrgent(),
            request.getLanguage(),
            languages.of(request.getExecutingCountry()),
            request.getMlaChannel() != null,
            certificate));
  }

  /** Art 4(9) / 14(8): to the competent authority "in its Member State". */
  private void forward(List<Violation> faults, FreezingRequest request, String agency) {
    if (agency == null) {
      return;
    }
    Optional<String> country = agencies.countryOf(agency);
    if (country.isEmpty()) {
      faults.add(new Violation("forwardTo", "is not an agency of the trust registry"));
    } else if (!country.get().equals(request.getExecutingCountry())) {
      faults.add(
          new Violation(
              "forwardTo",
              "must be an agency of the executing State " + request.getExecutingCountry()));
    } else if (agency.equals(request.getExecutingAgency())
        || agency.equals(request.getIssuingAgency())) {
      faults.add(new Violation("forwardTo", "must be another agency of the executing State"));
    }
  }

  /**
   * The confiscation request that follows an executed freezing (Art 12(1)), between the same
   * agencies.
   */
  private void supersede(List<Violation> faults, FreezingRequest request, Act act) {
    if (act.supersededBy() == null) {
      return;
    }
    boolean follows =
        lookup
            .find(act.supersededBy())
            .filter(other -> other.getKind() == RequestKind.CONFISCATION)
            .filter(other -> other.getIssuingAgency().equals(request.getIssuingAgency()))
            .filter(other -> other.getExecutingCountry().equals(request.getExecutingCountry()))
            .filter(other -> other.getIssuedAt() != null)
            .isPresent();
    if (!follows) {
      faults.add(
          new Violation(
              "supersededBy",
              "must be an issued confiscation request of the same issuing agency to the same"
                  + " executing State"));
    }
  }
}
