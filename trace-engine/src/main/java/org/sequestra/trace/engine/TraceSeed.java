package org.sequestra.trace.engine;

/**
 * Where a trace starts, with its time window {@code [from, until]} (epoch seconds, inclusive).
 * Forward, only transactions in the window are followed; backward, money that was already in an
 * account at {@code from} is not traced further back (it is reported as held there).
 */
public sealed interface TraceSeed {

  long from();

  long until();

  /**
   * {@code amount} of the money in {@code account} is proceeds: forward, the money there at the
   * start of second {@code from} (it then counts as newly arrived); backward, the money there at
   * the end of second {@code until}. Any part of {@code amount} the account did not hold is
   * unexplained.
   */
  record InAccount(int account, long amount, long from, long until, Opening opening)
      implements TraceSeed {
    public InAccount {
      if (amount <= 0 || from > until) {
        throw new IllegalArgumentException("need a positive amount and from <= until");
      }
    }

    /** Without an opening balance: the account's balance is replayed from zero. */
    public InAccount(int account, long amount, long from, long until) {
      this(account, amount, from, until, null);
    }

    /** The same seed, its account's balance replayed from this opening balance. */
    public InAccount withOpening(long at, long balance) {
      return new InAccount(account, amount, from, until, new Opening(at, balance));
    }
  }

  /**
   * What a statement says the seed's account held at the start of second {@code at} (e.g. a
   * camt.053 OPBD or MT940 :60F: balance): the replay of its balance starts there, from {@code
   * balance}, instead of from zero at the first transaction. Only the seed's account has one; it
   * must not lie after the moment the seed is placed (see {@link SeedBalance}).
   */
  record Opening(long at, long balance) {
    public Opening {
      if (balance < 0) {
        throw new IllegalArgumentException("an opening balance is >= 0 (balances never go below)");
      }
    }
  }

  /**
   * The whole amounts of these transactions are proceeds: forward, from the moment they arrive;
   * backward, their origin is wanted. They must lie in the window and be in the traced currency.
   */
  record OfTransactions(int[] transactionIds, long from, long until) implements TraceSeed {
    public OfTransactions {
      if (transactionIds.length == 0 || from > until) {
        throw new IllegalArgumentException("need at least one transaction and from <= until");
      }
      transactionIds = transactionIds.clone();
    }
  }

  static TraceSeed inAccount(int account, long amount, long from, long until) {
    return new InAccount(account, amount, from, until);
  }

  static TraceSeed transactionsWithin(long from, long until, int... transactionIds) {
    return new OfTransactions(transactionIds, from, until);
  }

  /** Transactions seeded with an unbounded window. */
  static TraceSeed transactions(int... transactionIds) {
    return new OfTransactions(transactionIds, Long.MIN_VALUE, Long.MAX_VALUE);
  }
}
