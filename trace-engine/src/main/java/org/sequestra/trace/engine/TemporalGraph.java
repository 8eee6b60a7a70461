package org.sequestra.trace.engine;

import java.util.Arrays;
import java.util.BitSet;

/**
 * An immutable temporal multigraph of transactions between dense account ids, held in primitive
 * arrays only.
 *
 * <p>Edge ids are positions in the global event order (time, then sequence number, then insertion
 * order), so a sweep over {@code 0..n-1} replays history and "earlier" is just a smaller id.
 * Transaction ids are the insertion indexes the {@link Builder} returned; results report those.
 *
 * <p>Memory layout, bytes per transaction:
 *
 * <pre>
 *   by edge id        time int 4 (seconds since {@link #baseTime()}, unsigned, biased to sort signed)
 *                     amount long 8, from int 4, to int 4, currency short 2, transaction id int 4
 *   outgoing CSR      edge int 4, to int 4, time int 4  (to/time copied so reachability scans
 *                     one contiguous, time-sorted run per account)
 *   incoming CSR      edge int 4
 *   = 42 bytes, plus 8 bytes per account for the two row-offset arrays; see
 *   {@link #bytesPerTransaction()}.
 * </pre>
 *
 * The int time limits one graph to a span of 2^32 seconds (136 years).
 */
public final class TemporalGraph {

  private static final long TIME_SPAN = 1L << 32;

  private final int accounts;
  private final long baseTime;
  private final int[] time;
  private final long[] amount;
  private final int[] from;
  private final int[] to;
  private final short[] currency;
  private final int[] transactionId;
  private final int[] outStart;
  private final int[] outEdge;
  private final int[] outTo;
  private final int[] outTime;
  private final int[] inStart;
  private final int[] inEdge;

  private TemporalGraph(
      int accounts,
      long baseTime,
      int[] time,
      long[] amount,
      int[] from,
      int[] to,
      short[] currency,
      int[] transactionId) {
    this.accounts = accounts;
    this.baseTime = baseTime;
    this.time = time;
    this.amount = amount;
    this.from = from;
    this.to = to;
    this.currency = currency;
    this.transactionId = transactionId;
    this.outStart = rowStarts(from, accounts);
    this.outEdge = bucket(from, outStart);
    this.inStart = rowStarts(to, accounts);
    this.inEdge = bucket(to, inStart);
    this.outTo = new int[outEdge.length];
    this.outTime = new int[outEdge.length];
    for (int k = 0; k < outEdge.length; k++) {
      outTo[k] = to[outEdge[k]];
      outTime[k] = time[outEdge[k]];
    }
  }

  public static Builder builder() {
    return new Builder(16);
  }

  /**
   * A builder whose arrays already hold {@code expectedTransactions}: a large graph is then built
   * without the copies (and the doubled arrays) of growing.
   */
  public static Builder builder(int expectedTransactions) {
    return new Builder(Math.max(16, expectedTransactions));
  }

  /**
   * The bytes {@link #memoryBytes()} will report for a graph of this many transactions and accounts
   * (the layout above), known before it is built.
   */
  public static long memoryBytes(long transactions, long accounts) {
    return 42L * transactions + 8L * (accounts + 1);
  }

  /**
   * The most bytes live while a graph of this size is built: the {@link #builder(int)}'s arrays (34
   * bytes a transaction) next to the graph being built, plus the counting sort's cursors.
   */
  public static long buildBytes(long transactions, long accounts) {
    return Builder.BYTES_PER_TRANSACTION * transactions
        + memoryBytes(transactions, accounts)
        + 4L * accounts;
  }

  /**
   * A graph from a plain edge list (amount 1, currency 0), e.g. rows read from a database for a
   * cross-check.
   */
  public static TemporalGraph fromEdgeList(int[] from, int[] to, long[] epochSeconds) {
    Builder builder = builder();
    for (int i = 0; i < from.length; i++) {
      builder.add(from[i], to[i], 1, 0, epochSeconds[i]);
    }
    return builder.build();
  }

  public int accountCount() {
    return accounts;
  }

  public int transactionCount() {
    return time.length;
  }

  /** Epoch second all stored times are offsets from (the earliest transaction). */
  public long baseTime() {
    return baseTime;
  }

  public long time(int edge) {
    return baseTime + offset(time[edge]);
  }

  public long amount(int edge) {
    return amount[edge];
  }

  public int from(int edge) {
    return from[edge];
  }

  public int to(int edge) {
    return to[edge];
  }

  public int currency(int edge) {
    return currency[edge];
  }

  public int transactionId(int edge) {
    return transactionId[edge];
  }

