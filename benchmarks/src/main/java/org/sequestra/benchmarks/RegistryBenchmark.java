package org.sequestra.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.AssetRegistryApplication;
import org.sequestra.registry.hit.HitDetector;
import org.sequestra.registry.hit.IdentifierMatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The asset registry benchmark (issue 3): "with 1 million assets across 1 000 cases, identifier
 * look-up and hit/no-hit check p99 < 5 ms at the service; asset registration p50 < 15 ms including
 * audit". The real service runs in-process (Spring Boot, embedded PostgreSQL 17, tokens from the
 * platform's stand-in issuer over real HTTP); the data is seeded with COPY, then every operation is
 * measured over real HTTP on loopback, one request at a time, interleaved with the same-run
 * baseline: the round trip of {@code GET /api/v1/me}, which is authentication and HTTP alone.
 * Nothing here asserts a timing. Usage: {@code ./benchmarks/run.sh --bench=registry [--size=...]}.
 */
public final class RegistryBenchmark {

  /** What one run produced: the printed table and the counts the smoke test checks. */
  record Report(
      ResultTable table,
      int lookUpsFound,
      int lookUps,
      long hitsForNl,
      long hitsForEs,
      long registrationsAudited,
      int registrations) {}

  private static final String JSON = "application/json";

  private RegistryBenchmark() {}

  public static void main(String[] args) throws Exception {
    RegistrySize size = RegistrySize.FULL;
    for (String arg : args) {
      switch (arg) {
        case "--size=smoke" -> size = RegistrySize.SMOKE;
        case "--size=small" -> size = RegistrySize.SMALL;
        case "--size=full" -> size = RegistrySize.FULL;
        default -> {
          System.err.println("usage: RegistryBenchmark [--size=smoke|small|full]");
          System.exit(2);
        }
      }
    }
    run(size, System.out).table().print(System.out);
    // the service's non-daemon threads (virtual-thread carrier, pools) must not keep the JVM alive
    System.exit(0);
  }

