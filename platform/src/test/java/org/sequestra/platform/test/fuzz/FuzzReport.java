package org.sequestra.platform.test.fuzz;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;

/**
 * What a fuzz run found: how many requests per operation, and every answer that broke the rule (a
 * 5xx, or a 4xx that is not problem+json), each with method, path, variant, status and an excerpt
 * of the body. The full list also goes to {@code target/contract-fuzz/<contract>.txt}.
 */
public final class FuzzReport {

  /** One answer of the service (or the exception that escaped it, as {@code thrown}). */
  record Answer(
      int status,
      String contentType,
      String errorMessage,
      String body,
      String retryAfter,
      String thrown) {}

  private final String contract;
  private final Map<String, Integer> requestsPerOperation = new TreeMap<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private final List<String> baselines = new ArrayList<>();
  private final Map<Long, String> slowest = new TreeMap<>(java.util.Comparator.reverseOrder());
  private int requests;
  private Duration took = Duration.ZERO;

  FuzzReport(String contract) {
    this.contract = contract;
  }

  void record(FuzzRequest request, Answer answer, long nanos) {
    requests++;
    slowest.put(nanos, request.operation() + " [" + request.variant() + "]");
    if (slowest.size() > 15) {
      slowest.remove(((TreeMap<Long, String>) slowest).lastKey());
    }
    if ("valid sample".equals(request.variant())) {
      baselines.add(answer.status() + "\t" + request.operation() + "\t" + answer.body());
    }
    requestsPerOperation.merge(request.operation(), 1, Integer::sum);
    statuses.merge(answer.status(), 1, Integer::sum);
    String problem = problemWith(answer);
    if (problem != null) {
      failures.add(
          request.operation()
              + " ["
              + request.variant()
              + "] -> "
              + answer.status()
              + " "
              + problem
              + (answer.thrown() != null ? " thrown " + answer.thrown() : "")
              + (answer.body() != null && !answer.body().isEmpty()
                  ? " body " + answer.body()
                  : ""));
    }
  }

  private static String problemWith(Answer answer) {
    if (answer.thrown() != null) {
      return "(unhandled exception)";
    }
    if (answer.status() >= 500) {
      return "(server error, content type " + answer.contentType() + ")";
    }
    if (answer.status() >= 400 && !isProblemJson(answer.contentType())) {
      return "(not problem+json: content type "
          + answer.contentType()
          + (answer.errorMessage() != null ? ", sendError \"" + answer.errorMessage() + "\"" : "")
          + ")";
    }
    return null;
  }

  private static boolean isProblemJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      return MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(
          MediaType.parseMediaType(contentType));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  void finish(long nanos) {
    took = Duration.ofNanos(nanos);
    System.out.println(summary());
    try {
      Path file = Path.of("target", "contract-fuzz", contract.replace(".yaml", "") + ".txt");
      Files.createDirectories(file.getParent());
      StringBuilder text = new StringBuilder(summary()).append('\n');
      requestsPerOperation.forEach(
          (operation, count) -> text.append(count).append('\t').append(operation).append('\n'));
      baselines.forEach(line -> text.append("VALID SAMPLE ").append(line).append('\n'));
      slowest.forEach(
          (took, request) ->
              text.append("SLOW ")
                  .append(took / 1_000_000)
                  .append(" ms ")
                  .append(request)
                  .append('\n'));
      failures.forEach(failure -> text.append("FAIL ").append(failure).append('\n'));
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String summary() {
    return "Contract fuzz of "
        + contract
        + ": "
        + requestsPerOperation.size()
        + " operations, "
        + requests
        + " generated requests in "
        + took.toMillis()
        + " ms, statuses "
        + statuses
        + ", "
        + failures.size()
        + " answers breaking the rule (5xx, or 4xx not problem+json)";
  }

  public int requests() {
    return requests;
  }

  public List<String> failures() {
    return List.copyOf(failures);
  }

  /** No 5xx, no escaped exception, and every 4xx as problem+json. */
  public void assertNoServerErrors() {
    if (!failures.isEmpty()) {
      StringBuilder message = new StringBuilder(summary()).append(":\n");
      failures.stream().limit(200).forEach(f -> message.append("  ").append(f).append('\n'));
      if (failures.size() > 200) {
        message
            .append("  ... and ")
            .append(failures.size() - 200)
            .append(" more (see target/contract-fuzz)\n");
      }
      fail(message.toString());
    }
  }
}
