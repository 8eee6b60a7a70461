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
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.sequestra.platform.test.TestIssuers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tracing through the API (issue 14), the way an analyst uses it: the financial-trace-service and
 * the gateway each in a JVM of its own from their jars ({@link ServiceProcess}); the benchmark's
 * synthetic ledger written as the ingest benchmark's CSV, uploaded through the gateway to {@code
 * POST /api/v1/datasets/{id}/imports} and the job polled to its end; then the first trace, which
 * loads the dataset's graph from PostgreSQL (its time read from the service's log), and repeated
 * traces with each rule from hub and ordinary seeds through {@code POST
 * /api/v1/datasets/{id}/traces}. A trace's answer is read generically (status, bytes, a few
 * fields), and a refusal (e.g. 507 for a graph that does not fit) is reported, not fatal. In-run
 * baseline: {@code GET /api/v1/datasets/{id}} through the gateway, interleaved with the traces.
 * Usage: {@code ./benchmarks/run.sh --bench=trace-api [--size=small]}.
 */
public final class TraceApiBenchmark {

  static final List<String> RULES = List.of("FIFO", "LIFO", "PRO_RATA", "LIBR");
  private static final Pattern GRAPH_LOADED =
      Pattern.compile("Loaded the graph of dataset (\\S+?) .*?(\\d+) transactions.*? in (\\d+) ms");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TraceApiBenchmark() {}

  /**
   * How many seeds and rounds; the ledger's size is the engine benchmark's ({@link Size}).
   *
   * @param hubSeeds early transactions into one of the 10 accounts sending most
   * @param ordinarySeeds early transactions into accounts outside the 100 sending most
   * @param rounds measured passes over every seed and rule, after one warm-up pass
   * @param heap the service's heap unless {@code benchmarks.trace-service-heap} says otherwise
   */
  private record Plan(Size size, int hubSeeds, int ordinarySeeds, int rounds, String heap) {}

  public static void main(String[] args) throws Exception {
    Plan plan = new Plan(Size.FULL, 3, 10, 2, "6g");
    for (String arg : args) {
      switch (arg) {
        case "--size=small" -> plan = new Plan(Size.SMALL, 3, 10, 2, "1g");
        case "--size=full" -> plan = new Plan(Size.FULL, 3, 10, 2, "6g");
        default -> {
          System.err.println("usage: TraceApiBenchmark [--size=small|full]");
          System.exit(2);
        }
      }
    }
    String heap = System.getProperty("benchmarks.trace-service-heap", "");
    if (!heap.isBlank()) {
      plan = new Plan(plan.size(), plan.hubSeeds(), plan.ordinarySeeds(), plan.rounds(), heap);
    }
    run(plan, System.out).print(System.out);
    System.exit(0);
  }

