package org.sequestra.trace.engine;

/**
 * Positive sums per account, e.g. the amount booked at each end point. Additions are appended to a
 * short log and folded into the sums in batches: a wide trace (pro-rata through hubs) books at
 * hundreds of thousands of accounts in the middle of the sweep, where an update per booking would
 * wait for a cache miss; a fold's updates are independent of each other, so the processor overlaps
 * their misses. The sums are a hash map while few accounts have one, and an array over all accounts
 * once many do (an array of longs costs what a map holding a sixteenth of the accounts costs).
 */
final class AccountSums {

  private static final int LOG_CAPACITY = 1 << 14;

  private final int accounts;
  private final int[] logAccounts = new int[LOG_CAPACITY];
  private final long[] logAmounts = new long[LOG_CAPACITY];
  private int logged;
  private IntLongMap sparse = new IntLongMap();
  private long[] dense;
  private int denseSize;

  AccountSums(int accounts) {
    this.accounts = accounts;
  }

  /** Adds a positive amount. */
  void add(int account, long amount) {
    if (logged == LOG_CAPACITY) {
      fold();
    }
    logAccounts[logged] = account;
    logAmounts[logged++] = amount;
  }

  boolean contains(int account) {
    fold();
    return dense != null ? dense[account] != 0 : sparse.contains(account);
  }

  long get(int account) {
    fold();
    return dense != null ? dense[account] : sparse.get(account);
  }

  /** The accounts with a sum, ascending. */
  int[] sortedKeys() {
    fold();
    if (dense == null) {
      return sparse.sortedKeys();
    }
    int[] keys = new int[denseSize];
    int n = 0;
    for (int account = 0; account < dense.length; account++) {
      if (dense[account] != 0) {
        keys[n++] = account;
      }
    }
    return keys;
  }

  private void fold() {
    if (dense == null && sparse.size() + logged > accounts >>> 4) {
      dense = new long[accounts];
      for (int key : sparse.sortedKeys()) {
        dense[key] = sparse.get(key);
      }
      denseSize = sparse.size();
      sparse = null;
    }
    if (dense != null) {
      for (int i = 0; i < logged; i++) {
        int account = logAccounts[i];
        if (dense[account] == 0) {
          denseSize++;
        }
        dense[account] += logAmounts[i];
      }
    } else {
      for (int i = 0; i < logged; i++) {
        sparse.add(logAccounts[i], logAmounts[i]);
      }
    }
    logged = 0;
  }
}
