package org.sequestra.trace.importing.statement;

import java.util.Objects;

/**
 * The accounts a parser has read lately, so that an account named on many lines (a statement's own
 * account, a hub) is validated once, not per line. Bounded: a fixed table where an account takes
 * the slot its values hash to, so one that lost its slot to another is validated again when it
 * comes back (no bookkeeping per line, as a least-recently-used order would need).
 */
public final class AccountCache {

  private static final int SLOTS = 1 << 17;

  private final Entry[] entries = new Entry[SLOTS];

  /**
   * Each slot's hash beside it: a slot held by another account (most look-ups, when a file names
   * more accounts than there are slots) is told apart without reading its entry from memory.
   */
  private final int[] hashes = new int[SLOTS];

  /** {@link AccountRef#bank}, from the cache when the same values were read lately. */
  public AccountRef bank(
      String role,
      String number,
      boolean declaredIban,
      String bic,
      String bankName,
      String holder) {
    if (number == null) {
      return null;
    }
    int hash = number.hashCode();
    hash = 31 * hash + role.hashCode();
    hash = 31 * hash + Boolean.hashCode(declaredIban);
    hash = 31 * hash + Objects.hashCode(bic);
    hash = 31 * hash + Objects.hashCode(bankName);
    hash = 31 * hash + Objects.hashCode(holder);
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    Entry entry = hashes[slot] == hash ? entries[slot] : null;
    if (entry != null
        && entry.number.equals(number)
        && entry.role.equals(role)
        && entry.declaredIban == declaredIban
        && Objects.equals(entry.bic, bic)
        && Objects.equals(entry.bankName, bankName)
        && Objects.equals(entry.holder, holder)) {
      return entry.account;
    }
    AccountRef account = AccountRef.bank(role, number, declaredIban, bic, bankName, holder);
    if (account != null) {
      entries[slot] = new Entry(role, number, declaredIban, bic, bankName, holder, account);
      hashes[slot] = hash;
    }
    return account;
  }

  private record Entry(
      String role,
      String number,
      boolean declaredIban,
      String bic,
      String bankName,
      String holder,
      AccountRef account) {}
}
