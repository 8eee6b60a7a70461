package org.sequestra.freezing.request;

import java.util.Locale;
import java.util.Optional;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;

/**
 * The matching key of an asset identifier: for the platform's identifier types the key of its
 * validation (so "es91 2100 0418…" and "ES9121000418…" meet); for other types (a land registry
 * number) the value without spaces, upper case. Used when indexing and when searching alike.
 */
public final class IdentifierKeys {

  private IdentifierKeys() {}

  /** The type as stored: upper case, trimmed. */
  public static String type(String type) {
    return type.strip().toUpperCase(Locale.ROOT);
  }

  /** The key, or empty when a value of a platform type is not valid (nothing can match it). */
  public static Optional<String> key(String type, String value) {
    String normalisedType = type(type);
    for (IdentifierType known : IdentifierType.values()) {
      if (known.name().equals(normalisedType)) {
        ValidationResult result = Identifiers.validate(known, value);
        return result.valid() ? Optional.of(result.key()) : Optional.empty();
      }
    }
    String key = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }
}
