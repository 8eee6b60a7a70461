package org.sequestra.trace.engine;

/**
 * The money in one account as labelled lots, and the attribution rule that decides which lots an
 * outflow takes. Balances never go below zero: an outflow larger than the balance takes everything
 * and the excess is returned as a shortfall (money from an unknown source, never attributed).
 */
interface AccountLedger {

  void deposit(int label, long amount);

  /** Takes {@code amount} out, appending the lots taken to {@code taken}; returns the shortfall. */
  long withdraw(long amount, Pieces taken);

  long balance();

  /** The part of the balance carrying a label other than {@link Pieces#UNTRACED}. */
  long traced();
}
