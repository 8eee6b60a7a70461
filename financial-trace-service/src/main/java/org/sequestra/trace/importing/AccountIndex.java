package org.sequestra.trace.importing;

import java.util.Arrays;
import org.sequestra.trace.importing.statement.AccountKind;

/**
 * A dataset's accounts by identity (kind, identifier, chain) for the length of an import, laid out
 * for look-ups that miss the CPU caches, as most do in a file naming a million accounts: an
 * open-addressing table of longs (the identity's hash, where its record starts) and the records
 * side by side in one char array (position, account id, kind, identifier, chain). A look-up reads
 * two places in memory where a map of record keys follows five references one after the other. It
 * is also where the new accounts' identities are read back from to be saved: an account costs its
 * record (9 chars and its text), a slot and an offset, not a graph of objects.
 */
final class AccountIndex {

  /** Record layout: position (2 chars), id (4), kind, identifier length, chain length, text. */
  private static final int HEADER = 9;

  private static final char NO_CHAIN = Character.MAX_VALUE;

  private static final AccountKind[] KINDS = AccountKind.values();

  /** Empty (0) or the hash in the high half and the record's offset + 1 in the low half. */
  private long[] slots = new long[1 << 10];

  private char[] records = new char[1 << 12];

  /** Where each account's record starts, by position. */
  private int[] offsets = new int[1 << 10];

  private int used;
  private int size;

  /** How many accounts the index holds. */
  int size() {
    return size;
  }

  /**
   * @return where the account's record starts (for {@link #position} and {@link #id}), or -1 when
   *     the index does not hold it
   */
  int find(AccountKind kind, String identifier, String chain) {
    int hash = hash(kind, identifier, chain);
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int record = (int) entry - 1;
        if (matches(record, kind, identifier, chain)) {
          return record;
        }
      }
    }
  }

  /** Where the record of the account added at {@code position} starts. */
  int record(int position) {
    return offsets[position];
  }

  AccountKind kind(int record) {
    return KINDS[records[record + 6]];
  }

  String identifier(int record) {
    return new String(records, record + HEADER, records[record + 7]);
  }

  /** The chain of a wallet address, otherwise {@code null}. */
  String chain(int record) {
    char length = records[record + 8];
    return length == NO_CHAIN
        ? null
        : new String(records, record + HEADER + records[record + 7], length);
  }

  /** The order in which the account {@link #find found} at {@code record} was added. */
  int position(int record) {
    return records[record] << 16 | records[record + 1];
  }

  long id(int record) {
    return (long) records[record + 2] << 48
        | (long) records[record + 3] << 32
        | (long) records[record + 4] << 16
        | records[record + 5];
  }

  /**
   * Adds an account the index does not hold yet, at the next position.
   *
   * @param id a non-negative account id
   */
  void add(AccountKind kind, String identifier, String chain, long id) {
    int chainLength = chain == null ? 0 : chain.length();
    int length = HEADER + identifier.length() + chainLength;
    if (identifier.length() >= NO_CHAIN || chainLength >= NO_CHAIN) {
      throw new IllegalArgumentException("account identifier too long");
    }
    if ((long) used + length >= Integer.MAX_VALUE - 1) {
      throw new IllegalStateException("more distinct accounts than one import can hold");
    }
    if (used + length > records.length) {
      records =
          Arrays.copyOf(
              records,
              (int)
                  Math.min(
                      Integer.MAX_VALUE - 8L,
                      Math.max((long) records.length * 2, (long) used + length)));
    }
    int offset = used;
    int position = size;
    records[offset] = (char) (position >>> 16);
    records[offset + 1] = (char) position;
    records[offset + 2] = (char) (id >>> 48);
    records[offset + 3] = (char) (id >>> 32);
    records[offset + 4] = (char) (id >>> 16);
    records[offset + 5] = (char) id;
    records[offset + 6] = (char) kind.ordinal();
    records[offset + 7] = (char) identifier.length();
    records[offset + 8] = chain == null ? NO_CHAIN : (char) chainLength;
    identifier.getChars(0, identifier.length(), records, offset + HEADER);
    if (chain != null) {
      chain.getChars(0, chainLength, records, offset + HEADER + identifier.length());
    }
    used += length;
    if (position == offsets.length) {
      offsets = Arrays.copyOf(offsets, position * 2);
    }
    offsets[position] = offset;
    size++;
    if (size * 2 > slots.length) {
      grow();
    }
    insert(hash(kind, identifier, chain), offset);
  }

  private boolean matches(int offset, AccountKind kind, String identifier, String chain) {
    if (records[offset + 6] != kind.ordinal() || records[offset + 7] != identifier.length()) {
      return false;
    }
    char chainLength = records[offset + 8];
    if (chain == null ? chainLength != NO_CHAIN : chainLength != chain.length()) {
      return false;
    }
    int text = offset + HEADER;
    for (int i = 0; i < identifier.length(); i++) {
      if (records[text + i] != identifier.charAt(i)) {
        return false;
      }
    }
    if (chain != null) {
      text += identifier.length();
      for (int i = 0; i < chain.length(); i++) {
        if (records[text + i] != chain.charAt(i)) {
          return false;
        }
      }
    }
    return true;
  }

  private void insert(int hash, int offset) {
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = (long) hash << 32 | (offset + 1L);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long entry : old) {
      if (entry != 0) {
        insert((int) (entry >>> 32), (int) entry - 1);
      }
    }
  }

  private static int hash(AccountKind kind, String identifier, String chain) {
    return (identifier.hashCode() * 31 + kind.ordinal()) * 31
        + (chain == null ? 0 : chain.hashCode());
  }

  /** Spreads the high bits down: slots are chosen by the low ones. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
