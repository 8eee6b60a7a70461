package org.sequestra.platform.audit;

import java.time.Instant;

/**
 * Which audit entries to list.
 *
 * @param visibleTo only entries by this agency or on objects it owns; {@code null} for all
 * @param from inclusive lower bound of the time, or {@code null}
 * @param to exclusive upper bound of the time, or {@code null}
 * @param page zero-based page
 * @param size page size
 */
public record AuditQuery(String visibleTo, Instant from, Instant to, int page, int size) {

  public AuditQuery {
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page must be >= 0 and size >= 1");
    }
  }
}
