package org.sequestra.benchmarks;

import java.time.Duration;

/**
 * How big one run is. FULL is the size issue 4 sets the targets for; SMALL is the same run scaled
 * down, for a quick look; SMOKE is the seconds-long run that `mvn verify` makes as a smoke test.
 *
 * @param accounts accounts in the synthetic ledger
 * @param transactions transactions in the synthetic ledger
 * @param arrivalSeeds reachability seeds drawn as random transactions (their receiver, from their
 *     time)
 * @param hubSeeds the accounts with the most outgoing transactions, traced from the first second
 * @param cteArrivalSeeds arrival seeds also asked of PostgreSQL, spread over the engine's work
 *     quantiles
 * @param cteHubSeeds hub seeds also asked of PostgreSQL
 * @param cteTimeout per-query statement timeout for the recursive CTE
 * @param latencyRounds measured passes over all seeds (after one warm-up pass)
 * @param sweepSeeds transactions seeding the attribution sweep
 * @param sweepRounds measured repetitions of each sweep (after one warm-up)
 */
enum Size {
  SMOKE(2_000, 20_000, 20, 2, 3, 1, Duration.ofSeconds(5), 1, 20, 1),
  SMALL(20_000, 200_000, 200, 3, 8, 1, Duration.ofSeconds(5), 2, 50, 3),
  FULL(1_000_000, 10_000_000, 500, 10, 10, 2, Duration.ofSeconds(60), 1, 1_000, 3);

  final int accounts;
  final int transactions;
  final int arrivalSeeds;
  final int hubSeeds;
  final int cteArrivalSeeds;
  final int cteHubSeeds;
  final Duration cteTimeout;
  final int latencyRounds;
  final int sweepSeeds;
  final int sweepRounds;

  Size(
      int accounts,
      int transactions,
      int arrivalSeeds,
      int hubSeeds,
      int cteArrivalSeeds,
      int cteHubSeeds,
      Duration cteTimeout,
      int latencyRounds,
      int sweepSeeds,
      int sweepRounds) {
    this.accounts = accounts;
    this.transactions = transactions;
    this.arrivalSeeds = arrivalSeeds;
    this.hubSeeds = hubSeeds;
    this.cteArrivalSeeds = cteArrivalSeeds;
    this.cteHubSeeds = cteHubSeeds;
    this.cteTimeout = cteTimeout;
    this.latencyRounds = latencyRounds;
    this.sweepSeeds = sweepSeeds;
    this.sweepRounds = sweepRounds;
  }
}
