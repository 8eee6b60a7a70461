package org.sequestra.trace.patterns;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the detectors found, pattern by pattern in time order, and which patterns were cut short
 * (their findings cap reached, or for cycles a start transaction's search budget used up): for
 * those the list is a lower bound, not the whole story.
 */
public record PatternReport(List<Finding> findings, Set<Pattern> truncated) {

  public PatternReport {
    findings = List.copyOf(findings);
    truncated = truncated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(truncated));
  }

  public List<Finding> findings(Pattern pattern) {
    return findings.stream().filter(f -> f.pattern() == pattern).toList();
  }

  public boolean truncated(Pattern pattern) {
    return truncated.contains(pattern);
  }

  /** Distinct accounts named by the findings of these patterns, ascending. */
  public int[] accounts(Pattern... patterns) {
    Set<Pattern> wanted =
        patterns.length == 0
            ? EnumSet.allOf(Pattern.class)
            : EnumSet.copyOf(Arrays.asList(patterns));
    return findings.stream()
        .filter(f -> wanted.contains(f.pattern()))
        .flatMapToInt(f -> Arrays.stream(f.accounts()))
        .distinct()
        .sorted()
        .toArray();
  }

  /**
   * Distinct focal accounts (cycle origins, fan hubs...) of these patterns' findings, ascending.
   */
  public int[] focalAccounts(Pattern... patterns) {
    Set<Pattern> wanted =
        patterns.length == 0
            ? EnumSet.allOf(Pattern.class)
            : EnumSet.copyOf(Arrays.asList(patterns));
    return findings.stream()
        .filter(f -> wanted.contains(f.pattern()))
        .mapToInt(Finding::account)
        .distinct()
        .sorted()
        .toArray();
  }
}
