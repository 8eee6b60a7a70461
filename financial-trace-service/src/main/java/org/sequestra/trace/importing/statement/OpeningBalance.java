package org.sequestra.trace.importing.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a statement says its account held at the start of a day: a camt.053 {@code OPBD} balance or
 * an MT940 {@code :60F:}/{@code :60M:} opening balance. A trace seeded on the account replays its
 * balance from the latest one before the seed instead of from zero.
 *
 * @param lineNumber 1-based line of the balance in the file
 * @param amount signed: a debit (overdrawn) balance is negative
 * @param source {@code CAMT053_OPBD}, {@code MT940_60F} or {@code MT940_60M}
 */
public record OpeningBalance(
    long lineNumber,
    AccountRef account,
    String currency,
    LocalDate date,
    BigDecimal amount,
    String source) {}
