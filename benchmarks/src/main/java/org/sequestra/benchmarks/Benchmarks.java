package org.sequestra.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * Runs the tracing-engine benchmark and prints the result table. Every figure is compared with a
 * baseline measured in the same run (or is a ratio already); nothing here asserts a timing. Usage:
 * {@code ./benchmarks/run.sh [--size=small|full] [--bench=all|trace|ingest]}.
 */
public final class Benchmarks {

  static final long LEDGER_SEED = 20_250_101L;

  /** The parts a run may measure ({@code --bench=}); all by default. */
  enum Part {
    TRACE,
    INGEST
  }

  /**
   * What one run produced: the printed table and the answers the smoke test checks ({@code null}
   * for a part that did not run).
   */
  record Report(
      ResultTable table,
      TemporalGraph graph,
      TraceComparison.Outcome trace,
      IngestBenchmark.Outcome ingest) {}

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Size size = Size.FULL;
    Set<Part> parts = EnumSet.allOf(Part.class);
    for (String arg : args) {
      switch (arg) {
        case "--size=small" -> size = Size.SMALL;
        case "--size=full" -> size = Size.FULL;
        case "--bench=all" -> parts = EnumSet.allOf(Part.class);
        case "--bench=trace" -> parts = EnumSet.of(Part.TRACE);
        case "--bench=ingest" -> parts = EnumSet.of(Part.INGEST);
        default -> {
          System.err.println("usage: Benchmarks [--size=small|full] [--bench=all|trace|ingest]");
          System.exit(2);
        }
      }
    }
    run(size, parts, System.out).table().print(System.out);
  }

  static Report run(Size size, PrintStream out) throws Exception {
    return run(size, EnumSet.allOf(Part.class), out);
  }

  static Report run(Size size, Set<Part> parts, PrintStream out) throws Exception {
    ResultTable table = new ResultTable();
    Runtime runtime = Runtime.getRuntime();
    out.printf(
        "Sequestra benchmark (%s), size %s, %s%n",
        parts.toString().toLowerCase(), size.name().toLowerCase(), LocalDate.now());
    out.printf(
        "machine: %d cores, %s %s, Java %s (%s), max heap %,d MB%n",
        runtime.availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        runtime.maxMemory() >> 20);
    out.printf("load average at start (other processes share these cores): %s%n", loadAverage());

    long start = System.nanoTime();
    SyntheticLedger ledger =
        SyntheticLedger.generate(size.accounts, size.transactions, LEDGER_SEED);
    out.printf(
        "ledger: %,d transactions over %,d accounts, Zipf exponent %.1f, seed %d, generated in %s%n",
        ledger.transactionCount(),
        size.accounts,
        SyntheticLedger.ZIPF_EXPONENT,
        LEDGER_SEED,
        Stats.millis(System.nanoTime() - start));

    Report report = new Report(table, null, null, null);
    if (parts.contains(Part.TRACE)) {
      report = trace(size, ledger, table, out);
    }
    if (parts.contains(Part.INGEST)) {
      report =
          new Report(
              table, report.graph(), report.trace(), new IngestBenchmark(ledger).run(table, out));
    }
    out.printf("%nload average at the end: %s%n%n", loadAverage());
    return report;
  }

  private static Report trace(Size size, SyntheticLedger ledger, ResultTable table, PrintStream out)
      throws Exception {
    long heapBefore = usedHeapAfterGc();
    long start = System.nanoTime();
    TemporalGraph graph = ledger.toGraph();
    long buildNanos = System.nanoTime() - start;
    long heapGrowth = usedHeapAfterGc() - heapBefore;
    long sortNanos = sortBaselineNanos(ledger);
    describeDegrees(graph, out);

    Report report;
    try (PostgresBaseline postgres = PostgresBaseline.start()) {
      start = System.nanoTime();
      postgres.load(ledger);
      long loadNanos = System.nanoTime() - start;
      out.printf(
          "PostgreSQL %s: COPY, index (src, ts) INCLUDE (dst), VACUUM ANALYZE, prewarm in %s%n",
          postgres.version(), Stats.millis(loadNanos));

      int transactions = graph.transactionCount();
      table.section(
          String.format(
              "Graph: %,d transactions over %,d accounts (Zipf %.1f)",
              transactions, graph.accountCount(), SyntheticLedger.ZIPF_EXPONENT));
      table.row(
          "build: Builder.add of every transaction + build()",
          Stats.millis(buildNanos),
          "Arrays.sort of "
              + String.format("%,d", transactions)
              + " longs: "
              + Stats.millis(sortNanos),
          Stats.times((double) buildNanos / sortNanos),
          "",
          "");
      table.row(
          "build, same data into PostgreSQL (COPY + index + vacuum)",
          Stats.millis(loadNanos),
          "engine build " + Stats.millis(buildNanos),
          Stats.times((double) loadNanos / buildNanos),
          "",
          "");
      double bytesPerTransaction = graph.bytesPerTransaction();
      double postgresBytes = (double) postgres.relationBytes() / transactions;
      table.row(
          "memory, both directions: memoryBytes() / transactions",
          String.format("%.1f B", bytesPerTransaction),
          String.format("PostgreSQL table + index %.1f B", postgresBytes),
          Stats.times(postgresBytes / bytesPerTransaction),
          "≤ 48 B",
          ResultTable.verdict(bytesPerTransaction <= 48));
      table.row(
          "memory, heap growth after GC / transactions (cross-check)",
          String.format("%.1f B", (double) heapGrowth / transactions),
          "",
          "",
          "",
          "");

      report =
          new Report(
              table,
              graph,
              new TraceComparison(ledger, graph, size).run(postgres, table, out),
              null);
    }

    new AttributionSweep(ledger, graph, size).run(table);
    return report;
  }

  /** The sort at the heart of build(), alone: the event-order keys of the same transactions. */
  private static long sortBaselineNanos(SyntheticLedger ledger) {
    long[] keys = new long[ledger.transactionCount()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (ledger.time[i] - SyntheticLedger.YEAR_START) << 32 | i;
    }
    long start = System.nanoTime();
    Arrays.sort(keys);
    long nanos = System.nanoTime() - start;
    Stats.consume(keys[keys.length / 2]);
    return nanos;
  }

  private static void describeDegrees(TemporalGraph graph, PrintStream out) {
    int[] degrees = new int[graph.accountCount()];
    for (int a = 0; a < degrees.length; a++) {
      degrees[a] = graph.outEnd(a) - graph.outStart(a);
    }
    Arrays.sort(degrees);
    long topTen = 0;
    for (int k = 1; k <= Math.min(10, degrees.length); k++) {
      topTen += degrees[degrees.length - k];
    }
    out.printf(
        "out-degrees: median %d, p99 %d, max %,d; the 10 largest hubs send %.1f %% of all transactions%n",
        degrees[degrees.length / 2],
        degrees[(int) (degrees.length * 0.99)],
        degrees[degrees.length - 1],
        100.0 * topTen / graph.transactionCount());
  }

  /** The 1, 5 and 15 minute load averages, where the system tells them. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return String.join(" ", fields[0], fields[1], fields[2]);
    } catch (IOException | RuntimeException e) {
      return String.format(
          "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
