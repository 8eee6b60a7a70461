package org.sequestra.benchmarks;

import java.io.PrintStream;

/** The freezing-service benchmark's figures as a table, and the checks behind them. */
final class FreezingTable {

  private static final long SECOND = 1_000_000_000L;
  private static final long TWENTY_MS = 20_000_000L;

  private FreezingTable() {}

  static ResultTable of(
      FreezingSize size,
      int seededOverdue,
      RelayLatency.Result latency,
      RelayBacklog.Result backlog,
      OverdueList.Result overdue) {
    ResultTable table = new ResultTable();
    table.section(
        String.format(
            "Registry relay, registry up: %,d transmissions through the freezing API after %,d"
                + " warm-up, one at a time; asset registry and freezing-service as JVMs of their own",
            size.relaySamples, size.relayWarmUp));
    table.row(
        "baseline: the transmission's two effects PUT directly to the registry, round trip",
        Stats.percentiles(latency.directRoundTrip()),
        "",
        "",
        "",
        "");
    table.row(
        "baseline: the same two PUTs at the registry (its access log)",
        Stats.percentiles(latency.directService()),
        "",
        "",
        "",
        "");
    relayRow(
        table,
        "transition committed → registry applied (outbox row's created_at → registry's applied_at)",
        latency.committedToApplied(),
        latency.directRoundTrip());
    relayRow(
        table,
        "TRANSMIT sent → asset FREEZE_REQUESTED in the registry's database (polled every 1 ms)",
        latency.transmitToVisible(),
        latency.directRoundTrip());

    table.section(
        String.format(
            "Registry relay, backlog: %,d effects written while the registry was down, relay"
                + " concurrency %d",
            backlog.effects(), FreezingBenchmark.RELAY_CONCURRENCY));
    double drainRate = rate(backlog.effects(), backlog.drainNanos());
    double directRate = rate(backlog.effects(), backlog.directNanos());
    table.row(
        "drain rate: effects / (first → last applied at the registry)",
        String.format("%,.0f events/s", drainRate),
        String.format(
            "direct PUTs, %d clients: %,.0f events/s",
            FreezingBenchmark.RELAY_CONCURRENCY, directRate),
        Stats.times(drainRate / directRate),
        "≥ 500 events/s",
        ResultTable.verdict(drainRate >= 500 && backlog.applied() == backlog.effects()));
    table.row(
        "registry ready again → every effect applied (polled every 100 ms)",
        Stats.millis(backlog.readyToDoneNanos()),
        "",
        "",
        "",
        "");

    table.section(
        String.format(
            "Overdue list of ES-ARO: %,d requests, %,d of them overdue for ES-ARO; first page (20),"
                + " %,d rounds after %,d warm-up, one request at a time",
            size.requests, seededOverdue, size.overdueSamples, size.overdueWarmUp));
    table.row(
        "baseline: GET /api/v1/holidays/ES at the service (token check, no database)",
        Stats.percentiles(overdue.baselineService()),
        "",
        "",
        "",
        "");
    table.row(
        "baseline: GET /api/v1/holidays/ES round trip",
        Stats.percentiles(overdue.baselineRoundTrip()),
        "",
        "",
        "",
        "");
    long p99 = Stats.percentile(overdue.listService(), 99);
    table.row(
        "overdue list at the service: GET /api/v1/freezing-requests/overdue",
        Stats.percentiles(overdue.listService()),
        "holidays " + Stats.percentiles(overdue.baselineService()),
        "p99 " + ratio(p99, overdue.baselineService()),
        "p99 < 20 ms",
        ResultTable.verdict(p99 < TWENTY_MS && overdue.sameOrder()));
    table.row(
        "overdue list, round trip",
        Stats.percentiles(overdue.listRoundTrip()),
        "holidays " + Stats.percentiles(overdue.baselineRoundTrip()),
        "p99 " + ratio(Stats.percentile(overdue.listRoundTrip(), 99), overdue.baselineRoundTrip()),
        "",
        "");
    return table;
  }

  private static void relayRow(ResultTable table, String figure, long[] measured, long[] direct) {
    long p99 = Stats.percentile(measured, 99);
    table.row(
        figure,
        Stats.percentiles(measured),
        "direct " + Stats.percentiles(direct),
        "p99 " + ratio(p99, direct),
        "p99 ≤ 1 s",
        ResultTable.verdict(p99 <= SECOND));
  }

  private static String ratio(long p99, long[] baseline) {
    return Stats.times((double) p99 / Stats.percentile(baseline, 99));
  }

  private static double rate(long events, long nanos) {
    return events / (nanos / 1e9);
  }

  static void printChecks(
      PrintStream out,
      FreezingSize size,
      RelayLatency.Result latency,
      RelayBacklog.Result backlog,
      OverdueList.Result overdue) {
    int rounds = size.relayWarmUp + size.relaySamples;
    out.printf(
        "checks: relay %,d of %,d transmissions applied at the registry with both effects, direct"
            + " %,d of %,d;%n",
        latency.relayed(), rounds, latency.directApplied(), rounds);
    out.printf(
        "  backlog %,d of %,d effects applied, %,d of %,d assets FREEZE_REQUESTED exactly once,"
            + " %,d access grants; outbox %,d DELIVERED after %,d attempts; direct %,d of %,d;%n",
        backlog.applied(),
        backlog.effects(),
        backlog.assetsFreezeRequestedOnce(),
        backlog.effects() / 2,
        backlog.accessGrants(),
        backlog.delivered(),
        backlog.attempts(),
        backlog.directApplied(),
        backlog.effects());
    out.printf(
        "  overdue list: %,d listed of %,d seeded overdue, in the list's order: %s%n",
        overdue.listed(), overdue.expected(), overdue.sameOrder());
  }
}
