/**
 * The fund-tracing engine: plain Java over primitive arrays, no framework.
 *
 * <p>Model. A {@link org.sequestra.trace.engine.TemporalGraph} holds transactions (from, to, amount
 * in minor units, currency, epoch second, sequence number) between dense account ids ({@link
 * org.sequestra.trace.engine.AccountIndex} maps IBANs and the like to them), in event order with
 * time-sorted CSR rows per account. Accounts have no opening balance (only an account seed's
 * account may start from a statement's, see {@link org.sequestra.trace.engine.SeedBalance}) and
 * never go below zero: money spent beyond the balance came from an unknown source and is never
 * attributed to proceeds.
 *
 * <p>Tracing. Money mixed in an account is attributed by an {@link
 * org.sequestra.trace.engine.AttributionRule} (FIFO, LIFO, PRO_RATA, LIBR, POISON; DESIGN.md §3).
 * {@link org.sequestra.trace.engine.ForwardTrace} follows proceeds from a {@link
 * org.sequestra.trace.engine.TraceSeed} to where they sit or where tracing stopped; {@link
 * org.sequestra.trace.engine.BackwardTrace} splits money into the inflows that funded it. Both
 * respect time, bound hops, and return a {@link org.sequestra.trace.engine.TraceResult} whose
 * {@link org.sequestra.trace.engine.Reconciliation} accounts for every minor unit of the seed
 * (rounding: exact cumulative half-up, see {@code MinorUnits}). POISON reports tainted volumes
 * instead.
 *
 * <p>{@link org.sequestra.trace.engine.Reachability} answers hop-bounded, time-respecting
 * reachability for benchmarks and cross-checks.
 */
package org.sequestra.trace.engine;
