package org.sequestra.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The freezing-service benchmark (issue 11): the registry relay's latency with the registry up
 * ({@link RelayLatency}), the drain of a backlog written while the registry is down ({@link
 * RelayBacklog}), and an agency's overdue list among many requests ({@link OverdueList}). The asset
 * registry and the freezing-service run as JVMs of their own from their built jars ({@link
 * ServiceProcess}) on one embedded PostgreSQL 17, a database each; this JVM is the load generator,
 * the stand-in token issuer (user tokens) and the hub's token endpoint for the relay's client
 * credentials ({@link TokenEndpoint}). Every figure has its baseline from the same run; nothing
 * asserts a timing. Usage: {@code ./benchmarks/run.sh --bench=freezing [--size=smoke|small|full]}.
 */
public final class FreezingBenchmark {

  /** What one run produced: the table and what the smoke test checks. */
  record Report(
      ResultTable table,
      RelayLatency.Result latency,
      RelayBacklog.Result backlog,
      OverdueList.Result overdue) {}

  /** The relay's parallel sends (set on the service, and the baseline's clients). */
  static final int RELAY_CONCURRENCY = 16;

  private static final String OVERDUE_AGENCY = "ES-ARO";

  private FreezingBenchmark() {}

  public static void main(String[] args) throws Exception {
    FreezingSize size = FreezingSize.FULL;
    for (String arg : args) {
      switch (arg) {
        case "--size=smoke" -> size = FreezingSize.SMOKE;
        case "--size=small" -> size = FreezingSize.SMALL;
        case "--size=full" -> size = FreezingSize.FULL;
        default -> {
          System.err.println("usage: FreezingBenchmark [--size=smoke|small|full]");
          System.exit(2);
        }
      }
    }
    run(size, System.out).table().print(System.out);
    System.exit(0);
  }

  static Report run(FreezingSize size, PrintStream out) throws Exception {
    out.printf(
        "Sequestra freezing-service benchmark, size %s, %s%n",
        size.name().toLowerCase(), LocalDate.now());
    out.printf(
        "machine: %d cores, Java %s; load average at start (other processes share these cores): %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Benchmarks.loadAverage());
    Path logs = Files.createTempDirectory("sequestra-freezing-bench");
    try (EmbeddedPostgres postgres =
            EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("jit", "off")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        TokenEndpoint tokens = new TokenEndpoint()) {
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE DATABASE " + FreezingRun.REGISTRY_DB);
        statement.execute("CREATE DATABASE " + FreezingRun.FREEZING_DB);
      }
      int registryPort = ServiceProcess.freePort();
      long start = System.nanoTime();
      ServiceProcess registry = registry(postgres, registryPort, logs);
      try (ServiceProcess freezing =
          ServiceProcess.service(
              ServiceProcess.FREEZING,
              postgres,
              FreezingRun.FREEZING_DB,
              List.of("-Xms1g", "-Xmx1g"),
              freezingSettings(registryPort, tokens, logs),
              logs)) {
        registry.ready();
        freezing.ready();
        out.printf(
            "registry and freezing-service started as separate JVMs in %s (logs in %s)%n",
            Stats.millis(System.nanoTime() - start), logs);
        FreezingRun run = seeded(size, postgres, freezing, registry, logs, out);
        OverdueSeed overdueSeed = new OverdueSeed(size.requests, OVERDUE_AGENCY);
        try (Connection connection = run.freezingDb()) {
          overdueSeed.load(connection);
        }
        RelayLatency.Result latency = new RelayLatency(run).run();
        OverdueList.Result overdue = new OverdueList(run).run(overdueSeed.overdue());

        RelayBacklog backlog = new RelayBacklog(run, RELAY_CONCURRENCY);
        registry.close();
        backlog.write();
        out.printf("registry stopped; %,d effects written to the outbox%n", size.backlog);
        registry = registry(postgres, registryPort, logs).ready();
        RelayBacklog.Result drained = backlog.drain(System.nanoTime(), new Api(registry.baseUrl()));
        Report report =
            new Report(
                FreezingTable.of(size, overdueSeed.overdue().size(), latency, drained, overdue),
                latency,
                drained,
                overdue);
        FreezingTable.printChecks(out, size, latency, drained, overdue);
        out.printf("%nload average at the end: %s%n%n", Benchmarks.loadAverage());
        return report;
      } finally {
        registry.close();
      }
    }
  }

  private static ServiceProcess registry(EmbeddedPostgres postgres, int port, Path logs)
      throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("logging.level.root", "WARN");
    settings.putAll(AccessLog.settings(logs, ServiceProcess.ASSET_REGISTRY));
    return ServiceProcess.service(
        ServiceProcess.ASSET_REGISTRY,
        postgres,
        FreezingRun.REGISTRY_DB,
        port,
        List.of("-Xms1g", "-Xmx1g"),
        settings,
        logs);
  }

  /**
   * The relay calls the registry on its port with the stand-in hub's tokens, with the production
   * back-off (doubling from 1 s up to 5 min): the drain starts when its probe finds the registry
   * back, at most a second after its return, whatever the effects' own back-off.
   */
  private static Map<String, String> freezingSettings(
      int registryPort, TokenEndpoint tokens, Path logs) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("logging.level.root", "WARN");
    settings.put("sequestra.registry.url", "http://127.0.0.1:" + registryPort);
    settings.put(
        "spring.security.oauth2.client.provider.sequestra-hub.token-uri", tokens.tokenUri());
    settings.put(
        "spring.security.oauth2.client.registration.freezing-service.client-secret",
        "not-checked-by-the-stand-in");
    settings.put("sequestra.registry.relay.concurrency", Integer.toString(RELAY_CONCURRENCY));
    settings.putAll(AccessLog.settings(logs, ServiceProcess.FREEZING));
    return settings;
  }

  private static FreezingRun seeded(
      FreezingSize size,
      EmbeddedPostgres postgres,
      ServiceProcess freezing,
      ServiceProcess registry,
      Path logs,
      PrintStream out)
      throws Exception {
    RegistrySeed seed = FreezingRun.registrySeed(size);
    try (Connection connection =
        postgres.getDatabase("postgres", FreezingRun.REGISTRY_DB).getConnection()) {
      seed.load(connection);
    }
    out.printf(
        "registry seeded: %,d bank accounts across %,d cases (NL-ARO and ES-ARO)%n",
        seed.assets, seed.cases);
    return new FreezingRun(
        size,
        seed,
        postgres,
        new Api(freezing.baseUrl()),
        new Api(registry.baseUrl()),
        new AccessLog(logs, ServiceProcess.FREEZING),
        new AccessLog(logs, ServiceProcess.ASSET_REGISTRY),
        out);
  }
}
