package org.sequestra.trace.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sequestra.trace.dataset.DatasetImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The graphs of the most recently used datasets. A graph is dropped when an import into its dataset
 * completes, and a cached graph whose dataset version moved on (an import committed by another
 * instance) is reloaded, so a trace always sees every committed import.
 */
@Component
public class GraphCache {

  private static final Logger log = LoggerFactory.getLogger(GraphCache.class);

  private final GraphLoader loader;
  private final int capacity;
  private final Map<UUID, DatasetGraph> graphs;
  private final Map<UUID, Object> loading = new ConcurrentHashMap<>();

  GraphCache(GraphLoader loader, @Value("${sequestra.trace.graph-cache-size:4}") int capacity) {
    this.loader = loader;
    this.capacity = capacity;
    this.graphs = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The dataset's graph as of its current version; the caller's access must have been checked. */
  public DatasetGraph graphOf(UUID datasetId) {
    long version = loader.version(datasetId);
    DatasetGraph cached = cached(datasetId);
    if (cached != null && cached.version() == version) {
      return cached;
    }
    // One load per dataset at a time; others wait for it rather than load the same rows again.
    synchronized (loading.computeIfAbsent(datasetId, id -> new Object())) {
      cached = cached(datasetId);
      if (cached != null && cached.version() >= version) {
        return cached;
      }
      long started = System.nanoTime();
      DatasetGraph graph = loader.load(datasetId);
      log.info(
          "Loaded the graph of dataset {} (version {}): {} transactions, {} nodes, {} MB in {} ms",
          datasetId,
          graph.version(),
          graph.graph().transactionCount(),
          graph.graph().accountCount(),
          graph.graph().memoryBytes() >> 20,
          (System.nanoTime() - started) / 1_000_000);
      synchronized (graphs) {
        graphs.put(datasetId, graph);
        while (graphs.size() > capacity) {
          graphs.remove(graphs.keySet().iterator().next());
        }
      }
      return graph;
    }
  }

  @EventListener
  void imported(DatasetImported event) {
    synchronized (graphs) {
      graphs.remove(event.datasetId());
    }
  }

  private DatasetGraph cached(UUID datasetId) {
    synchronized (graphs) {
      return graphs.get(datasetId);
    }
  }
}