  /**
   * Edge ids of the given transaction ids, in the same order; one pass over the graph (no reverse
   * index is kept).
   */
  public int[] edgesOf(int... transactionIds) {
    int[] wanted = Arrays.stream(transactionIds).sorted().distinct().toArray();
    int[] edgeOfWanted = new int[wanted.length];
    Arrays.fill(edgeOfWanted, -1);
    // A bit test per edge; the binary search only for the few edges that are wanted.
    BitSet isWanted = new BitSet();
    for (int id : wanted) {
      if (id >= 0) {
        isWanted.set(id);
      }
    }
    for (int e = 0; e < transactionId.length; e++) {
      if (isWanted.get(transactionId[e])) {
        edgeOfWanted[Arrays.binarySearch(wanted, transactionId[e])] = e;
      }
    }
    int[] edges = new int[transactionIds.length];
    for (int i = 0; i < transactionIds.length; i++) {
      int at = Arrays.binarySearch(wanted, transactionIds[i]);
      if (edgeOfWanted[at] < 0) {
        throw new IllegalArgumentException("unknown transaction " + transactionIds[i]);
      }
      edges[i] = edgeOfWanted[at];
    }
    return edges;
  }

  /**
   * The number of edges with time <= {@code epochSecond}: edges {@code [0, result)} happened by
   * then.
   */
  public int edgesUntil(long epochSecond) {
    int low = 0;
    int high = time.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (time(mid) <= epochSecond) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  // Outgoing and incoming rows: positions [start(a), end(a)) in edge order, i.e. time order.

  public int outStart(int account) {
    return outStart[account];
  }

  public int outEnd(int account) {
    return outStart[account + 1];
  }

  public int outEdge(int position) {
    return outEdge[position];
  }

  public int inStart(int account) {
    return inStart[account];
  }

  public int inEnd(int account) {
    return inStart[account + 1];
  }

  public int inEdge(int position) {
    return inEdge[position];
  }

  int outTo(int position) {
    return outTo[position];
  }

  /** Stored (biased) time of an outgoing position; compare with {@link #timeKey(long)}. */
  int outTimeKey(int position) {
    return outTime[position];
  }

  /** The stored form of an epoch second, clamped into the graph's span. */
  int timeKey(long epochSecond) {
    long offset = Math.min(Math.max(epochSecond - baseTime, 0), TIME_SPAN - 1);
    return (int) (offset + Integer.MIN_VALUE);
  }

  /**
   * First outgoing position of the account at or after {@code fromKey}, searching {@code [start,
   * end)}.
   */
  int firstOutAtOrAfter(int start, int end, int fromKey) {
    int low = start;
    int high = end;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (outTime[mid] < fromKey) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Actual bytes held in arrays, divided by the number of transactions. */
  public double bytesPerTransaction() {
    return time.length == 0 ? 0 : (double) memoryBytes() / time.length;
  }

  public long memoryBytes() {
    long ints =
        (long) time.length
            + from.length
            + to.length
            + transactionId.length
            + outEdge.length
            + outTo.length
            + outTime.length
            + inEdge.length
            + outStart.length
            + inStart.length;
    return 4 * ints + 8L * amount.length + 2L * currency.length;
  }

  private static long offset(int stored) {
    return (long) stored - Integer.MIN_VALUE;
  }

  private static int[] rowStarts(int[] account, int accounts) {
    int[] start = new int[accounts + 1];
    for (int a : account) {
      start[a + 1]++;
    }
    for (int a = 0; a < accounts; a++) {
      start[a + 1] += start[a];
    }
    return start;
  }

  /** Counting sort of edge ids by account; edge ids stay ascending (time order) inside each row. */
  private static int[] bucket(int[] account, int[] start) {
    int[] next = Arrays.copyOf(start, start.length - 1);
    int[] edges = new int[account.length];
    for (int e = 0; e < account.length; e++) {
      edges[next[account[e]]++] = e;
    }
    return edges;
  }

  /** Collects transactions in any order; {@link #build()} sorts them into event order. */
  public static final class Builder {

    /** from 4, to 4, amount 8, currency 2, time 8, sequence 8. */
    static final int BYTES_PER_TRANSACTION = 34;

    private int count;
    private int accounts;
    private int[] from;
    private int[] to;
    private long[] amount;
    private short[] currency;
    private long[] time;
    private long[] sequence;

    private Builder(int capacity) {
      from = new int[capacity];
      to = new int[capacity];
      amount = new long[capacity];
      currency = new short[capacity];
      time = new long[capacity];
      sequence = new long[capacity];
    }

    /** Makes the graph hold at least this many accounts, also those without transactions. */
    public Builder accountCount(int atLeast) {
      accounts = Math.max(accounts, atLeast);
      return this;
    }

    /**
     * Adds a transaction whose sequence number is its insertion index; returns its transaction id.
     */
    public int add(
        int fromAccount, int toAccount, long amountMinor, int currencyCode, long epochSecond) {
      return add(fromAccount, toAccount, amountMinor, currencyCode, epochSecond, count);
    }

    /**
     * Adds a transaction; returns its transaction id (the insertion index). The sequence number
     * orders transactions of the same second (e.g. the statement line), insertion order breaks
     * remaining ties.
     */
    public int add(
        int fromAccount,
        int toAccount,
        long amountMinor,
        int currencyCode,
        long epochSecond,
        long sequenceNumber) {
      if (fromAccount < 0 || toAccount < 0) {
        throw new IllegalArgumentException("account ids are >= 0");
      }
      if (amountMinor <= 0) {
        throw new IllegalArgumentException("amount must be positive minor units: " + amountMinor);
      }
      if (currencyCode < 0 || currencyCode > Short.MAX_VALUE) {
        throw new IllegalArgumentException("currency code out of range: " + currencyCode);
      }
      if (count == from.length) {
        grow();
      }
      from[count] = fromAccount;
      to[count] = toAccount;
      amount[count] = amountMinor;
      currency[count] = (short) currencyCode;
      time[count] = epochSecond;
      sequence[count] = sequenceNumber;
      accounts = Math.max(accounts, Math.max(fromAccount, toAccount) + 1);
      return count++;
    }

    public TemporalGraph build() {
      long base = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (int i = 0; i < count; i++) {
        base = Math.min(base, time[i]);
        last = Math.max(last, time[i]);
      }
      if (count > 0 && last - base >= TIME_SPAN) {
        throw new IllegalArgumentException("transactions span more than 2^32 seconds");
      }
      int[] order = eventOrder(count == 0 ? 0 : base);
      int[] sortedTime = new int[count];
      long[] sortedAmount = new long[count];
      int[] sortedFrom = new int[count];
      int[] sortedTo = new int[count];
      short[] sortedCurrency = new short[count];
      for (int e = 0; e < count; e++) {
        int i = order[e];
        sortedTime[e] = (int) (time[i] - base + Integer.MIN_VALUE);
        sortedAmount[e] = amount[i];
        sortedFrom[e] = from[i];
        sortedTo[e] = to[i];
        sortedCurrency[e] = currency[i];
      }
      return new TemporalGraph(
          accounts,
          count == 0 ? 0 : base,
          sortedTime,
          sortedAmount,
          sortedFrom,
          sortedTo,
          sortedCurrency,
          order);
    }

    /** Insertion indexes sorted by (time, sequence, insertion index). */
    private int[] eventOrder(long base) {
      long[] keys = new long[count];
      for (int i = 0; i < count; i++) {
        keys[i] = ((time[i] - base + Integer.MIN_VALUE) << 32) | i;
      }
      Arrays.sort(keys);
      int[] order = new int[count];
      for (int e = 0; e < count; e++) {
        order[e] = (int) keys[e];
      }
      for (int runStart = 0, runEnd; runStart < count; runStart = runEnd) {
        runEnd = runStart + 1;
        while (runEnd < count && time[order[runEnd]] == time[order[runStart]]) {
          runEnd++;
        }
        sortRunBySequence(order, runStart, runEnd);
      }
      return order;
    }

    /** Same-second runs are short and usually already in sequence order. */
    private void sortRunBySequence(int[] order, int start, int end) {
      boolean sorted = true;
      for (int k = start + 1; k < end && sorted; k++) {
        sorted = sequence[order[k - 1]] <= sequence[order[k]];
      }
      if (sorted) {
        return;
      }
      Integer[] run = new Integer[end - start];
      for (int k = start; k < end; k++) {
        run[k - start] = order[k];
      }
      Arrays.sort(
          run,
          (a, b) ->
              a.equals(b)
                  ? 0
                  : sequence[a] != sequence[b]
                      ? Long.compare(sequence[a], sequence[b])
                      : Integer.compare(a, b));
      for (int k = start; k < end; k++) {
        order[k] = run[k - start];
      }
    }

    private void grow() {
      int size = from.length * 2;
      from = Arrays.copyOf(from, size);
      to = Arrays.copyOf(to, size);
      amount = Arrays.copyOf(amount, size);
      currency = Arrays.copyOf(currency, size);
      time = Arrays.copyOf(time, size);
      sequence = Arrays.copyOf(sequence, size);
    }
  }
}
