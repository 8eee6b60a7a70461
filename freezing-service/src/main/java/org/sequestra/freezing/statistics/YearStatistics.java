package org.sequestra.freezing.statistics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The statistics of Art 35 of Regulation (EU) 2018/1805 for one year, per pair of States, summed
 * from the acts recorded in the year. Plain Java: the query supplies the acts.
 */
final class YearStatistics {

  /** One recorded act of a request, with what the statistics need of the request. */
  record Act(
      UUID requestId,
      String issuingCountry,
      String executingCountry,
      String action,
      Instant occurredAt,
      Instant receivedAt,
      Instant recognisedAt,
      BigDecimal frozenEur,
      BigDecimal confiscatedEur,
      long valuesWithoutEur,
      boolean victimDecision) {}

  /** One pair of States; the averages are null when nothing was decided or executed. */
  record Row(
      String issuingCountry,
      String executingCountry,
      long received,
      long recognised,
      long executed,
      long refused,
      long postponed,
      Double averageDaysToDecide,
      Double averageDaysToExecute,
      BigDecimal frozenValueEur,
      BigDecimal confiscatedValueEur,
      long valuesWithoutEur,
      long victimCases) {}

  private static final double SECONDS_PER_DAY = 86_400d;

  private YearStatistics() {}

  static List<Row> of(List<Act> acts) {
    Map<String, Tally> tallies = new TreeMap<>();
    for (Act act : acts) {
      tallies
          .computeIfAbsent(
              act.issuingCountry() + "/" + act.executingCountry(),
              pair -> new Tally(act.issuingCountry(), act.executingCountry()))
          .add(act);
    }
    List<Row> rows = new ArrayList<>();
    tallies.values().forEach(tally -> rows.add(tally.row()));
    return rows;
  }

  private static final class Tally {
    private final String issuingCountry;
    private final String executingCountry;
    private long received;
    private long recognised;
    private long executed;
    private long refused;
    private long postponed;
    private long decideSeconds;
    private long decisions;
    private long executeSeconds;
    private long executions;
    private BigDecimal frozen = BigDecimal.ZERO;
    private BigDecimal confiscated = BigDecimal.ZERO;
    private long withoutEur;
    private final Set<UUID> victimCases = new HashSet<>();

    Tally(String issuingCountry, String executingCountry) {
      this.issuingCountry = issuingCountry;
      this.executingCountry = executingCountry;
    }

    void add(Act act) {
      switch (act.action()) {
        case "RECEIVE" -> received++;
        case "RECOGNISE" -> {
          recognised++;
          decided(act);
        }
        case "REFUSE" -> {
          refused++;
          decided(act);
        }
        case "POSTPONE" -> postponed++;
        case "EXECUTE" -> {
          executed++;
          if (act.recognisedAt() != null) {
            executeSeconds += Duration.between(act.recognisedAt(), act.occurredAt()).toSeconds();
            executions++;
          }
          frozen = frozen.add(act.frozenEur());
          confiscated = confiscated.add(act.confiscatedEur());
          withoutEur += act.valuesWithoutEur();
          // Art 35(2)(a): a victim's restitution or compensation decided in the confiscation order
          if (act.victimDecision()) {
            victimCases.add(act.requestId());
          }
        }
        // Art 30(2) / 29: property restituted to the victim
        case "RESTITUTE" -> victimCases.add(act.requestId());
        default -> {}
      }
    }

    private void decided(Act act) {
      if (act.receivedAt() != null) {
        decideSeconds += Duration.between(act.receivedAt(), act.occurredAt()).toSeconds();
        decisions++;
      }
    }

    Row row() {
      return new Row(
          issuingCountry,
          executingCountry,
          received,
          recognised,
          executed,
          refused,
          postponed,
          average(decideSeconds, decisions),
          average(executeSeconds, executions),
          frozen,
          confiscated,
          withoutEur,
          victimCases.size());
    }

    private static Double average(long seconds, long count) {
      if (count == 0) {
        return null;
      }
      // days to two decimals: enough for a yearly report, stable in CSV
      return Math.round(seconds / SECONDS_PER_DAY / count * 100d) / 100d;
    }
  }
}
