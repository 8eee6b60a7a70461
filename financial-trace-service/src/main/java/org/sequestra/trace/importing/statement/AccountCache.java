package org.sequestra.trace.importing.statement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accounts a parser has read lately, so that an account named on many lines (a statement's own
 * account, a hub) is validated once, not per line. Bounded: the least recently used go first.
 */
public final class AccountCache {

  private static final int CAPACITY = 1 << 16;

  private final Map<Key, AccountRef> recent =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, AccountRef> eldest) {
          return size() > CAPACITY;
        }
      };

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
    Key key = new Key(role, number, declaredIban, bic, bankName, holder);
    AccountRef account = recent.get(key);
    if (account == null) {
      account = AccountRef.bank(role, number, declaredIban, bic, bankName, holder);
      if (account != null) {
        recent.put(key, account);
      }
    }
    return account;
  }

  private record Key(
      String role,
      String number,
      boolean declaredIban,
      String bic,
      String bankName,
      String holder) {}
}
