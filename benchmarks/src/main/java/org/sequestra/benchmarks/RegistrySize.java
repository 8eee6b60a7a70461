package org.sequestra.benchmarks;

/**
 * How big one registry run is. FULL is the size issue 3 sets the targets for (1 million assets
 * across 1 000 cases); SMALL the same run scaled down; SMOKE the seconds-long run `mvn verify`
 * makes.
 *
 * @param cases investigation cases, alternately of NL-ARO and ES-ARO
 * @param assets bank accounts with one IBAN each, spread evenly over the cases
 * @param warmUp rounds of every operation before measuring (JIT, caches, connection pool)
 * @param samples measured rounds; each round runs every operation once, interleaved
 */
enum RegistrySize {
  SMOKE(10, 2_000, 10, 30),
  SMALL(1_000, 100_000, 200, 500),
  FULL(1_000, 1_000_000, 500, 2_000);

  final int cases;
  final int assets;
  final int warmUp;
  final int samples;

  RegistrySize(int cases, int assets, int warmUp, int samples) {
    this.cases = cases;
    this.assets = assets;
    this.warmUp = warmUp;
    this.samples = samples;
  }
}