  private static ResultTable run(Plan plan, PrintStream out) throws Exception {
    Size size = plan.size();
    out.printf(
        "Sequestra trace API benchmark, size %s, %s%n", size.name().toLowerCase(), LocalDate.now());
    out.printf(
        "machine: %d cores, Java %s; load average at start (other processes share these cores): %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Benchmarks.loadAverage());
    SyntheticLedger ledger =
        SyntheticLedger.generate(size.accounts, size.transactions, Benchmarks.LEDGER_SEED);
    Path dir = Files.createTempDirectory("sequestra-trace-api");
    Path csv = dir.resolve("ledger.csv");
    try {
      long start = System.nanoTime();
      new IngestBenchmark(ledger).writeCsv(csv);
      long bytes = Files.size(csv);
      out.printf(
          "%,d-row CSV (%,d MB) written in %s%n",
          ledger.transactionCount(), bytes >> 20, Stats.millis(System.nanoTime() - start));
      // the ingest benchmark's server (bulk-write settings, 2 GB shared buffers)
      try (EmbeddedPostgres postgres = IngestBenchmark.startServer()) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
            Statement statement = admin.createStatement()) {
          statement.execute("CREATE DATABASE financial_trace");
        }
        // uploads above the default 512 MB: both the service and the gateway are told so
        String uploadLimit = Math.max(1, (bytes >> 30) + 1) + "GB";
        start = System.nanoTime();
        try (ServiceProcess service =
                ServiceProcess.service(
                    ServiceProcess.FINANCIAL_TRACE,
                    postgres,
                    "financial_trace",
                    List.of("-Xms" + plan.heap(), "-Xmx" + plan.heap()),
                    Map.of(
                        "sequestra.web.max-upload-size", uploadLimit,
                        "sequestra.import.index-build-memory", "1GB",
                        "sequestra.registry.url", ServiceProcess.nowhere(),
                        "logging.level.root", "WARN",
                        "logging.level.org.sequestra.trace.graph", "INFO"),
                    dir);
            ServiceProcess gateway =
                ServiceProcess.gateway(
                    ServiceProcess.nowhere(),
                    service.baseUrl(),
                    List.of("-Xms512m", "-Xmx512m"),
                    Map.of(
                        "sequestra.gateway.max-upload-size",
                        uploadLimit,
                        "logging.level.root",
                        "WARN"),
                    dir)) {
          service.ready();
          gateway.ready();
          out.printf(
              "financial-trace-service (heap %s) and gateway started as separate JVMs in %s;"
                  + " upload limit of both %s (default 512MB); logs in %s%n",
              plan.heap(), Stats.millis(System.nanoTime() - start), uploadLimit, dir);
          ResultTable table =
              new Measurement(plan, ledger, csv, bytes, gateway.baseUrl(), service.log(), out)
                  .run();
          out.printf("%nload average at the end: %s%n%n", Benchmarks.loadAverage());
          return table;
        }
      }
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  /** One answer of the API, read generically. */
  private record Answer(int status, long nanos, long bytes, JsonNode body) {
    String summary() {
      if (status >= 400 || body == null) {
        return "HTTP "
            + status
            + (body == null ? "" : " " + body.path("title").asString("") + ": ")
            + (body == null ? "" : body.path("detail").asString(""));
      }
      JsonNode result = body.path("result");
      return String.format(
          "HTTP %d, %,d bytes, %s flows, %s end points",
          status, bytes, count(result, "flows"), count(result, "endPoints"));
    }

    private static String count(JsonNode result, String field) {
      JsonNode node = result.path(field);
      return node.isArray() ? String.format("%,d", node.size()) : "n/a";
    }
  }

  /** One trace seed: the whole amount of one transaction, followed from its receiver. */
  private record Seed(String kind, long transactionId, int receiver) {}

  private static final class Measurement {
    private final Plan plan;
    private final SyntheticLedger ledger;
    private final Path csv;
    private final long bytes;
    private final String gateway;
    private final Path serviceLog;
    private final PrintStream out;
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String bearer =
        TestIssuers.token("agency-nl")
            .username("benchmark")
            .roles("ARO_ANALYST")
            .expiresAt(Instant.now().plus(Duration.ofHours(12)))
            .bearer();

    Measurement(
        Plan plan,
        SyntheticLedger ledger,
        Path csv,
        long bytes,
        String gateway,
        Path serviceLog,
        PrintStream out) {
      this.plan = plan;
      this.ledger = ledger;
      this.csv = csv;
      this.bytes = bytes;
      this.gateway = gateway;
      this.serviceLog = serviceLog;
      this.out = out;
    }

    ResultTable run() throws Exception {
      ResultTable table = new ResultTable();
      int rows = ledger.transactionCount();
      table.section(
          String.format(
              "Trace API through the gateway: %,d transactions over %,d accounts (Zipf %.1f),"
                  + " financial-trace-service heap %s",
              rows, ledger.accounts, SyntheticLedger.ZIPF_EXPONENT, plan.heap()));

      Answer created =
          send(
              post("/api/v1/datasets")
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"caseReference\":\"NL-ARO/2026/0001\","
                              + "\"name\":\"Benchmark ledger\"}"))
                  .build());
      if (created.status() != 201) {
        throw new IllegalStateException("creating the dataset: " + created.summary());
      }
      String dataset = created.body().path("id").asString();

      // the import: upload through the gateway, then the job to its end
      long start = System.nanoTime();
      Answer accepted =
          send(
              post("/api/v1/datasets/" + dataset + "/imports?format=CSV")
                  .header("Content-Type", "text/csv")
                  .timeout(Duration.ofMinutes(30))
                  .POST(HttpRequest.BodyPublishers.ofFile(csv))
                  .build());
      long uploadNanos = System.nanoTime() - start;
      if (accepted.status() != 202) {
        table.row("import through the gateway", accepted.summary(), "", "", "", "FAILED");
        return table;
      }
      String job = accepted.body().path("id").asString();
      JsonNode state = accepted.body();
      while (!List.of("SUCCEEDED", "FAILED").contains(state.path("state").asString())) {
        Thread.sleep(rows > 1_000_000 ? 1_000 : 200);
        state = send(get("/api/v1/datasets/" + dataset + "/imports/" + job)).body();
      }
      long importNanos = System.nanoTime() - start;
      out.printf(
          "import: upload of %,d MB answered 202 after %s; job %s after %s: %,d imported, %,d"
              + " rejected, %,d duplicates skipped%n",
          bytes >> 20,
          Stats.millis(uploadNanos),
          state.path("state").asString(),
          Stats.millis(importNanos),
          state.path("imported").asLong(),
          state.path("rejected").asLong(),
          state.path("duplicatesSkipped").asLong());
      table.row(
          String.format(
              "import: %,d MB CSV uploaded through the gateway, job polled to its end",
              bytes >> 20),
          String.format("%,.0f rows/s (%s)", rows / (importNanos / 1e9), Stats.millis(importNanos)),
          "upload until 202: " + Stats.millis(uploadNanos),
          "",
          "",
          "SUCCEEDED".equals(state.path("state").asString())
              ? ""
              : "FAILED: " + state.path("failureReason").asString(""));
      if (!"SUCCEEDED".equals(state.path("state").asString())) {
        return table;
      }

      List<Seed> seeds = seeds(dataset);
      if (seeds.isEmpty()) {
        table.row("seeds", "none found in the dataset's listing", "", "", "", "FAILED");
        return table;
      }
      List<Answer> baseline = new ArrayList<>();
      Map<String, List<Answer>> traces = new LinkedHashMap<>();

      // the first trace loads the graph from PostgreSQL
      Answer first = trace(dataset, "FIFO", seeds.get(seeds.size() - 1));
      Optional<long[]> loaded = graphLoad(dataset);
      out.printf("first trace (graph load included): %s in %s%n", first.summary(), ms(first));
      if (loaded.isPresent()) {
        long transactions = loaded.get()[0];
        long millis = loaded.get()[1];
        table.row(
            "graph load from PostgreSQL (first trace; time from the service's log)",
            String.format(
                "%,.1f M tx/s (%,d transactions in %,d ms)",
                transactions / (double) Math.max(millis, 1) / 1e3, transactions, millis),
            "",
            "",
            "≥ 2 M tx/s",
            ResultTable.verdict(transactions / (double) Math.max(millis, 1) / 1e3 >= 2));
      } else {
        table.row(
            "graph load from PostgreSQL",
            "not in the service's log",
            "first trace " + ms(first),
            "",
            "≥ 2 M tx/s",
            "");
      }
      table.row(
          "first trace, FIFO, graph load included",
          ms(first) + "; " + first.summary(),
          "",
          "",
          "",
          first.status() == 201 ? "" : "FAILED");

      for (int round = -1; round < plan.rounds(); round++) {
        for (Seed seed : seeds) {
          for (String rule : RULES) {
            // interleaved with the baseline, so that noise hits both alike
            Answer base = send(get("/api/v1/datasets/" + dataset));
            Answer answer = trace(dataset, rule, seed);
            if (round >= 0) {
              baseline.add(base);
              traces
                  .computeIfAbsent(rule + " " + seed.kind(), key -> new ArrayList<>())
                  .add(answer);
            }
          }
        }
      }
      long[] baseNanos = baseline.stream().mapToLong(Answer::nanos).toArray();
      String baseText = "GET dataset " + percentiles(baseNanos);
      table.row(
          "baseline: GET /api/v1/datasets/{id} through the gateway",
          percentiles(baseNanos),
          "",
          "",
          "",
          "");
      for (String rule : RULES) {
        List<Answer> all = new ArrayList<>();
        for (String kind : List.of("hub", "ordinary")) {
          List<Answer> answers = traces.getOrDefault(rule + " " + kind, List.of());
          all.addAll(answers);
          traceRow(table, rule + " trace, " + kind + " seeds", answers, baseText, false);
        }
        traceRow(
            table,
            rule + " trace, all seeds",
            all,
            baseText,
            Set.of("FIFO", "LIBR").contains(rule));
      }
      return table;
    }