  static Report run(RegistrySize size, PrintStream out) throws Exception {
    Runtime runtime = Runtime.getRuntime();
    out.printf("Sequestra asset registry benchmark, size %s, %s%n", size.name().toLowerCase(), LocalDate.now());
    out.printf("machine: %d cores, %s %s, Java %s, max heap %,d MB%n", runtime.availableProcessors(),
        System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
        runtime.maxMemory() >> 20);
    out.printf("load average at start (other processes share these cores): %s%n", loadAverage());

    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setServerConfig("shared_buffers", "512MB")
        .setServerConfig("max_wal_size", "4GB")
        .setServerConfig("jit", "off")
        .setPGStartupWait(Duration.ofSeconds(60))
        .start()) {
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        statement.execute("CREATE DATABASE asset_registry");
      }
      long start = System.nanoTime();
      ConfigurableApplicationContext service = startService(postgres);
      out.printf("service started in %s (Flyway migrations included)%n", Stats.millis(System.nanoTime() - start));
      try {
        RegistrySeed seed = new RegistrySeed(size.cases, size.assets);
        start = System.nanoTime();
        try (Connection connection = postgres.getDatabase("postgres", "asset_registry").getConnection()) {
          seed.load(connection);
          out.printf("seeded %,d assets with one IBAN each across %,d cases (COPY + VACUUM ANALYZE) in %s;"
              + " PostgreSQL %s, durability settings at their defaults (fsync, synchronous_commit on)%n",
              size.assets, size.cases, Stats.millis(System.nanoTime() - start), version(connection));
        }
        int port = Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
        Report report = new Measurement(size, seed, service, "http://127.0.0.1:" + port, postgres, out).run();
        out.printf("%nload average at the end: %s%n%n", loadAverage());
        return report;
      } finally {
        service.close();
      }
    }
  }

  /** The real service, configured as in production except for where PostgreSQL and the issuers are. */
  private static ConfigurableApplicationContext startService(EmbeddedPostgres postgres) {
    SpringApplication application = new SpringApplication(AssetRegistryApplication.class);
    // command-line arguments: they take precedence over the service's application.yaml
    return application.run(
        "--server.port=0",
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "asset_registry"),
        "--spring.datasource.username=postgres",
        "--sequestra.keycloak-url=" + TestIssuers.baseUrl(),
        "--spring.main.banner-mode=off",
        "--logging.level.root=WARN");
  }

  private static final class Measurement {
    private final RegistrySize size;
    private final RegistrySeed seed;
    private final String baseUrl;
    private final EmbeddedPostgres postgres;
    private final PrintStream out;
    private final HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final HitDetector detector;
    private final TransactionTemplate transaction;
    private final SplittableRandom random = new SplittableRandom(7);
    private final String nlAnalyst = token("agency-nl");
    private final String esAnalyst = token("agency-es");
    /** Seeded NL assets whose IBAN ES has registered too: each hit registration takes another. */
    private final Set<Integer> registeredAgain = new HashSet<>();
    private long freshIbans;
    private int lookUps;
    private int lookUpsFound;
    private int registrations;

    Measurement(RegistrySize size, RegistrySeed seed, ConfigurableApplicationContext service, String baseUrl,
        EmbeddedPostgres postgres, PrintStream out) {
      this.size = size;
      this.seed = seed;
      this.baseUrl = baseUrl;
      this.postgres = postgres;
      this.out = out;
      this.detector = service.getBean(HitDetector.class);
      this.transaction = new TransactionTemplate(service.getBean(PlatformTransactionManager.class));
    }

    private static String token(String realm) {
      return TestIssuers.token(realm).username("benchmark").roles("ARO_ANALYST")
          .expiresAt(Instant.now().plus(Duration.ofHours(12))).bearer();
    }

    Report run() throws Exception {
      long[] me = new long[size.samples];
      long[] lookUp = new long[size.samples];
      long[] checkHit = new long[size.samples];
      long[] checkNoHit = new long[size.samples];
      long[] register = new long[size.samples];
      long[] registerHit = new long[size.samples];
      for (int round = -size.warmUp; round < size.samples; round++) {
        boolean measured = round >= 0;
        int i = Math.max(round, 0);
        // interleaved, so that noise from other processes on these cores hits every figure alike
        long t = me();
        if (measured) {
          me[i] = t;
        }
        t = lookUp(measured);
        if (measured) {
          lookUp[i] = t;
        }
        t = check(true);
        if (measured) {
          checkHit[i] = t;
        }
        t = check(false);
        if (measured) {
          checkNoHit[i] = t;
        }
        t = register(false);
        if (measured) {
          register[i] = t;
        }
        t = register(true);
        if (measured) {
          registerHit[i] = t;
        }
      }

      ResultTable table = new ResultTable();
      table.section(String.format("Asset registry: %,d assets across %,d cases; %,d rounds after %,d warm-up rounds,"
          + " one request at a time over HTTP/1.1 on loopback", size.assets, size.cases, size.samples, size.warmUp));
      table.row("baseline: GET /api/v1/me round trip (token check + HTTP)", percentiles(me), "", "", "", "");
      latencyRow(table, "identifier look-up: GET /api/v1/assets?identifier=<IBAN> (found, 1 of "
          + String.format("%,d", size.assets) + ")", lookUp, me, true, 5);
      latencyRow(table, "hit/no-hit check, identifier held by another agency (HitDetector.detect, in-process)",
          checkHit, me, true, 5);
      latencyRow(table, "hit/no-hit check, identifier nobody holds (HitDetector.detect, in-process)",
          checkNoHit, me, true, 5);
      latencyRow(table, "asset registration: POST /api/v1/cases/{id}/assets, no hit (incl. audit)",
          register, me, false, 15);
      latencyRow(table, "asset registration with a hit: both agencies notified (incl. audit)",
          registerHit, me, false, 15);

      try (Connection connection = postgres.getDatabase("postgres", "asset_registry").getConnection()) {
        long hitsForNl = count(connection, "select count(*) from hit where recipient_agency = 'NL-ARO'");
        long hitsForEs = count(connection, "select count(*) from hit where recipient_agency = 'ES-ARO'");
        long audited = count(connection, "select count(*) from audit_log where action = 'asset.register'");
        out.printf("checks: %,d of %,d look-ups found exactly the seeded asset; hits NL-ARO %,d, ES-ARO %,d;"
            + " %,d of %,d registrations (warm-up included) in the audit log%n", lookUpsFound, lookUps, hitsForNl, hitsForEs, audited,
            registrations);
        return new Report(table, lookUpsFound, lookUps, hitsForNl, hitsForEs, audited, registrations);
      }
    }

    private long me() throws IOException, InterruptedException {
      return timed(get("/api/v1/me", nlAnalyst)).nanos();
    }

    /** NL looks up the IBAN of one of its own seeded assets, typed in the printed form. */
    private long lookUp(boolean counted) throws IOException, InterruptedException {
      int asset = randomAssetOf(RegistrySeed.NL);
      String printed = RegistrySeed.ibanOfAsset(asset).replaceAll("(.{4})", "$1 ").trim();
      Timed result = timed(get("/api/v1/assets?identifier=" + printed.replace(" ", "%20"), nlAnalyst));
      if (counted) {
        lookUps++;
        if (result.status() == 200 && result.body().contains(seed.assetId(asset).toString())
            && result.body().contains("\"totalElements\":1")) {
          lookUpsFound++;
        }
      }
      return result.nanos();
    }

    /**
     * The detector alone, as registration runs it: in a transaction, for an ES asset, on an IBAN that
     * an NL asset holds (hit) or that nobody holds (no hit); rolled back, so it can be repeated.
     */
    private long check(boolean hit) {
      UUID esAsset = seed.assetId(randomAssetOf(RegistrySeed.ES));
      String iban = hit ? RegistrySeed.ibanOfAsset(randomAssetOf(RegistrySeed.NL)) : RegistrySeed.freshIban(freshIbans++);
      IdentifierMatch match = new IdentifierMatch("IBAN", Identifiers.validate(IdentifierType.IBAN, iban).key());
      Long nanos = transaction.execute(status -> {
        long start = System.nanoTime();
        detector.detect(esAsset, RegistrySeed.ES, List.of(match));
        long elapsed = System.nanoTime() - start;
        status.setRollbackOnly();
        return elapsed;
      });
      return nanos == null ? 0 : nanos;
    }

    /** NL registers a new account (no hit), or ES registers an account NL already holds (hit). */
    private long register(boolean hit) throws IOException, InterruptedException {
      String iban;
      String bearer;
      UUID caseId;
      if (hit) {
        int held;
        do {
          held = randomAssetOf(RegistrySeed.NL);
        } while (!registeredAgain.add(held));
        iban = RegistrySeed.ibanOfAsset(held);
        bearer = esAnalyst;
        caseId = seed.caseId(randomCaseOf(1));
      } else {
        iban = RegistrySeed.freshIban(freshIbans++);
        bearer = nlAnalyst;
        caseId = seed.caseId(randomCaseOf(0));
      }
      String body = "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Account found in a bank reply\","
          + "\"identifiers\":{\"iban\":\"" + iban + "\"}}";
      Timed result = timed(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/cases/" + caseId + "/assets"))
          .header("Authorization", bearer).header("Content-Type", JSON)
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
      if (result.status() != 201) {
        throw new IllegalStateException("registration answered " + result.status() + ": " + result.body());
      }
      registrations++;
      return result.nanos();
    }

    /** A seeded asset of the agency: cases alternate NL (even) and ES (odd), assets go round the cases. */
    private int randomAssetOf(String agency) {
      int parity = agency.equals(RegistrySeed.NL) ? 0 : 1;
      while (true) {
        int asset = random.nextInt(seed.assets);
        if (seed.caseOfAsset(asset) % 2 == parity) {
          return asset;
        }
      }
    }

    private int randomCaseOf(int parity) {
      return (random.nextInt(seed.cases / 2) * 2 + parity) % seed.cases;
    }

    private HttpRequest get(String path, String bearer) {
      return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", bearer)
          .header("Accept", JSON).GET().build();
    }

    private record Timed(long nanos, int status, String body) {}

    private Timed timed(HttpRequest request) throws IOException, InterruptedException {
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return new Timed(nanos, response.statusCode(), response.body());
    }
  }

  /** p50 / p95 / p99; the ratio to the baseline at the percentile the target is about. */
  private static void latencyRow(ResultTable table, String figure, long[] measured, long[] baseline, boolean p99Target,
      int targetMillis) {
    double percentile = p99Target ? 99 : 50;
    long value = Stats.percentile(measured, percentile);
    long base = Stats.percentile(baseline, percentile);
    String target = (p99Target ? "p99" : "p50") + " < " + targetMillis + " ms";
    table.row(figure, percentiles(measured), "/me " + percentiles(baseline),
        (p99Target ? "p99 " : "p50 ") + Stats.times((double) value / base), target,
        ResultTable.verdict(value < targetMillis * 1_000_000L));
  }

  private static String percentiles(long[] nanos) {
    return String.format("p50 %s / p95 %s / p99 %s", ms(Stats.percentile(nanos, 50)), ms(Stats.percentile(nanos, 95)),
        ms(Stats.percentile(nanos, 99)));
  }

  private static String ms(long nanos) {
    return String.format("%.2f ms", nanos / 1e6);
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW server_version")) {
      result.next();
      return result.getString(1);
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return String.join(" ", fields[0], fields[1], fields[2]);
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
