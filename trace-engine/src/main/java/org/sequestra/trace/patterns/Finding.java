package org.sequestra.trace.patterns;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One occurrence of a pattern, with the transactions that show it (in time order).
 *
 * @param pattern what was found
 * @param account the account the pattern is about: where a cycle starts and ends, the hub of a fan,
 *     the account receiving structured deposits, the account money passed through
 * @param currency all evidence is in this currency (patterns never mix currencies)
 * @param amount minor units: a cycle's returned amount, a fan's or structuring's total, the amount
 *     passed on by a pass-through
 * @param from epoch second of the first evidence transaction
 * @param until epoch second of the last evidence transaction
 * @param transactions the evidence
 */
public record Finding(
    Pattern pattern,
    int account,
    int currency,
    long amount,
    long from,
    long until,
    List<EvidenceTransaction> transactions) {

  public Finding {
    transactions = List.copyOf(transactions);
  }

  /** Every account the evidence names (the focal account included), ascending. */
  public int[] accounts() {
    return Stream.concat(
            Stream.of(account), transactions.stream().flatMap(t -> Stream.of(t.from(), t.to())))
        .mapToInt(Integer::intValue)
        .distinct()
        .sorted()
        .toArray();
  }

  /**
   * The accounts on the other side of the focal account's evidence transactions (senders into a
   * fan-in hub...).
   */
  public int[] counterparties() {
    return transactions.stream()
        .flatMapToInt(t -> IntStream.of(t.from() == account ? t.to() : t.from()))
        .filter(a -> a != account)
        .distinct()
        .sorted()
        .toArray();
  }
}
