package org.sequestra.benchmarks;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;

/**
 * Issue 11: "a backlog of 10 000 events (registry down, then back) drains at ≥ 500 events/s". While
 * the registry is down the harness writes the effects of transmissions into the freezing-service's
 * outbox, as {@code RegistryOutbox.add} writes them (two per request: access, then one asset
 * FREEZE_REQUESTED), in one transaction; the relay, running all along, fails to reach the registry
 * and backs off. Once the registry is back, the drain rate is the effects over the time from the
 * first to the last one the registry applied (its {@code applied_at}). Baseline: the same number of
 * effects for other assets PUT directly with as many clients as the relay's concurrency.
 */
final class RelayBacklog {

  /** What the drain and the baseline did; the counts are what the smoke test checks. */
  record Result(
      int effects,
      long applied,
      long assetsFreezeRequestedOnce,
      long accessGrants,
      long delivered,
      long attempts,
      long drainNanos,
      long readyToDoneNanos,
      long directNanos,
      long directApplied) {}

  private static final Duration TIMEOUT = Duration.ofMinutes(15);

  private final FreezingRun run;
  private final int concurrency;
  private final List<UUID> requests = new ArrayList<>();
  private final List<Integer> assets = new ArrayList<>();
  private final List<UUID> directRequests = new ArrayList<>();

  RelayBacklog(FreezingRun run, int concurrency) {
    this.run = run;
    this.concurrency = concurrency;
  }

  /** The backlog, written while the registry is down. */
  void write() throws Exception {
    Timestamp now = Timestamp.from(Instant.now());
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < run.size.backlog / 2; i++) {
      UUID request = UUID.randomUUID();
      int asset = run.nextNlAsset();
      requests.add(request);
      assets.add(asset);
      for (String kind : List.of(Effects.GRANT_ACCESS, Effects.FREEZE_REQUESTED)) {
        UUID effect = UUID.randomUUID();
        UUID named = kind.equals(Effects.GRANT_ACCESS) ? null : run.seed.assetId(asset);
        rows.append(effect).append('\t').append(request).append('\t').append(kind).append('\t');
        rows.append(Effects.outbox(effect, request, kind, run.caseOf(asset), named));
        rows.append('\t').append(now).append('\n');
      }
    }
    try (Connection freezingDb = run.freezingDb()) {
      freezingDb
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY registry_outbox (id, request_id, effect, body, created_at) FROM STDIN",
              new StringReader(rows.toString()));
    }
  }

  /**
   * Waits until the registry applied every effect of the backlog, then runs the baseline.
   *
   * @param ready when the restarted registry answered its readiness probe
   * @param registry the restarted registry's API (no connection kept from before)
   */
  Result drain(long ready, Api registry) throws Exception {
    int effects = requests.size() * 2;
    long deadline = ready + TIMEOUT.toNanos();
    try (Connection registryDb = run.registryDb()) {
      while (applied(registryDb, requests) < effects) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("backlog not drained within " + TIMEOUT);
        }
        Thread.sleep(100);
      }
      long done = System.nanoTime();
      long drain = firstToLast(registryDb);
      long direct = direct(registry);
      return new Result(
          effects,
          applied(registryDb, requests),
          count(
              registryDb,
              "select count(*) from (select asset_id from asset_transition where asset_id = any(?)"
                  + " and to_status = 'FREEZE_REQUESTED' group by asset_id having count(*) = 1) t",
              assetIds()),
          count(
              registryDb,
              "select count(*) from case_executing_agency where freezing_request_id = any(?)",
              requests),
          outbox("count(*) filter (where status = 'DELIVERED')"),
          outbox("sum(attempts)"),
          drain,
          done - ready,
          direct,
          applied(registryDb, directRequests));
    }
  }

  /**
   * The baseline: as many effects for other assets, PUT directly by {@code concurrency} clients.
   */
  private long direct(Api registry) throws Exception {
    List<Integer> directAssets = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      directRequests.add(UUID.randomUUID());
      directAssets.add(run.nextNlAsset());
    }
    AtomicInteger next = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    for (int c = 0; c < concurrency; c++) {
      clients.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < directRequests.size() && failures.isEmpty();
                        i = next.getAndIncrement()) {
                      try {
                        sendBoth(registry, directRequests.get(i), directAssets.get(i));
                      } catch (Exception e) {
                        failures.add(e);
                      }
                    }
                  }));
    }
    for (Thread client : clients) {
      client.join();
    }
    long nanos = System.nanoTime() - start;
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return nanos;
  }

  private void sendBoth(Api registry, UUID request, int asset) throws Exception {
    for (String kind : List.of(Effects.GRANT_ACCESS, Effects.FREEZE_REQUESTED)) {
      UUID named = kind.equals(Effects.GRANT_ACCESS) ? null : run.seed.assetId(asset);
      registry
          .put(
              "/internal/v1/freezing-effects/" + UUID.randomUUID(),
              run.freezingService,
              Effects.contract(request, kind, run.caseOf(asset), named, Instant.now()))
          .expect(201, "direct PUT " + kind);
    }
  }

  private List<UUID> assetIds() {
    return assets.stream().map(run.seed::assetId).toList();
  }

  private static long applied(Connection registryDb, List<UUID> requests) throws SQLException {
    return count(
        registryDb,
        "select count(*) from applied_freezing_effect where freezing_request_id = any(?)",
        requests);
  }

  /** From the first effect of the backlog the registry applied to the last. */
  private long firstToLast(Connection registryDb) throws SQLException {
    try (PreparedStatement query =
        registryDb.prepareStatement(
            "select min(applied_at), max(applied_at) from applied_freezing_effect"
                + " where freezing_request_id = any(?)")) {
      query.setArray(1, RelayLatency.uuids(registryDb, requests));
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return Duration.between(
                result.getTimestamp(1).toInstant(), result.getTimestamp(2).toInstant())
            .toNanos();
      }
    }
  }

  private long outbox(String aggregate) throws SQLException {
    try (Connection freezingDb = run.freezingDb()) {
      return count(
          freezingDb,
          "select " + aggregate + " from registry_outbox where request_id = any(?)",
          requests);
    }
  }

  private static long count(Connection connection, String sql, List<UUID> ids) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setArray(1, RelayLatency.uuids(connection, ids));
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }
}
