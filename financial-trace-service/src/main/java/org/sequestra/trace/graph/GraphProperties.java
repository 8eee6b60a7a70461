package org.sequestra.trace.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sequestra.trace.graph-*}: how many dataset graphs the service keeps in its heap.
 *
 * @param graphCacheSize graphs kept at most, most recently used first
 * @param graphMemoryBudget heap the graphs may take together, counting the peak of a load in
 *     progress; default {@value #DEFAULT_HEAP_SHARE} of the maximum heap ({@code -Xmx}), leaving
 *     the rest to the running traces' results, imports and the framework
 */
@ConfigurationProperties("sequestra.trace")
record GraphProperties(@DefaultValue("4") int graphCacheSize, DataSize graphMemoryBudget) {

  static final double DEFAULT_HEAP_SHARE = 0.5;

  GraphProperties {
    if (graphCacheSize < 1) {
      throw new IllegalArgumentException("sequestra.trace.graph-cache-size must be >= 1");
    }
    if (graphMemoryBudget != null && graphMemoryBudget.toBytes() <= 0) {
      throw new IllegalArgumentException("sequestra.trace.graph-memory-budget must be positive");
    }
  }

  /** The budget in bytes: the configured one, or the default share of this JVM's maximum heap. */
  long budgetBytes() {
    return graphMemoryBudget != null
        ? graphMemoryBudget.toBytes()
        : (long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_SHARE);
  }
}
