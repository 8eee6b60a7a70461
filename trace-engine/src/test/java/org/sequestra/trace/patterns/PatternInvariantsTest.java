package org.sequestra.trace.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sequestra.trace.engine.TemporalGraph;

/**
 * Invariants of the detectors on random small graphs: cycles are exactly the rings a naive
 * enumeration of time-respecting paths finds; every finding satisfies its pattern's definition
 * (counterparties, window, amounts, currency, order in time); fans and structuring are found
 * wherever some window qualifies, and use each transaction at most once.
 */
class PatternInvariantsTest {

  static final int ACCOUNTS = 6;
  static final int EUR = 0, USD = 1;

  record Tx(int from, int to, long amount, int currency, long time) {}

  @Provide
  Arbitrary<List<Tx>> ledgers() {
    return Combinators.combine(
            Arbitraries.integers().between(0, ACCOUNTS - 1),
            Arbitraries.integers().between(0, ACCOUNTS - 1),
            Arbitraries.of(90L, 95L, 100L, 101L, 9_000L, 9_999L, 10_000L),
            Arbitraries.integers().between(0, 7).map(c -> c == 0 ? USD : EUR),
            Arbitraries.longs().between(0, 30))
        .as(Tx::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30);
  }

  /**
   * More than 256 payments into account 0, so the cycle search indexes its incoming transactions by
   * amount.
   */
  @Provide
  Arbitrary<List<Tx>> busyLedgers() {
    Arbitrary<Tx> intoBusy =
        Combinators.combine(
                Arbitraries.integers().between(1, ACCOUNTS - 1),
                Arbitraries.longs().between(80, 105),
                Arbitraries.integers().between(0, 7).map(c -> c == 0 ? USD : EUR),
                Arbitraries.longs().between(0, 30))
            .as((from, amount, currency, time) -> new Tx(from, 0, amount, currency, time));
    return Combinators.combine(intoBusy.list().ofMinSize(257).ofMaxSize(300), ledgers())
        .as((busy, rest) -> Stream.concat(busy.stream(), rest.stream()).toList());
  }

  static TemporalGraph graph(List<Tx> ledger) {
    TemporalGraph.Builder builder = TemporalGraph.builder().accountCount(ACCOUNTS);
    ledger.forEach(tx -> builder.add(tx.from(), tx.to(), tx.amount(), tx.currency(), tx.time()));
    return builder.build();
  }

  @Property(tries = 400)
  void cyclesAreExactlyTheRingsOfTimeRespectingPaths(
      @ForAll("ledgers") List<Tx> ledger,
      @ForAll @IntRange(min = 2, max = 5) int hops,
      @ForAll @IntRange(min = 0, max = 30) int window,
      @ForAll @IntRange(min = 85, max = 100) int retained) {
    checkCycles(ledger, hops, window, retained);
  }

  @Property(tries = 60)
  void cyclesThroughABusyAccountAreExactlyTheRingsOfTimeRespectingPaths(
      @ForAll("busyLedgers") List<Tx> ledger,
      @ForAll @IntRange(min = 2, max = 4) int hops,
      @ForAll @IntRange(min = 0, max = 30) int window,
      @ForAll @IntRange(min = 85, max = 100) int retained) {
    checkCycles(ledger, hops, window, retained);
  }

  private static void checkCycles(List<Tx> ledger, int hops, int window, int retained) {
    PatternOptions options =
        PatternOptions.DEFAULTS.withCycles(hops, Duration.ofSeconds(window), retained);
    PatternReport report =
        new PatternDetector(graph(ledger)).detect(options, Set.of(Pattern.CYCLE));
    Set<List<Integer>> reported = new HashSet<>();
    for (Finding cycle : report.findings()) {
      List<EvidenceTransaction> legs = cycle.transactions();
      EvidenceTransaction first = legs.get(0);
      assertThat(legs.size()).isBetween(2, hops);
      assertThat(first.from()).isEqualTo(cycle.account());
      assertThat(legs.get(legs.size() - 1).to()).isEqualTo(cycle.account());
      assertThat(cycle.until() - cycle.from()).isLessThanOrEqualTo(window);
      Set<Integer> visited = new HashSet<>();
      for (int i = 0; i < legs.size(); i++) {
        EvidenceTransaction leg = legs.get(i);
        assertThat(visited.add(leg.from())).isTrue();
        assertThat(leg.currency()).isEqualTo(first.currency());
        assertThat(leg.amount() * 100).isBetween(first.amount() * retained, first.amount() * 100);
        if (i > 0) {
          assertThat(leg.from()).isEqualTo(legs.get(i - 1).to());
          assertThat(leg.time()).isGreaterThanOrEqualTo(legs.get(i - 1).time());
        }
      }
      reported.add(ring(legs.stream().map(EvidenceTransaction::from).toList()));
    }
    assertThat(report.truncated()).isEmpty();
    assertThat(reported).isEqualTo(naiveRings(ledger, hops, window, retained));
  }

