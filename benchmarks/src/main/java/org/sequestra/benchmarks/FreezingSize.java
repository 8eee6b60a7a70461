package org.sequestra.benchmarks;

/**
 * How big one freezing-service run is. FULL is the size issue 11 sets its targets for (a backlog of
 * 10 000 effects; an agency's overdue list among 100 000 requests); SMALL the same run scaled down;
 * SMOKE the run {@code mvn verify} makes.
 *
 * @param relayWarmUp transitions relayed (and direct PUTs) before the latency is measured
 * @param relaySamples measured transitions, each interleaved with the direct PUT baseline
 * @param backlog effects written while the registry is down (half access grants, half
 *     FREEZE_REQUESTED, two per request)
 * @param requests freezing requests seeded for the overdue list, across agencies
 * @param overdueWarmUp rounds of the overdue list and its baseline before measuring
 * @param overdueSamples measured rounds, each the baseline then the list
 */
enum FreezingSize {
  SMOKE(3, 10, 40, 500, 20, 50),
  SMALL(20, 200, 2_000, 10_000, 200, 1_000),
  FULL(50, 500, 10_000, 100_000, 500, 2_000);

  final int relayWarmUp;
  final int relaySamples;
  final int backlog;
  final int requests;
  final int overdueWarmUp;
  final int overdueSamples;

  FreezingSize(
      int relayWarmUp,
      int relaySamples,
      int backlog,
      int requests,
      int overdueWarmUp,
      int overdueSamples) {
    this.relayWarmUp = relayWarmUp;
    this.relaySamples = relaySamples;
    this.backlog = backlog;
    this.requests = requests;
    this.overdueWarmUp = overdueWarmUp;
    this.overdueSamples = overdueSamples;
  }

  /** NL assets the run names in the registry: one per relayed or directly sent request. */
  int nlAssets() {
    return 2 * (relayWarmUp + relaySamples) + backlog;
  }
}
