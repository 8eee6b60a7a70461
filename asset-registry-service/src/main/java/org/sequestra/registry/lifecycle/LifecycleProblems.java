package org.sequestra.registry.lifecycle;

import java.util.List;
import java.util.Map;
import org.sequestra.platform.web.Problems;
import org.sequestra.platform.web.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The lifecycle's refusals as problem details: 409 naming the statuses that may follow, 422 with
 * the request fields (or conditions) at fault. Ahead of the platform's catch-all advice.
 */
@RestControllerAdvice(assignableTypes = TransitionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LifecycleProblems {

  /** Command fields of {@link SeizureLifecycle} as they are named in the request body. */
  private static final Map<String, String> REQUEST_FIELD =
      Map.of(
          "at", "occurredAt",
          "titleUncontested", "restitutionConditions.titleUncontested",
          "notNeededAsEvidence", "restitutionConditions.notNeededAsEvidence",
          "affectedPersonsRightsNotPrejudiced",
              "restitutionConditions.affectedPersonsRightsNotPrejudiced");

  /** Why each Art 29 condition matters, for the violation naming it. */
  private static final Map<String, String> RESTITUTION_REASON =
      Map.of(
          "titleUncontested",
          "must be true: the victim's title to the property must not be contested (Art 29)",
          "notNeededAsEvidence",
          "must be true: the property must not be needed as evidence (Art 29)",
          "affectedPersonsRightsNotPrejudiced",
          "must be true: restitution must not prejudice the rights of affected persons (Art 29)");

  @ExceptionHandler(TransitionNotAllowed.class)
  ProblemDetail notAllowed(TransitionNotAllowed refused) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.CONFLICT,
            "transition-not-allowed",
            "Transition not allowed",
            refused.getMessage());
    problem.setProperty("currentStatus", refused.current().name());
    problem.setProperty("requestedStatus", refused.requested().name());
    problem.setProperty("allowedTransitions", refused.allowed().stream().map(Enum::name).toList());
    return problem;
  }

  @ExceptionHandler(TransitionRuleBroken.class)
  ProblemDetail ruleBroken(TransitionRuleBroken broken) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.UNPROCESSABLE_CONTENT, broken.slug(), "Transition refused", broken.reason());
    problem.setProperty("violations", violations(broken));
    return problem;
  }

  private static List<Violation> violations(TransitionRuleBroken broken) {
    if (broken.fields().isEmpty()) {
      // a rule of the law rather than a missing field: victim proceedings block a disposal
      return List.of(new Violation("victimProceedingsPending", broken.reason()));
    }
    return broken.fields().stream()
        .map(
            field -> new Violation(REQUEST_FIELD.getOrDefault(field, field), reason(broken, field)))
        .toList();
  }

  private static String reason(TransitionRuleBroken broken, String field) {
    return switch (broken.slug()) {
      case "legal-basis-incomplete", "transition-incomplete", "value-missing" -> "is required";
      case "restitution-conditions-unmet" ->
          RESTITUTION_REASON.getOrDefault(field, broken.reason());
      default -> broken.reason();
    };
  }
}
