package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongFunction;
import org.sequestra.trace.engine.TraceDirection;

/**
 * Whether an account seed's account held the seed when it is placed (forward at the start of {@code
 * from}, backward at the end of {@code until}): the balance the statements let it hold then,
 * replayed from the dataset's transactions as the trace replays them (from zero, never below zero)
 * or from the latest opening balance a statement gives on or before that day. The part of the seed
 * the balance does not cover is not traced: the reconciliation reports it as {@code seedNotHeld}.
 * Amounts in minor units of the traced currency.
 *
 * @param account the seed's account (graph node)
 * @param opening the statement's opening balance the replay started from, or {@code null}
 * @param transactions the account's transactions in the traced currency the replay went through
 */
record SeedCheck(
    int account,
    TraceDirection direction,
    Instant at,
    StatementOpening opening,
    long balance,
    int transactions,
    long seed,
    long covered) {

  /** What a statement says the account held at the start of {@code date} (signed). */
  record StatementOpening(LocalDate date, BigDecimal amount, String source) {}

  long notCovered() {
    return seed - covered;
  }

  boolean sufficient() {
    return covered == seed;
  }

  String balanceSource() {
    return opening == null ? "REPLAYED_FROM_ZERO" : "OPENING_BALANCE";
  }

  /**
   * The rule applied, in words.
   *
   * @param amount the amount in minor units as a decimal text with its currency
   */
  String reason(LongFunction<String> amount) {
    String moment =
        (direction == TraceDirection.FORWARD ? "at the start of " : "at the end of ") + at;
    String how =
        opening == null
            ? "replayed from zero over its "
                + transactions
                + " transaction(s) before that moment; no statement of the dataset gives an"
                + " opening balance for it"
            : "replayed from the opening balance of "
                + opening.amount().toPlainString()
                + " on "
                + opening.date()
                + " ("
                + source(opening.source())
                + ") over its "
                + transactions
                + " transaction(s) from that day"
                + (opening.amount().signum() < 0
                    ? "; the opening balance is overdrawn, and a balance never goes below zero, so"
                        + " the replay starts from zero"
                    : "");
    if (sufficient()) {
      return "The account held "
          + amount.apply(balance)
          + " "
          + moment
          + " ("
          + how
          + "): the seed of "
          + amount.apply(seed)
          + " is covered in full.";
    }
    return "The seed of "
        + amount.apply(seed)
        + " exceeds what the statements let the account hold "
        + moment
        + ": its balance was "
        + amount.apply(balance)
        + " ("
        + how
        + "). Only "
        + amount.apply(covered)
        + " is traced; the other "
        + amount.apply(notCovered())
        + " was not in the account and is reported as not held (seedNotHeld), not traced.";
  }

  private static String source(String source) {
    return switch (source) {
      case "CAMT053_OPBD" -> "camt.053 OPBD";
      case "MT940_60F" -> "MT940 :60F:";
      case "MT940_60M" -> "MT940 :60M:";
      default -> source;
    };
  }
}