  @Property(tries = 400)
  void fansAndStructuringHoldTheirDefinitionAndAreFoundWhereverAWindowQualifies(
      @ForAll("ledgers") List<Tx> ledger,
      @ForAll @IntRange(min = 2, max = 4) int needed,
      @ForAll @IntRange(min = 0, max = 10) int window) {
    PatternOptions options =
        PatternOptions.DEFAULTS
            .withFans(needed, Duration.ofSeconds(window))
            .withStructuring(10_000, 10, needed, Duration.ofSeconds(window));
    PatternReport report = new PatternDetector(graph(ledger)).detect(options);
    for (Pattern pattern : List.of(Pattern.FAN_IN, Pattern.FAN_OUT, Pattern.STRUCTURING)) {
      boolean incoming = pattern != Pattern.FAN_OUT;
      Set<Integer> used = new HashSet<>();
      Set<Integer> accounts = new TreeSet<>();
      for (Finding finding : report.findings(pattern)) {
        assertThat(finding.until() - finding.from()).isLessThanOrEqualTo(window);
        assertThat(finding.amount())
            .isEqualTo(
                finding.transactions().stream().mapToLong(EvidenceTransaction::amount).sum());
        for (EvidenceTransaction t : finding.transactions()) {
          assertThat(used.add(t.transactionId())).isTrue();
          assertThat(incoming ? t.to() : t.from()).isEqualTo(finding.account());
          assertThat(t.currency()).isEqualTo(finding.currency());
          if (pattern == Pattern.STRUCTURING) {
            assertThat(t.amount()).isBetween(9_000L, 9_999L);
          }
        }
        int distinct =
            pattern == Pattern.STRUCTURING
                ? finding.transactions().size()
                : finding.counterparties().length;
        assertThat(distinct).isGreaterThanOrEqualTo(needed);
        accounts.add(finding.account());
      }
      assertThat(accounts).isEqualTo(naiveBurstAccounts(ledger, pattern, needed, window));
    }
  }

  @Property(tries = 400)
  void passThroughsCarryTheShareOnWithinTheWindowAfterArrival(
      @ForAll("ledgers") List<Tx> ledger,
      @ForAll @IntRange(min = 0, max = 10) int window,
      @ForAll @IntRange(min = 50, max = 100) int retained) {
    PatternOptions options =
        PatternOptions.DEFAULTS.withPassThrough(Duration.ofSeconds(window), retained, 0);
    PatternReport report =
        new PatternDetector(graph(ledger)).detect(options, Set.of(Pattern.PASS_THROUGH));
    Set<Integer> inflows = new HashSet<>();
    for (Finding finding : report.findings()) {
      EvidenceTransaction in = finding.transactions().get(0);
      List<EvidenceTransaction> outs =
          finding.transactions().subList(1, finding.transactions().size());
      assertThat(inflows.add(in.transactionId())).isTrue();
      assertThat(in.to()).isEqualTo(finding.account());
      assertThat(finding.amount() * 100)
          .isGreaterThanOrEqualTo(in.amount() * retained)
          .isLessThanOrEqualTo(in.amount() * 100);
      assertThat(outs)
          .isNotEmpty()
          .allSatisfy(
              out -> {
                assertThat(out.from()).isEqualTo(finding.account());
                assertThat(out.currency()).isEqualTo(in.currency());
                assertThat(out.time() - in.time()).isBetween(0L, (long) window);
              });
      assertThat(finding.amount())
          .isLessThanOrEqualTo(outs.stream().mapToLong(EvidenceTransaction::amount).sum());
    }
  }

  private static List<Integer> ring(List<Integer> accounts) {
    int smallest = accounts.indexOf(accounts.stream().min(Integer::compare).orElseThrow());
    List<Integer> ring = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      ring.add(accounts.get((smallest + i) % accounts.size()));
    }
    return ring;
  }

  private static Set<List<Integer>> naiveRings(
      List<Tx> ledger, int hops, long window, int retained) {
    Map<Integer, List<Tx>> bySender = ledger.stream().collect(Collectors.groupingBy(Tx::from));
    Set<List<Integer>> rings = new HashSet<>();
    for (Tx first : ledger) {
      if (first.from() != first.to()) {
        walk(
            bySender,
            first,
            first,
            new ArrayList<>(List.of(first.from(), first.to())),
            hops,
            window,
            retained,
            rings);
      }
    }
    return rings;
  }

  private static void walk(
      Map<Integer, List<Tx>> bySender,
      Tx first,
      Tx last,
      List<Integer> path,
      int hops,
      long window,
      int retained,
      Set<List<Integer>> rings) {
    for (Tx next : bySender.getOrDefault(last.to(), List.of())) {
      boolean fits =
          next.from() == last.to()
              && next.time() >= last.time()
              && next.time() - first.time() <= window
              && next.currency() == first.currency()
              && next.amount() <= first.amount()
              && next.amount() * 100 >= first.amount() * retained;
      if (!fits) {
        continue;
      }
      if (next.to() == first.from()) {
        rings.add(ring(path));
      } else if (path.size() < hops && !path.contains(next.to())) {
        path.add(next.to());
        walk(bySender, first, next, path, hops, window, retained, rings);
        path.remove(path.size() - 1);
      }
    }
  }

  /** Accounts with some window of {@code window} seconds holding enough qualifying transactions. */
  private static Set<Integer> naiveBurstAccounts(
      List<Tx> ledger, Pattern pattern, int needed, long window) {
    Set<Integer> accounts = new TreeSet<>();
    boolean incoming = pattern != Pattern.FAN_OUT;
    for (Tx opening : ledger) {
      for (int currency : new int[] {EUR, USD}) {
        int account = incoming ? opening.to() : opening.from();
        Set<Integer> counterparties = new HashSet<>();
        int deposits = 0;
        for (Tx tx : ledger) {
          boolean qualifies =
              (incoming ? tx.to() : tx.from()) == account
                  && tx.from() != tx.to()
                  && tx.currency() == currency
                  && tx.time() >= opening.time()
                  && tx.time() - opening.time() <= window
                  && (pattern != Pattern.STRUCTURING
                      || tx.amount() >= 9_000 && tx.amount() < 10_000);
          if (qualifies) {
            counterparties.add(incoming ? tx.from() : tx.to());
            deposits++;
          }
        }
        if ((pattern == Pattern.STRUCTURING ? deposits : counterparties.size()) >= needed) {
          accounts.add(account);
        }
      }
    }
    return accounts;
  }
}
