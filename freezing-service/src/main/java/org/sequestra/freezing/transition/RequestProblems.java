package org.sequestra.freezing.transition;

import org.sequestra.freezing.lifecycle.RequestRuleBroken;
import org.sequestra.freezing.lifecycle.TransitionNotAllowed;
import org.sequestra.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The requests' refusals as problem details: 409 naming the current status and the actions that may
 * follow, 422 with every field at fault. Ahead of the platform's catch-all advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblems {

  @ExceptionHandler(TransitionNotAllowed.class)
  ProblemDetail notAllowed(TransitionNotAllowed refused) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.CONFLICT,
            "transition-not-allowed",
            "Transition not allowed",
            refused.getMessage());
    problem.setProperty("currentStatus", refused.current().name());
    problem.setProperty("requestedAction", refused.requested().name());
    problem.setProperty(
        "allowedTransitions", refused.allowed().stream().map(Enum::name).sorted().toList());
    return problem;
  }

  @ExceptionHandler(RequestRuleBroken.class)
  ProblemDetail ruleBroken(RequestRuleBroken broken) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.UNPROCESSABLE_CONTENT,
            broken.slug(),
            "Request refused",
            broken.getMessage());
    problem.setProperty("violations", broken.violations());
    return problem;
  }
}
