package org.sequestra.trace.graph;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sequestra.platform.web.ServiceBusyException;
import org.sequestra.trace.dataset.DatasetImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The graphs of the most recently used datasets, within a memory budget, each held with the
 * dataset's graph version it was loaded at. Every import bumps that version in the transaction that
 * commits its rows, so a request that reads the version (with its access check, {@link
 * org.sequestra.trace.dataset.DatasetAccess#requireVisibleGraphVersion}) and finds the cached graph
 * older reloads it: a trace sees every import committed before it started, whichever replica of the
 * service ran the import. On the replica that imported, the graph is also dropped at once (its
 * memory freed before the next use).
 *
 * <p>Before a graph is loaded, the heap its load needs is estimated from the dataset's counts
 * ({@link GraphSize#loadBytes()}) and reserved: least recently used graphs are evicted to make
 * room; a graph that would not fit even in an empty cache is refused ({@link
 * GraphTooLargeException}, 507), one that does not fit only because other loads are running is
 * asked to come back (503). Once loaded, the graph is accounted at its measured size. An {@link
 * OutOfMemoryError} during a load is answered like a refusal, and leaves the cache as it was.
 */
@Component
public class GraphCache {

  private static final Logger log = LoggerFactory.getLogger(GraphCache.class);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  private final GraphLoader loader;
  private final int capacity;
  private final long budget;

  /** Cached graphs, least recently used first, with their sizes; guards the fields below. */
  private final LinkedHashMap<UUID, Cached> graphs = new LinkedHashMap<>(16, 0.75f, true);

  private final Map<UUID, Long> reserved = new HashMap<>();
  private long cachedBytes;

  private final Map<UUID, Object> loading = new ConcurrentHashMap<>();
  private final Counter refusedTooLarge;
  private final Counter refusedBusy;
  private final Counter refusedOutOfMemory;
  private final Counter stale;
  private final Timer loads;

  private record Cached(DatasetGraph graph, long bytes) {}

  GraphCache(GraphLoader loader, GraphProperties properties, MeterRegistry meters) {
    this.loader = loader;
    this.capacity = properties.graphCacheSize();
    this.budget = properties.budgetBytes();
    String refused = "sequestra.trace.graph.loads.refused";
    String why = "Dataset graph loads refused for want of memory, by reason";
    refusedTooLarge =
        Counter.builder(refused).tag("reason", "too-large").description(why).register(meters);
    refusedBusy = Counter.builder(refused).tag("reason", "busy").description(why).register(meters);
    refusedOutOfMemory =
        Counter.builder(refused).tag("reason", "out-of-memory").description(why).register(meters);
    stale =
        Counter.builder("sequestra.trace.graph.stale")
            .description(
                "Cached dataset graphs found older than their dataset's graph version (an import"
                    + " committed, e.g. by another replica) and reloaded")
            .register(meters);
    loads =
        Timer.builder("sequestra.trace.graph.loads")
            .description("Dataset graphs loaded from PostgreSQL")
            .register(meters);
    Gauge.builder("sequestra.trace.graph.memory.budget", this, cache -> cache.budget)
        .baseUnit("bytes")
        .description("Heap the dataset graphs may take (sequestra.trace.graph-memory-budget)")
        .register(meters);
    Gauge.builder("sequestra.trace.graph.memory.used", this, GraphCache::usedBytes)
        .baseUnit("bytes")
        .description("Heap taken by cached dataset graphs and reserved by loads in progress")
        .register(meters);
    Gauge.builder("sequestra.trace.graph.cached", this, GraphCache::cachedGraphs)
        .description("Dataset graphs in memory")
        .register(meters);
  }

  /**
   * The dataset's graph as of its current graph version, which this reads first; the caller's
   * access must have been checked. A request whose access check read the version already uses
   * {@link #graphOf(UUID, long)}.
   */
  public DatasetGraph graphOf(UUID datasetId) {
    return graphOf(datasetId, loader.version(datasetId));
  }

  /**
   * The dataset's graph loaded at {@code version} or later: the cached one when it is that recent,
   * else a new load. A graph never changes once loaded: a trace holding one keeps tracing the
   * version it started on while a newer one replaces it here.
   *
   * @param version the dataset's graph version as the caller read it, after its access check
   */
  public DatasetGraph graphOf(UUID datasetId, long version) {
    DatasetGraph cached = cached(datasetId);
    if (cached != null && cached.version() >= version) {
      return cached;
    }
    // One load per dataset at a time; others wait for it rather than load the same rows again.
    synchronized (loading.computeIfAbsent(datasetId, id -> new Object())) {
      cached = cached(datasetId);
      if (cached != null && cached.version() >= version) {
        return cached;
      }
      if (cached != null) {
        // An import committed since the load, on a replica whose event never reaches this one.
        stale.increment();
        log.info(
            "The graph of dataset {} (version {}) is stale: the dataset is at version {}",
            datasetId,
            cached.version(),
            version);
      }
      GraphSize size = loader.size(datasetId);
      reserve(datasetId, size);
      long started = System.nanoTime();
      DatasetGraph graph;
      try {
        graph = loader.load(datasetId, size);
      } catch (OutOfMemoryError e) {
        // What the load had allocated is garbage now; the reservation goes with it.
        unreserve(datasetId);
        refusedOutOfMemory.increment();
        log.warn(
            "Loading the graph of dataset {} ran out of heap (estimated {} MB, budget {} MB)",
            datasetId,
            megabytes(size.loadBytes()),
            megabytes(budget));
        throw new GraphTooLargeException(
            "Loading the graph of dataset "
                + datasetId
                + " ("
                + size.transactions()
                + " transactions, "
                + size.accounts()
                + " accounts) ran out of heap; its load was estimated at about "
                + readable(size.loadBytes())
                + " within a budget of "
                + readable(budget)
                + ". "
                + OPERATOR_ACTION,
            size.loadBytes(),
            budget);
      } catch (RuntimeException | Error e) {
        unreserve(datasetId);
        throw e;
      }
      long nanos = System.nanoTime() - started;
      loads.record(Duration.ofNanos(nanos));
      long bytes = graph.memoryBytes();
      log.info(
          "Loaded the graph of dataset {} (version {}): {} transactions, {} nodes, {} MB in {} ms"
              + " ({} transactions/s)",
          datasetId,
          graph.version(),
          graph.graph().transactionCount(),
          graph.graph().accountCount(),
          bytes >> 20,
          nanos / 1_000_000,
          nanos == 0 ? 0 : (long) (graph.graph().transactionCount() * 1e9 / nanos));
      admit(datasetId, graph, bytes);
      return graph;
    }
  }

  private static final String OPERATOR_ACTION =
      "An operator can give the financial-trace-service more heap (-Xmx) or a larger"
          + " sequestra.trace.graph-memory-budget (default: half of the maximum heap).";

  /** Heap of cached graphs plus the reservations of loads in progress. */
  long usedBytes() {
    synchronized (graphs) {
      return cachedBytes + reservedBytes();
    }
  }

  long budgetBytes() {
    return budget;
  }

  int cachedGraphs() {
    synchronized (graphs) {
      return graphs.size();
    }
  }

  boolean isCached(UUID datasetId) {
    synchronized (graphs) {
      return graphs.containsKey(datasetId);
    }
  }

  /**
   * The import ran on this replica: its graph goes at once, rather than at its next use (where the
   * version check would find it stale all the same).
   */
  @EventListener
  void imported(DatasetImported event) {
    synchronized (graphs) {
      drop(event.datasetId());
    }
  }

  /** Makes room for the load, evicting least recently used graphs, or refuses it. */
  private void reserve(UUID datasetId, GraphSize size) {
    long needed = size.loadBytes();
    synchronized (graphs) {
      // A cached graph of an older version is being replaced: its room is the first to go.
      drop(datasetId);
      if (needed > budget) {
        refusedTooLarge.increment();
        log.warn(
            "Refused to load the graph of dataset {}: about {} MB needed, budget {} MB",
            datasetId,
            megabytes(needed),
            megabytes(budget));
        throw new GraphTooLargeException(
            "The graph of dataset "
                + datasetId
                + " ("
                + size.transactions()
                + " transactions, "
                + size.accounts()
                + " accounts) needs about "
                + readable(needed)
                + " of heap to load, more than the "
                + readable(budget)
                + " the service may give dataset graphs. "
                + OPERATOR_ACTION,
            needed,
            budget);
      }
      evictUntil(needed);
      if (cachedBytes + reservedBytes() + needed > budget) {
        refusedBusy.increment();
        throw new ServiceBusyException(
            "graph-memory-busy",
            "Other dataset graphs are being loaded and the graph of dataset "
                + datasetId
                + " (about "
                + readable(needed)
                + ") does not fit the "
                + readable(budget)
                + " memory budget beside them; try again in a moment.",
            RETRY_AFTER);
      }
      reserved.put(datasetId, needed);
    }
  }

  /** Swaps the load's reservation for the graph at its measured size. */
  private void admit(UUID datasetId, DatasetGraph graph, long bytes) {
    synchronized (graphs) {
      reserved.remove(datasetId);
      graphs.put(datasetId, new Cached(graph, bytes));
      cachedBytes += bytes;
      // The measured size may exceed the estimate; the graph just loaded stays in any case.
      Iterator<Map.Entry<UUID, Cached>> eldest = graphs.entrySet().iterator();
      while (graphs.size() > 1
          && (graphs.size() > capacity || cachedBytes + reservedBytes() > budget)) {
        evict(eldest);
      }
    }
  }

  private void unreserve(UUID datasetId) {
    synchronized (graphs) {
      reserved.remove(datasetId);
    }
  }

  private void evictUntil(long needed) {
    Iterator<Map.Entry<UUID, Cached>> eldest = graphs.entrySet().iterator();
    while (eldest.hasNext() && cachedBytes + reservedBytes() + needed > budget) {
      evict(eldest);
    }
  }

  private void evict(Iterator<Map.Entry<UUID, Cached>> eldest) {
    Map.Entry<UUID, Cached> entry = eldest.next();
    cachedBytes -= entry.getValue().bytes();
    eldest.remove();
    log.info(
        "Evicted the graph of dataset {} ({} MB) from memory",
        entry.getKey(),
        megabytes(entry.getValue().bytes()));
  }

  private void drop(UUID datasetId) {
    Cached dropped = graphs.remove(datasetId);
    if (dropped != null) {
      cachedBytes -= dropped.bytes();
    }
  }

  private long reservedBytes() {
    long sum = 0;
    for (long bytes : reserved.values()) {
      sum += bytes;
    }
    return sum;
  }

  private DatasetGraph cached(UUID datasetId) {
    synchronized (graphs) {
      Cached cached = graphs.get(datasetId);
      return cached == null ? null : cached.graph();
    }
  }

  private static long megabytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }

  /** Bytes for people: KB below a megabyte, else MB (rounded up). */
  static String readable(long bytes) {
    return bytes < 1 << 20 ? ((bytes + 1023) >> 10) + " KB" : megabytes(bytes) + " MB";
  }
}
