package org.sequestra.registry.freezing;

import org.sequestra.platform.web.Problems;
import org.sequestra.registry.lifecycle.TransitionNotAllowed;
import org.sequestra.registry.lifecycle.TransitionRuleBroken;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The lifecycle's refusals of an effect: 409 (the status cannot follow) and 422 (an incomplete or
 * forbidden act). The relay records both as permanent failures of the effect.
 */
@RestControllerAdvice(assignableTypes = FreezingEffectController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FreezingEffectProblems {

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
    return problem;
  }

  @ExceptionHandler(TransitionRuleBroken.class)
  ProblemDetail ruleBroken(TransitionRuleBroken broken) {
    return Problems.of(
        HttpStatus.UNPROCESSABLE_CONTENT, broken.slug(), "Effect refused", broken.reason());
  }
}
