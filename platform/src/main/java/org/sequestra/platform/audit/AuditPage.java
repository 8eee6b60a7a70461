package org.sequestra.platform.audit;

import java.util.List;

/** One page of audit entries in chain order, and how many match in all. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long totalElements) {

  public int totalPages() {
    return (int) ((totalElements + size - 1) / size);
  }
}