    private void traceRow(
        ResultTable table, String figure, List<Answer> answers, String baseText, boolean target) {
      List<Answer> ok = answers.stream().filter(answer -> answer.status() == 201).toList();
      List<Answer> refused = answers.stream().filter(answer -> answer.status() != 201).toList();
      if (ok.isEmpty()) {
        table.row(
            figure,
            answers.isEmpty() ? "no traces" : "all refused: " + refused.get(0).summary(),
            "",
            "",
            target ? "p99 ≤ 500 ms" : "",
            target ? "MISSED" : "");
        return;
      }
      long[] nanos = ok.stream().mapToLong(Answer::nanos).toArray();
      long[] sizes = ok.stream().mapToLong(Answer::bytes).toArray();
      long p99 = Stats.percentile(nanos, 99);
      String measured =
          percentiles(nanos)
              + String.format(
                  "; response median %,d B, max %,d B", Stats.median(sizes), max(sizes));
      if (!refused.isEmpty()) {
        measured +=
            String.format(
                "; %d of %d refused (%s)",
                refused.size(), answers.size(), refused.get(0).summary());
      }
      table.row(
          figure + String.format(" (%d traces)", answers.size()),
          measured,
          baseText,
          "",
          target ? "p99 ≤ 500 ms" : "",
          target ? ResultTable.verdict(refused.isEmpty() && p99 <= 500_000_000L) : "");
    }

