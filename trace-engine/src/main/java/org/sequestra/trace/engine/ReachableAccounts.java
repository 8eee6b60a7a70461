package org.sequestra.trace.engine;

import java.util.Arrays;

/** Accounts a reachability search found (ascending, the seed included) and the edges it scanned. */
public record ReachableAccounts(int[] accounts, long edgesScanned) {

  public int size() {
    return accounts.length;
  }

  public boolean contains(int account) {
    return Arrays.binarySearch(accounts, account) >= 0;
  }

  @Override
  public String toString() {
    return "ReachableAccounts["
        + accounts.length
        + " accounts, "
        + edgesScanned
        + " edges scanned]";
  }
}
