package org.sequestra.trace.patterns;

import java.time.Duration;

/**
 * Thresholds of the pattern detectors. Amounts are minor units of the evidence's own currency
 * (patterns never mix currencies); percentages are whole percent.
 *
 * @param cycleMaxHops longest cycle, in transactions (at least 2)
 * @param cycleWindow a cycle's last transaction is at most this long after its first
 * @param cycleMinRetainedPercent every leg of a cycle carries at least this share of the first
 *     leg's amount (and never more than it), so the money that comes back is at least this share of
 *     what left
 * @param cycleSearchBudget transactions examined per start transaction before its search gives up
 *     (the pattern is then reported truncated): keeps the enumeration of paths from exploding on
 *     hubs
 * @param fanMinCounterparties distinct senders (fan-in) or recipients (fan-out) that make a fan
 * @param fanWindow ... all within this time
 * @param structuringThreshold the reporting threshold deposits stay under (10 000.00 = 1 000 000)
 * @param structuringMarginPercent a deposit is "just under" when it is at most this many percent
 *     below the threshold (and below the threshold itself)
 * @param structuringMinDeposits that many such deposits into one account ...
 * @param structuringWindow ... within this time
 * @param passThroughWindow money that leaves within this time after it arrived passes through
 * @param passThroughMinRetainedPercent ... when at least this share of the incoming amount leaves
 *     again
 * @param passThroughMinAmount smaller incoming transactions are not considered
 * @param maxFindingsPerPattern detection of a pattern stops after this many findings (reported as
 *     truncated)
 */
public record PatternOptions(
    int cycleMaxHops,
    Duration cycleWindow,
    int cycleMinRetainedPercent,
    int cycleSearchBudget,
    int fanMinCounterparties,
    Duration fanWindow,
    long structuringThreshold,
    int structuringMarginPercent,
    int structuringMinDeposits,
    Duration structuringWindow,
    Duration passThroughWindow,
    int passThroughMinRetainedPercent,
    long passThroughMinAmount,
    int maxFindingsPerPattern) {

  public static final PatternOptions DEFAULTS =
      new PatternOptions(
          6,
          Duration.ofDays(90),
          90,
          100_000,
          5,
          Duration.ofDays(7),
          10_000_00,
          10,
          3,
          Duration.ofDays(7),
          Duration.ofHours(48),
          90,
          0,
          100_000);

  public PatternOptions {
    if (cycleMaxHops < 2
        || cycleSearchBudget < 1
        || fanMinCounterparties < 2
        || structuringMinDeposits < 1
        || maxFindingsPerPattern < 1) {
      throw new IllegalArgumentException(
          "need cycles of >= 2 hops, a search budget >= 1, fans of >= 2 "
              + "counterparties, >= 1 structured deposit and >= 1 finding per pattern");
    }
    requirePercent(cycleMinRetainedPercent, "cycle retained share");
    requirePercent(structuringMarginPercent, "structuring margin");
    requirePercent(passThroughMinRetainedPercent, "pass-through retained share");
    if (structuringThreshold <= 0
        || structuringThreshold > Long.MAX_VALUE / 100
        || passThroughMinAmount < 0) {
      throw new IllegalArgumentException(
          "structuring threshold must be positive, pass-through minimum >= 0");
    }
    for (Duration window :
        new Duration[] {cycleWindow, fanWindow, structuringWindow, passThroughWindow}) {
      if (window.isNegative()) {
        throw new IllegalArgumentException("windows must not be negative: " + window);
      }
    }
  }

  public PatternOptions withCycles(int maxHops, Duration window, int minRetainedPercent) {
    return new PatternOptions(
        maxHops,
        window,
        minRetainedPercent,
        cycleSearchBudget,
        fanMinCounterparties,
        fanWindow,
        structuringThreshold,
        structuringMarginPercent,
        structuringMinDeposits,
        structuringWindow,
        passThroughWindow,
        passThroughMinRetainedPercent,
        passThroughMinAmount,
        maxFindingsPerPattern);
  }

  public PatternOptions withCycleSearchBudget(int transactionsPerStart) {
    return new PatternOptions(
        cycleMaxHops,
        cycleWindow,
        cycleMinRetainedPercent,
        transactionsPerStart,
        fanMinCounterparties,
        fanWindow,
        structuringThreshold,
        structuringMarginPercent,
        structuringMinDeposits,
        structuringWindow,
        passThroughWindow,
        passThroughMinRetainedPercent,
        passThroughMinAmount,
        maxFindingsPerPattern);
  }

  public PatternOptions withFans(int minCounterparties, Duration window) {
    return new PatternOptions(
        cycleMaxHops,
        cycleWindow,
        cycleMinRetainedPercent,
        cycleSearchBudget,
        minCounterparties,
        window,
        structuringThreshold,
        structuringMarginPercent,
        structuringMinDeposits,
        structuringWindow,
        passThroughWindow,
        passThroughMinRetainedPercent,
        passThroughMinAmount,
        maxFindingsPerPattern);
  }

  public PatternOptions withStructuring(
      long threshold, int marginPercent, int minDeposits, Duration window) {
    return new PatternOptions(
        cycleMaxHops,
        cycleWindow,
        cycleMinRetainedPercent,
        cycleSearchBudget,
        fanMinCounterparties,
        fanWindow,
        threshold,
        marginPercent,
        minDeposits,
        window,
        passThroughWindow,
        passThroughMinRetainedPercent,
        passThroughMinAmount,
        maxFindingsPerPattern);
  }

  public PatternOptions withPassThrough(Duration window, int minRetainedPercent, long minAmount) {
    return new PatternOptions(
        cycleMaxHops,
        cycleWindow,
        cycleMinRetainedPercent,
        cycleSearchBudget,
        fanMinCounterparties,
        fanWindow,
        structuringThreshold,
        structuringMarginPercent,
        structuringMinDeposits,
        structuringWindow,
        window,
        minRetainedPercent,
        minAmount,
        maxFindingsPerPattern);
  }

  public PatternOptions withMaxFindingsPerPattern(int max) {
    return new PatternOptions(
        cycleMaxHops,
        cycleWindow,
        cycleMinRetainedPercent,
        cycleSearchBudget,
        fanMinCounterparties,
        fanWindow,
        structuringThreshold,
        structuringMarginPercent,
        structuringMinDeposits,
        structuringWindow,
        passThroughWindow,
        passThroughMinRetainedPercent,
        passThroughMinAmount,
        max);
  }

  /** Smallest amount that is "just under" the structuring threshold. */
  long structuringFloor() {
    return Math.ceilDiv(structuringThreshold * (100 - structuringMarginPercent), 100);
  }

  private static void requirePercent(int percent, String what) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(what + " must be 0..100 percent: " + percent);
    }
  }
}