    /**
     * Seeds as the engine's sweep benchmark takes them: whole transactions early in the year, so
     * that the money can travel all year. Read from the dataset's first pages (by booking time);
     * hub seeds are transactions into one of the 10 accounts sending most, ordinary seeds into an
     * account outside the 100 sending most. The ledger index is the row's bank reference.
     */
    private List<Seed> seeds(String dataset) throws IOException, InterruptedException {
      int[] outDegree = new int[ledger.accounts];
      for (int sender : ledger.from) {
        outDegree[sender]++;
      }
      int[] byDegree =
          IntStream.range(0, ledger.accounts)
              .boxed()
              .sorted((a, b) -> Integer.compare(outDegree[b], outDegree[a]))
              .limit(100)
              .mapToInt(Integer::intValue)
              .toArray();
      Set<Integer> topTen = new HashSet<>();
      Set<Integer> topHundred = new HashSet<>();
      for (int rank = 0; rank < byDegree.length; rank++) {
        (rank < 10 ? topTen : topHundred).add(byDegree[rank]);
      }
      topHundred.addAll(topTen);
      List<Seed> hubs = new ArrayList<>();
      List<Seed> ordinary = new ArrayList<>();
      for (int page = 0;
          page < 25 && (hubs.size() < plan.hubSeeds() || ordinary.size() < plan.ordinarySeeds());
          page++) {
        Answer answer =
            send(get("/api/v1/datasets/" + dataset + "/transactions?size=200&page=" + page));
        if (answer.status() != 200 || answer.body().path("items").isEmpty()) {
          break;
        }
        for (JsonNode item : answer.body().path("items")) {
          int row = Integer.parseInt(item.path("bankReference").asString().substring(2));
          long id = item.path("id").asLong();
          if (topTen.contains(ledger.to[row]) && hubs.size() < plan.hubSeeds()) {
            hubs.add(new Seed("hub", id, ledger.to[row]));
          } else if (!topHundred.contains(ledger.to[row])
              && ordinary.size() < plan.ordinarySeeds()) {
            ordinary.add(new Seed("ordinary", id, ledger.to[row]));
          }
        }
      }
      List<Seed> seeds = new ArrayList<>(hubs);
      seeds.addAll(ordinary);
      out.printf(
          "seeds: %d into hubs, %d into ordinary accounts, from the dataset's earliest transactions%n",
          hubs.size(), ordinary.size());
      return seeds;
    }

    private Answer trace(String dataset, String rule, Seed seed) throws Exception {
      String body =
          "{\"direction\":\"FORWARD\",\"rule\":\""
              + rule
              + "\",\"minimumAmount\":\"100.00\",\"seed\":{\"transactionIds\":["
              + seed.transactionId()
              + "]}}";
      return send(
          post("/api/v1/datasets/" + dataset + "/traces")
              .header("Content-Type", "application/json")
              .timeout(Duration.ofMinutes(5))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }

    /** Transactions and milliseconds of the dataset's last graph load, from the service's log. */
    /**
     * The service's "Loaded the graph" log line for the dataset; waited for a while, as the log is
     * written asynchronously (and a first trace that failed may have left the load running).
     */
    private Optional<long[]> graphLoad(String dataset) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      do {
        for (String line : Files.readAllLines(serviceLog)) {
          Matcher matcher = GRAPH_LOADED.matcher(line);
          if (matcher.find() && matcher.group(1).equals(dataset)) {
            return Optional.of(
                new long[] {Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3))});
          }
        }
        Thread.sleep(500);
      } while (System.nanoTime() < deadline);
      return Optional.empty();
    }

    private HttpRequest.Builder post(String path) {
      return HttpRequest.newBuilder(URI.create(gateway + path))
          .header("Authorization", bearer)
          .header("Accept", "application/json");
    }

    private HttpRequest get(String path) {
      return post(path).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
      long start = System.nanoTime();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long nanos = System.nanoTime() - start;
      JsonNode body = null;
      try {
        body = response.body().length == 0 ? null : JSON.readTree(response.body());
      } catch (RuntimeException notJson) {
        // reported by status and size alone
      }
      return new Answer(response.statusCode(), nanos, response.body().length, body);
    }
  }

  private static String ms(Answer answer) {
    return Stats.millis(answer.nanos());
  }

  private static String percentiles(long[] nanos) {
    return nanos.length == 0
        ? "none"
        : "p50 "
            + Stats.millis(Stats.percentile(nanos, 50))
            + " / p99 "
            + Stats.millis(Stats.percentile(nanos, 99));
  }

  private static long max(long[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
