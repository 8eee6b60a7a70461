package org.sequestra.trace.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Maps external account keys (IBAN, wallet address, ...) to the dense ids the graph works with. */
public final class AccountIndex {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> keys = new ArrayList<>();

  /** The id of the key, assigning the next free id on first sight. */
  public int idOf(String key) {
    Integer id = ids.get(key);
    if (id != null) {
      return id;
    }
    int next = keys.size();
    ids.put(key, next);
    keys.add(key);
    return next;
  }

  public OptionalInt find(String key) {
    Integer id = ids.get(key);
    return id == null ? OptionalInt.empty() : OptionalInt.of(id);
  }

  public String keyOf(int id) {
    return keys.get(id);
  }

  public int size() {
    return keys.size();
  }
}
