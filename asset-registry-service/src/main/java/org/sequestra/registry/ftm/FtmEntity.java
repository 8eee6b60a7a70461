package org.sequestra.registry.ftm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One FollowTheMoney entity: an id, a schema name and multi-valued string properties, in the order
 * they were added (which keeps an export byte-for-byte repeatable).
 */
record FtmEntity(String id, String schema, Map<String, List<String>> properties) {

  FtmEntity {
    properties = new LinkedHashMap<>(properties);
  }

  static FtmEntity of(String id, String schema) {
    return new FtmEntity(id, schema, new LinkedHashMap<>());
  }

  /** Adds the non-blank values; a property without any is left out. */
  FtmEntity put(String property, List<String> values) {
    List<String> present =
        values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    if (!present.isEmpty()) {
      properties.put(property, present);
    }
    return this;
  }

  FtmEntity put(String property, String value) {
    return value == null ? this : put(property, List.of(value));
  }

  List<String> values(String property) {
    return properties.getOrDefault(property, List.of());
  }

  /** The first non-blank value, stripped; {@code null} when there is none. */
  String first(String property) {
    return values(property).stream()
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .findFirst()
        .orElse(null);
  }
}
