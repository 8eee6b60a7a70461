package org.sequestra.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.AssetRegistryApplication;
import org.sequestra.registry.hit.HitDetector;
import org.sequestra.registry.hit.IdentifierMatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

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
    out.printf(
        "Sequestra asset registry benchmark, size %s, %s%n",
        size.name().toLowerCase(), LocalDate.now());
    out.printf(
        "machine: %d cores, %s %s, Java %s, max heap %,d MB%n",
        runtime.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        runtime.maxMemory() >> 20);
    out.printf("load average at start (other processes share these cores): %s%n", loadAverage());

    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
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
      out.printf(
          "service started in %s (Flyway migrations included)%n",
          Stats.millis(System.nanoTime() - start));
      try {
        RegistrySeed seed = new RegistrySeed(size.cases, size.assets);
        start = System.nanoTime();
        try (Connection connection =
            postgres.getDatabase("postgres", "asset_registry").getConnection()) {
          seed.load(connection);
          out.printf(
              "seeded %,d assets with one IBAN each across %,d cases (COPY + VACUUM ANALYZE) in %s;"
                  + " PostgreSQL %s, durability settings at their defaults (fsync, synchronous_commit on)%n",
              size.assets,
              size.cases,
              Stats.millis(System.nanoTime() - start),
              version(connection));
        }
        int port =
            Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
        Report report =
            new Measurement(size, seed, service, "http://127.0.0.1:" + port, postgres, out).run();
        out.printf("%nload average at the end: %s%n%n", loadAverage());
        return report;
      } finally {
        service.close();
      }
    }
  }

  /**
   * The real service, configured as in production except for where PostgreSQL and the issuers are,
   * plus one filter that tells the service's own time for each request.
   */
  private static ConfigurableApplicationContext startService(EmbeddedPostgres postgres) {
    SpringApplication application = new SpringApplication(AssetRegistryApplication.class);
    // the first filter of all, so that the service's time includes the token check
    application.addInitializers(
        context ->
            ((GenericApplicationContext) context)
                .registerBean(
                    "serviceTiming",
                    FilterRegistrationBean.class,
                    () -> {
                      FilterRegistrationBean<ServiceTiming> registration =
                          new FilterRegistrationBean<>(new ServiceTiming());
                      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
                      return registration;
                    }));
    // command-line arguments: they take precedence over the service's application.yaml
    return application.run(
        "--server.port=0",
        "--management.server.port=0",
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
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
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

    Measurement(
        RegistrySize size,
        RegistrySeed seed,
        ConfigurableApplicationContext service,
        String baseUrl,
        EmbeddedPostgres postgres,
        PrintStream out) {
      this.size = size;
      this.seed = seed;
      this.baseUrl = baseUrl;
      this.postgres = postgres;
      this.out = out;
      this.detector = service.getBean(HitDetector.class);
      this.transaction = new TransactionTemplate(service.getBean(PlatformTransactionManager.class));
    }

    private static String token(String realm) {
      return TestIssuers.token(realm)
          .username("benchmark")
          .roles("ARO_ANALYST")
          .expiresAt(Instant.now().plus(Duration.ofHours(12)))
          .bearer();
    }

    Report run() throws Exception {
      Samples me = new Samples(size.samples);
      Samples lookUp = new Samples(size.samples);
      long[] checkHit = new long[size.samples];
      long[] checkNoHit = new long[size.samples];
      Samples register = new Samples(size.samples);
      Samples registerHit = new Samples(size.samples);
      for (int round = -size.warmUp; round < size.samples; round++) {
        // interleaved, so that noise from other processes on these cores hits every figure alike
        me.add(round, me());
        lookUp.add(round, lookUp(round >= 0));
        long hit = check(true);
        long noHit = check(false);
        if (round >= 0) {
          checkHit[round] = hit;
          checkNoHit[round] = noHit;
        }
        register.add(round, register(false));
        registerHit.add(round, register(true));
      }

      ResultTable table = new ResultTable();
      table.section(
          String.format(
              "Asset registry: %,d assets across %,d cases; %,d rounds after %,d warm-up rounds,"
                  + " one request at a time over HTTP/1.1 on loopback",
              size.assets, size.cases, size.samples, size.warmUp));
      table.row(
          "baseline: GET /api/v1/me at the service (token check, no database)",
          percentiles(me.service),
          "",
          "",
          "",
          "");
      table.row("baseline: GET /api/v1/me round trip", percentiles(me.roundTrip), "", "", "", "");
      String found = String.format("found, 1 of %,d", size.assets);
      latencyRow(
          table,
          "identifier look-up at the service: GET /api/v1/assets?identifier=<IBAN> (" + found + ")",
          lookUp.service,
          me.service,
          true,
          5);
      latencyRow(
          table,
          "hit/no-hit check at the service, identifier held by another agency (HitDetector.detect)",
          checkHit,
          me.service,
          true,
          5);
      latencyRow(
          table,
          "hit/no-hit check at the service, identifier nobody holds (HitDetector.detect)",
          checkNoHit,
          me.service,
          true,
          5);
      latencyRow(
          table,
          "asset registration at the service: POST /api/v1/cases/{id}/assets, no hit (incl. audit)",
          register.service,
          me.service,
          false,
          15);
      latencyRow(
          table,
          "asset registration at the service with a hit: both agencies notified (incl. audit)",
          registerHit.service,
          me.service,
          false,
          15);
      latencyRow(table, "identifier look-up, round trip", lookUp.roundTrip, me.roundTrip, true, 0);
      latencyRow(
          table,
          "asset registration, no hit, round trip",
          register.roundTrip,
          me.roundTrip,
          false,
          0);
      latencyRow(
          table,
          "asset registration with a hit, round trip",
          registerHit.roundTrip,
          me.roundTrip,
          false,
          0);

      try (Connection connection =
          postgres.getDatabase("postgres", "asset_registry").getConnection()) {
        long hitsForNl =
            count(connection, "select count(*) from hit where recipient_agency = 'NL-ARO'");
        long hitsForEs =
            count(connection, "select count(*) from hit where recipient_agency = 'ES-ARO'");
        long audited =
            count(connection, "select count(*) from audit_log where action = 'asset.register'");
        out.printf(
            "checks: %,d of %,d look-ups found exactly the seeded asset; hits NL-ARO %,d, ES-ARO %,d;"
                + " %,d of %,d registrations (warm-up included) in the audit log%n",
            lookUpsFound, lookUps, hitsForNl, hitsForEs, audited, registrations);
        return new Report(
            table, lookUpsFound, lookUps, hitsForNl, hitsForEs, audited, registrations);
      }
    }

    private Timed me() throws IOException, InterruptedException {
      return timed(get("/api/v1/me", nlAnalyst));
    }

    /** NL looks up the IBAN of one of its own seeded assets, typed in the printed form. */
    private Timed lookUp(boolean counted) throws IOException, InterruptedException {
      int asset = randomAssetOf(RegistrySeed.NL);
      String printed = RegistrySeed.ibanOfAsset(asset).replaceAll("(.{4})", "$1 ").trim();
      Timed result =
          timed(get("/api/v1/assets?identifier=" + printed.replace(" ", "%20"), nlAnalyst));
      if (counted) {
        lookUps++;
        if (result.status() == 200
            && result.body().contains(seed.assetId(asset).toString())
            && result.body().contains("\"totalElements\":1")) {
          lookUpsFound++;
        }
      }
      return result;
    }

    /**
     * The detector alone, as registration runs it: in a transaction, for an ES asset, on an IBAN
     * that an NL asset holds (hit) or that nobody holds (no hit); rolled back, so it can be
     * repeated.
     */
    private long check(boolean hit) {
      UUID esAsset = seed.assetId(randomAssetOf(RegistrySeed.ES));
      String iban =
          hit
              ? RegistrySeed.ibanOfAsset(randomAssetOf(RegistrySeed.NL))
              : RegistrySeed.freshIban(freshIbans++);
      IdentifierMatch match =
          new IdentifierMatch("IBAN", Identifiers.validate(IdentifierType.IBAN, iban).key());
      Long nanos =
          transaction.execute(
              status -> {
                long start = System.nanoTime();
                detector.detect(esAsset, RegistrySeed.ES, List.of(match));
                long elapsed = System.nanoTime() - start;
                status.setRollbackOnly();
                return elapsed;
              });
      return nanos == null ? 0 : nanos;
    }

    /** NL registers a new account (no hit), or ES registers an account NL already holds (hit). */
    private Timed register(boolean hit) throws IOException, InterruptedException {
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
      String body =
          "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Account found in a bank reply\","
              + "\"identifiers\":{\"iban\":\""
              + iban
              + "\"}}";
      Timed result =
          timed(
              HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/cases/" + caseId + "/assets"))
                  .header("Authorization", bearer)
                  .header("Content-Type", JSON)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());
      if (result.status() != 201) {
        throw new IllegalStateException(
            "registration answered " + result.status() + ": " + result.body());
      }
      registrations++;
      return result;
    }

    /**
     * A seeded asset of the agency: cases alternate NL (even) and ES (odd), assets go round the
     * cases.
     */
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
      return HttpRequest.newBuilder(URI.create(baseUrl + path))
          .header("Authorization", bearer)
          .header("Accept", JSON)
          .GET()
          .build();
    }

    private Timed timed(HttpRequest request) throws IOException, InterruptedException {
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      String timing =
          response
              .headers()
              .firstValue(ServiceTiming.HEADER)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "no " + ServiceTiming.HEADER + " from " + request.uri()));
      return new Timed(nanos, ServiceTiming.nanos(timing), response.statusCode(), response.body());
    }
  }

  /** One HTTP exchange: the client's round trip and the service's own time (Server-Timing). */
  private record Timed(long nanos, long serviceNanos, int status, String body) {}

  /** The measured rounds of one HTTP operation (warm-up rounds, numbered below 0, are dropped). */
  private static final class Samples {
    final long[] roundTrip;
    final long[] service;

    Samples(int size) {
      roundTrip = new long[size];
      service = new long[size];
    }

    void add(int round, Timed timed) {
      if (round >= 0) {
        roundTrip[round] = timed.nanos();
        service[round] = timed.serviceNanos();
      }
    }
  }

  /**
   * The service's own time for a request: from the first filter (before the token check) until the
   * answer is complete, sent back in a {@code Server-Timing} header. The answer is buffered for
   * that, as the platform's idempotency filter buffers it.
   */
  static final class ServiceTiming extends OncePerRequestFilter {
    static final String HEADER = "Server-Timing";
    private static final Pattern DURATION = Pattern.compile("service;dur=([0-9.]+)");

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      long start = System.nanoTime();
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      double millis = (System.nanoTime() - start) / 1e6;
      buffered.setHeader(HEADER, String.format(Locale.ROOT, "service;dur=%.3f", millis));
      buffered.copyBodyToResponse();
    }

    static long nanos(String header) {
      Matcher matcher = DURATION.matcher(header);
      if (!matcher.find()) {
        throw new IllegalStateException("unexpected " + HEADER + ": " + header);
      }
      return Math.round(Double.parseDouble(matcher.group(1)) * 1e6);
    }
  }

  /** p50 / p95 / p99; the ratio to the baseline at the percentile the target is about. */
  private static void latencyRow(
      ResultTable table,
      String figure,
      long[] measured,
      long[] baseline,
      boolean p99Target,
      int targetMillis) {
    double percentile = p99Target ? 99 : 50;
    long value = Stats.percentile(measured, percentile);
    long base = Stats.percentile(baseline, percentile);
    boolean hasTarget = targetMillis > 0;
    table.row(
        figure,
        percentiles(measured),
        "/me " + percentiles(baseline),
        (p99Target ? "p99 " : "p50 ") + Stats.times((double) value / base),
        hasTarget ? (p99Target ? "p99" : "p50") + " < " + targetMillis + " ms" : "",
        hasTarget ? ResultTable.verdict(value < targetMillis * 1_000_000L) : "");
  }

  private static String percentiles(long[] nanos) {
    return Stats.percentiles(nanos);
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
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
