package org.sequestra.registry.ftm;

import java.util.List;

/**
 * What a schema mapper made of an entity: a draft and the notes on what it left out, or the reason
 * the entity has no place in the registry.
 */
record Mapped<T>(T draft, List<String> notes, String refusal) {

  static <T> Mapped<T> to(T draft, List<String> notes) {
    return new Mapped<>(draft, notes, null);
  }

  static <T> Mapped<T> refused(String reason) {
    return new Mapped<>(null, List.of(), reason);
  }

  boolean isRefused() {
    return refusal != null;
  }
}
