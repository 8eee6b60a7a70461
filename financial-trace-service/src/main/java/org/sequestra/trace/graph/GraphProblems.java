package org.sequestra.trace.graph;

import org.sequestra.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A graph too large for the memory budget is 507 Insufficient Storage: the server lacks the memory
 * to hold what the request needs; the request itself is fine (not a 4xx), and retrying does not
 * help until an operator acts (not a 503, which clients and proxies retry).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphProblems {

  static final String SLUG = "graph-too-large";

  @ExceptionHandler(GraphTooLargeException.class)
  ProblemDetail tooLarge(GraphTooLargeException exception) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.INSUFFICIENT_STORAGE,
            SLUG,
            "Dataset graph too large for the memory budget",
            exception.getMessage());
    problem.setProperty("neededBytes", exception.neededBytes());
    problem.setProperty("budgetBytes", exception.budgetBytes());
    return problem;
  }
}
