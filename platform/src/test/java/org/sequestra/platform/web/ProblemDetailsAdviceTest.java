package org.sequestra.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform's exceptions become problem+json with their status and type. */
class ProblemDetailsAdviceTest {

  @RestController
  static class Failing {
    @GetMapping("/fail/{what}")
    String fail(@PathVariable String what) {
      throw switch (what) {
        case "stale" -> new PreconditionFailedException("changed meanwhile");
        case "race" -> new ObjectOptimisticLockingFailureException("Case", "c-1");
        case "deadlock" ->
            new CannotAcquireLockException(
                "could not execute statement",
                new java.sql.SQLException("ERROR: deadlock detected", "40P01"));
        case "no-if-match" -> new PreconditionRequiredException("send If-Match");
        case "unprocessable" -> new UnprocessableException("over-allocated", "shares above 100 %");
        case "read-only" -> new ForbiddenException("read-only-share", "shared read-only");
        default ->
            new InvalidRequestException(
                List.of(new Violation("a", "is wrong"), new Violation("b", "is wrong too")));
      };
    }

    @GetMapping("/look-up")
    String lookUp(@RequestParam String purpose) {
      return purpose;
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Failing())
          .setControllerAdvice(new ProblemDetailsAdvice())
          .build();

  @Test
  void aStaleVersionIs412() throws Exception {
    mvc.perform(get("/fail/stale"))
        .andExpect(status().isPreconditionFailed())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:stale-version"))
        .andExpect(jsonPath("$.detail").value("changed meanwhile"));
  }

  @Test
  void aLockTheDatabaseGaveUpIsA503ToRetryNotA500() throws Exception {
    mvc.perform(get("/fail/deadlock"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "1"))
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:lock-not-acquired"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("again")));
  }

  @Test
  void aConcurrentUpdateCaughtAtCommitIsAlso412() throws Exception {
    mvc.perform(get("/fail/race"))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:stale-version"));
  }

  @Test
  void aMissingIfMatchIs428() throws Exception {
    mvc.perform(get("/fail/no-if-match"))
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:precondition-required"));
  }

  @Test
  void unprocessableIs422WithItsSlug() throws Exception {
    mvc.perform(get("/fail/unprocessable"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:over-allocated"));
  }

  @Test
  void forbiddenIs403WithItsSlug() throws Exception {
    mvc.perform(get("/fail/read-only"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:read-only-share"));
  }

  @Test
  void serviceSideFieldRulesAre400WithViolations() throws Exception {
    mvc.perform(get("/fail/fields"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:validation"))
        .andExpect(jsonPath("$.violations[1].field").value("b"))
        .andExpect(jsonPath("$.detail").value("2 fields are invalid."));
  }

  @Test
  void aMissingRequiredQueryParameterIs400WithAViolation() throws Exception {
    mvc.perform(get("/look-up"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:validation"))
        .andExpect(jsonPath("$.violations[0].field").value("purpose"))
        .andExpect(jsonPath("$.violations[0].reason").value("is required"));
  }
}
