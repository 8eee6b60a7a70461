package org.sequestra.trace.registry;

import org.sequestra.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 502 and 504 problems for a failing registry; before the platform's catch-all handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryProblems {

  @ExceptionHandler(RegistryFailedException.class)
  ProblemDetail failed(RegistryFailedException exception) {
    return Problems.of(
        HttpStatus.BAD_GATEWAY, "registry-failed", "Asset registry failed", exception.getMessage());
  }

  @ExceptionHandler(RegistryTimeoutException.class)
  ProblemDetail timeout(RegistryTimeoutException exception) {
    return Problems.of(
        HttpStatus.GATEWAY_TIMEOUT,
        "registry-timeout",
        "Asset registry did not answer",
        exception.getMessage());
  }
}
