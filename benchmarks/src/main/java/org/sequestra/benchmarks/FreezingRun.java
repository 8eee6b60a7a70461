package org.sequestra.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.sequestra.platform.test.TestIssuers;

/**
 * What the parts of one freezing-service run share: the two services' APIs and databases, their
 * access logs, the registry's seed and which of its NL assets are still untouched (each relayed or
 * directly sent request takes one of its own, IDENTIFIED until then).
 */
final class FreezingRun {

  static final String REGISTRY_DB = "asset_registry";
  static final String FREEZING_DB = "freezing";

  final FreezingSize size;
  final RegistrySeed seed;
  final Api freezing;
  final Api registry;
  final AccessLog freezingLog;
  final AccessLog registryLog;
  final PrintStream out;
  private final EmbeddedPostgres postgres;
  private int usedNlAssets;

  final String nlIssuing = bearer("agency-nl", "ISSUING_AUTHORITY");
  final String esExecuting = bearer("agency-es", "EXECUTING_AUTHORITY");
  final String freezingService = "Bearer " + TokenEndpoint.freezingServiceToken();

  FreezingRun(
      FreezingSize size,
      RegistrySeed seed,
      EmbeddedPostgres postgres,
      Api freezing,
      Api registry,
      AccessLog freezingLog,
      AccessLog registryLog,
      PrintStream out) {
    this.size = size;
    this.seed = seed;
    this.postgres = postgres;
    this.freezing = freezing;
    this.registry = registry;
    this.freezingLog = freezingLog;
    this.registryLog = registryLog;
    this.out = out;
  }

  /** The registry's seed: enough NL assets for the run, half of all (cases alternate NL, ES). */
  static RegistrySeed registrySeed(FreezingSize size) {
    return new RegistrySeed(20, 2 * size.nlAssets() + 2);
  }

  /** An NL asset no request has named yet (even asset numbers are in NL cases: 20 cases). */
  synchronized int nextNlAsset() {
    int asset = 2 * usedNlAssets++;
    if (asset >= seed.assets) {
      throw new IllegalStateException("the registry's seed has no unused NL asset left");
    }
    return asset;
  }

  UUID caseOf(int asset) {
    return seed.caseId(seed.caseOfAsset(asset));
  }

  Connection registryDb() throws SQLException {
    return postgres.getDatabase("postgres", REGISTRY_DB).getConnection();
  }

  Connection freezingDb() throws SQLException {
    return postgres.getDatabase("postgres", FREEZING_DB).getConnection();
  }

  private static String bearer(String realm, String role) {
    return TestIssuers.token(realm)
        .username("benchmark")
        .roles(role)
        .expiresAt(Instant.now().plus(Duration.ofHours(12)))
        .bearer();
  }
}
