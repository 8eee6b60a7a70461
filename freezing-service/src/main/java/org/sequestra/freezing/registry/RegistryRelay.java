package org.sequestra.freezing.registry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the registry outbox to the asset registry: every effect, in order per request, applied
 * once (the registry remembers effect ids).
 *
 * <p>A round claims the oldest due head of each request with {@code FOR UPDATE SKIP LOCKED} (a head
 * is the request's earliest PENDING row; a request whose head is locked or waiting is skipped),
 * then the following PENDING rows of those requests. The rows stay locked while they are sent, so
 * another replica never claims them (nor, since their head is still PENDING, the rows after them);
 * a round of several rows goes to the registry as one batch, applied in order in one transaction;
 * when the batch is not applied, its requests are sent for in parallel, each request's effects one
 * after the other. The outcome of each row is written in the same transaction: DELIVERED; FAILED
 * for a refusal that no retry changes (a 409 or 422; the request's later effects go on); or a
 * passing failure that keeps the row PENDING until its back-off ends and holds back the request's
 * later effects meanwhile.
 *
 * <p>While the registry cannot be reached at all (no connection, no token) no effect is at fault,
 * so the relay does not wear them out: it sends one request's effects per {@code initialBackoff} (a
 * probe; also after a start, until an effect is applied), and the first effect applied makes every
 * effect that failed for that reason due at once. The backlog starts draining within a probe of the
 * registry's return, not when each effect's back-off (up to {@code maxBackoff}) runs out.
 */
@Component
class RegistryRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RegistryRelay.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final RegistryDelivery delivery;
  private final RelayProperties properties;
  private final RelaySignal signal;
  private final JsonMapper json;
  private final Clock clock;
  private final Counter delivered;
  private final Counter refused;
  private final Counter failed;
  private final Timer latency;
  private final Counter fallbacks;

  private volatile Thread worker;
  private volatile boolean running;
  // true until the registry answers: also after a restart, some effects may wait for that reason
  private final AtomicBoolean registryAway = new AtomicBoolean(true);
  private volatile Instant nextProbe = Instant.MIN;

  RegistryRelay(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      RegistryDelivery delivery,
      RelayProperties properties,
      RelaySignal signal,
      JsonMapper json,
      Clock clock,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.delivery = delivery;
    this.properties = properties;
    this.signal = signal;
    this.json = json;
    this.clock = clock;
    this.delivered =
        Counter.builder("sequestra.registry.relay.delivered")
            .description("effects the registry applied")
            .register(meters);
    this.refused =
        Counter.builder("sequestra.registry.relay.failures")
            .tag("kind", "permanent")
            .description("effects the registry refused for good (FAILED)")
            .register(meters);
    this.failed =
        Counter.builder("sequestra.registry.relay.failures")
            .tag("kind", "transient")
            .description("attempts that failed for a passing reason (retried)")
            .register(meters);
    this.fallbacks =
        Counter.builder("sequestra.registry.relay.batch.fallbacks")
            .description("rounds whose one-call batch was not applied and went effect by effect")
            .register(meters);
    this.latency =
        Timer.builder("sequestra.registry.relay.latency")
            .description("from the request's change (outbox row) to the registry's change")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
    Gauge.builder("sequestra.registry.relay.pending", this, RegistryRelay::pendingCount)
        .description("effects not yet delivered")
        .register(meters);
    Gauge.builder(
            "sequestra.registry.relay.oldest.pending.age", this, RegistryRelay::oldestPendingAge)
        .description("seconds since the oldest undelivered effect was stored")
        .baseUnit("seconds")
        .register(meters);
    Gauge.builder("sequestra.registry.relay.failed", this, RegistryRelay::failedCount)
        .description("effects refused for good, waiting for an operator")
        .register(meters);
  }

  /** One row claimed for delivery. */
  private record Claimed(
      UUID id, long seq, UUID requestId, String body, Instant createdAt, int attempts) {}

  /** What became of a claimed row. */
  private record Outcome(Claimed row, RegistryDelivery.Result result) {}

  /**
   * One round: claims up to a batch, sends it, records the outcomes, commits.
   *
   * @return how many rows were claimed (a full batch means more may be waiting)
   */
  int relayOnce() {
    Integer claimed = transactions.execute(status -> deliver(claim()));
    return claimed == null ? 0 : claimed;
  }

  private List<Claimed> claim() {
    List<UUID> requests;
    if (!registryAway.get()) {
      requests = dueHeads(properties.batchSize());
    } else if (probeDue()) {
      // one request only: the oldest due, else the one that waited for the registry longest
      requests = dueHeads(1);
      if (requests.isEmpty()) {
        requests = awayHead();
      }
    } else {
      requests = List.of();
    }
    return requests.isEmpty() ? List.of() : rowsOf(requests);
  }

  /** Up to {@code limit} requests whose head is due, oldest first. */
  private List<UUID> dueHeads(int limit) {
    Timestamp now = Timestamp.from(clock.instant());
    return jdbc.queryForList(
        """
            select o.request_id from registry_outbox o
            where o.status = 'PENDING'
              and (o.next_attempt_at is null or o.next_attempt_at <= ?)
              and not exists (select 1 from registry_outbox e
                              where e.request_id = o.request_id and e.status = 'PENDING'
                                and e.seq < o.seq)
            order by o.seq
            limit ?
            for update of o skip locked
            """,
        UUID.class,
        now,
        limit);
  }

  /** While the registry is away: at most one probe per initial back-off, on this replica. */
  private boolean probeDue() {
    Instant now = clock.instant();
    if (now.isBefore(nextProbe)) {
      return false;
    }
    nextProbe = now.plus(properties.initialBackoff());
    return true;
  }

  /** The request whose head, held back because the registry was away, is due first. */
  private List<UUID> awayHead() {
    return jdbc.queryForList(
        """
        select o.request_id from registry_outbox o
        where o.status = 'PENDING' and o.last_error like any(?)
          and not exists (select 1 from registry_outbox e
                          where e.request_id = o.request_id and e.status = 'PENDING'
                            and e.seq < o.seq)
        order by o.next_attempt_at, o.seq
        limit 1
        for update of o skip locked
        """,
        UUID.class,
        awayErrors());
  }

  /** The patterns of the errors of effects that failed because the registry was away. */
  private java.sql.Array awayErrors() {
    Object[] patterns =
        RegistryDelivery.AWAY_PREFIXES.stream().map(prefix -> prefix + "%").toArray();
    return jdbc.execute(
        (java.sql.Connection connection) -> connection.createArrayOf("text", patterns));
  }

  /** The claimed requests' PENDING rows, in order. */
  private List<Claimed> rowsOf(List<UUID> requests) {
    // the heads are ours: no other relay takes their requests' later rows (their head is PENDING)
    return jdbc.query(
        """
        select id, seq, request_id, body::text, created_at, attempts from registry_outbox
        where request_id = any(?) and status = 'PENDING'
        order by seq
        limit ?
        for update
        """,
        (rs, n) ->
            new Claimed(
                rs.getObject(1, UUID.class),
                rs.getLong(2),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getInt(6)),
        jdbc.execute(
            (java.sql.Connection connection) ->
                connection.createArrayOf("uuid", requests.toArray())),
        properties.batchSize());
  }

  private int deliver(List<Claimed> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    if (rows.size() > 1 && deliveredAsOneBatch(rows)) {
      return rows.size();
    }
    Map<UUID, List<Claimed>> byRequest = new LinkedHashMap<>();
    for (Claimed row : rows) {
      byRequest.computeIfAbsent(row.requestId(), id -> new ArrayList<>()).add(row);
    }
    List<Outcome> outcomes = new ArrayList<>();
    Semaphore parallel = new Semaphore(properties.concurrency());
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<List<Outcome>>> sent = new ArrayList<>();
      for (List<Claimed> request : byRequest.values()) {
        sent.add(senders.submit(() -> sendInOrder(request, parallel)));
      }
      for (Future<List<Outcome>> request : sent) {
        outcomes.addAll(request.get());
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("relay interrupted", interrupted);
    } catch (java.util.concurrent.ExecutionException broken) {
      throw new IllegalStateException("relay round failed", broken.getCause());
    }
    record(outcomes);
    return rows.size();
  }

  /**
   * A backlog's fast path: the whole round in one call, applied by the registry in order in one
   * transaction (one commit and one audit-chain append instead of one per effect). Anything but
   * success changes nothing there, and the round is then sent request by request as before, so that
   * each effect gets its own outcome, attempt and back-off.
   */
  private boolean deliveredAsOneBatch(List<Claimed> rows) {
    List<RegistryDelivery.Stored> effects = new ArrayList<>(rows.size());
    try {
      for (Claimed row : rows) {
        effects.add(
            new RegistryDelivery.Stored(
                row.id(), json.readValue(row.body(), RegistryEffect.class), row.createdAt()));
      }
    } catch (RuntimeException unreadable) {
      return false; // the row-by-row path records it against the row
    }
    RegistryDelivery.Result result = delivery.sendAll(effects);
    if (!(result instanceof RegistryDelivery.Result.Delivered)) {
      log.debug("Batch of {} effects not applied, sending one by one: {}", rows.size(), result);
      fallbacks.increment();
      return false;
    }
    record(rows.stream().map(row -> new Outcome(row, result)).toList());
    return true;
  }

  /** A request's effects one after the other; a passing failure holds back the rest. */
  private List<Outcome> sendInOrder(List<Claimed> request, Semaphore parallel)
      throws InterruptedException {
    List<Outcome> outcomes = new ArrayList<>();
    parallel.acquire();
    try {
      for (Claimed row : request) {
        RegistryDelivery.Result result;
        try {
          RegistryEffect effect = json.readValue(row.body(), RegistryEffect.class);
          result = delivery.send(row.id(), effect, row.createdAt());
        } catch (RuntimeException unexpected) {
          // an unreadable body or a bug: kept PENDING and retried with back-off, visible
          result = new RegistryDelivery.Result.Failed("relay error: " + unexpected);
        }
        outcomes.add(new Outcome(row, result));
        if (result instanceof RegistryDelivery.Result.Failed) {
          break;
        }
      }
    } finally {
      parallel.release();
    }
    return outcomes;
  }

  private void record(List<Outcome> outcomes) {
    Instant now = clock.instant();
    Timestamp at = Timestamp.from(now);
    List<Object[]> deliveredRows = new ArrayList<>();
    List<Object[]> refusedRows = new ArrayList<>();
    List<Object[]> failedRows = new ArrayList<>();
    boolean away = false;
    boolean answered = false; // the registry was reached, whatever it said
    for (Outcome outcome : outcomes) {
      Claimed row = outcome.row();
      switch (outcome.result()) {
        case RegistryDelivery.Result.Delivered d -> {
          answered = true;
          deliveredRows.add(new Object[] {at, at, row.id()});
          delivered.increment();
          latency.record(Duration.between(row.createdAt(), now));
        }
        case RegistryDelivery.Result.Refused r -> {
          answered = true;
          refusedRows.add(new Object[] {r.reason(), at, row.id()});
          refused.increment();
          log.warn(
              "Registry refused effect {} of request {} for good: {}",
              row.id(),
              row.requestId(),
              r.reason());
        }
        case RegistryDelivery.Result.Failed f -> {
          away |= f.registryAway();
          answered |= !f.registryAway();
          Duration wait = jittered(properties.backoff(row.attempts() + 1));
          failedRows.add(new Object[] {f.reason(), at, Timestamp.from(now.plus(wait)), row.id()});
          failed.increment();
          log.info(
              "Effect {} not delivered (attempt {}), next in {}: {}",
              row.id(),
              row.attempts() + 1,
              wait,
              f.reason());
        }
      }
    }
    if (!deliveredRows.isEmpty()) {
      jdbc.batchUpdate(
          """
          update registry_outbox set status = 'DELIVERED', attempts = attempts + 1,
              last_attempt_at = ?, delivered_at = ?, next_attempt_at = null, last_error = null
          where id = ?
          """,
          deliveredRows);
    }
    if (!refusedRows.isEmpty()) {
      jdbc.batchUpdate(
          """
          update registry_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ?,
              last_attempt_at = ?, next_attempt_at = null
          where id = ?
          """,
          refusedRows);
    }
    if (!failedRows.isEmpty()) {
      jdbc.batchUpdate(
          """
          update registry_outbox set attempts = attempts + 1, last_error = ?,
              last_attempt_at = ?, next_attempt_at = ?
          where id = ?
          """,
          failedRows);
    }
    if (answered) {
      if (registryAway.getAndSet(false)) {
        dueAgainNow(at);
      }
    } else if (away) {
      registryAway.set(true);
    }
  }

  /**
   * The registry is back: the effects that waited only because it was away are due now (those
   * another relay holds are its own to send).
   */
  private void dueAgainNow(Timestamp now) {
    int due =
        jdbc.update(
            """
            update registry_outbox set next_attempt_at = null
            where id in (select id from registry_outbox
                         where status = 'PENDING' and next_attempt_at > ?
                           and last_error like any(?)
                         for update skip locked)
            """,
            now,
            awayErrors());
    if (due > 0) {
      log.info("Registry reachable again: {} waiting effects are due now", due);
    }
  }

  /** ±20 %, so that replicas and requests do not retry in step. */
  private static Duration jittered(Duration wait) {
    long millis = wait.toMillis();
    long spread = millis / 5;
    return Duration.ofMillis(
        millis - spread + (spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(2 * spread + 1)));
  }

  private double pendingCount() {
    Long count =
        jdbc.queryForObject(
            "select count(*) from registry_outbox where status = 'PENDING'", Long.class);
    return count == null ? 0 : count;
  }

  private double failedCount() {
    Long count =
        jdbc.queryForObject(
            "select count(*) from registry_outbox where status = 'FAILED'", Long.class);
    return count == null ? 0 : count;
  }

  private double oldestPendingAge() {
    Timestamp oldest =
        jdbc.queryForObject(
            "select min(created_at) from registry_outbox where status = 'PENDING'",
            Timestamp.class);
    return oldest == null
        ? 0
        : Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0;
  }

  // --- the relay's own thread: a round, then (unless the batch was full) a wait for a commit's
  // signal or the poll interval

  private void loop() {
    while (running) {
      int claimed = 0;
      try {
        claimed = relayOnce();
      } catch (RuntimeException failure) {
        // e.g. the database is away: try again after the poll interval
        log.warn("Registry relay round failed: {}", failure.toString());
      }
      if (claimed < properties.batchSize()) {
        try {
          signal.await(properties.pollInterval());
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void start() {
    if (properties.enabled()) {
      startWorker();
    }
  }

  /** As after an applied effect: rounds claim whole batches again (tests start from here). */
  void registryReached() {
    registryAway.set(false);
  }

  /** Starts the relay's thread (tests start it in a context where it is not enabled). */
  synchronized void startWorker() {
    if (running) {
      return;
    }
    running = true;
    worker = Thread.ofPlatform().name("registry-relay").daemon().start(this::loop);
  }

  @Override
  public synchronized void stop() {
    running = false;
    Thread thread = worker;
    if (thread != null) {
      signal.signal();
      try {
        thread.join(Duration.ofSeconds(15));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      worker = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
