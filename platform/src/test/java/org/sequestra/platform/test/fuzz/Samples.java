package org.sequestra.platform.test.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid values for a schema, from its example, enum, default or format: the baseline every variant
 * breaks in exactly one place, so that the broken place is what the service has to deal with.
 */
final class Samples {

  static final String UUID_SAMPLE = "3f2b8c1d-7e90-4d8e-a0f3-5b0c2a4e9d1f";

  private Samples() {}

  /** A sample with every property the schema names. */
  static Object of(Schema<?> schema) {
    return of(schema, 0, false);
  }

  /** A sample with only the required properties, at every depth. */
  static Object minimal(Schema<?> schema) {
    return of(schema, 0, true);
  }

  @SuppressWarnings("unchecked")
  private static Object of(Schema<?> schema, int depth, boolean requiredOnly) {
    if (schema == null) {
      return "x";
    }
    Object example = schema.getExample();
    if (example instanceof String || example instanceof Number || example instanceof Boolean) {
      return example instanceof BigDecimal decimal ? numberOf(decimal, schema) : example;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return String.valueOf(schema.getEnum().getFirst());
    }
    Object fallback = schema.getDefault();
    if (fallback instanceof String || fallback instanceof Number || fallback instanceof Boolean) {
      return fallback;
    }
    String type = Schemas.type(schema);
    switch (type) {
      case "object" -> {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null && depth < 8) {
          List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
          schema
              .getProperties()
              .forEach(
                  (name, property) -> {
                    if (!requiredOnly || required.contains(name)) {
                      object.put(name, of(property, depth + 1, requiredOnly));
                    }
                  });
        }
        return object;
      }
      case "array" -> {
        List<Object> array = new ArrayList<>();
        int count = Math.max(1, schema.getMinItems() == null ? 1 : schema.getMinItems());
        for (int i = 0; i < count && depth < 8; i++) {
          array.add(of((Schema<Object>) schema.getItems(), depth + 1, requiredOnly));
        }
        return array;
      }
      case "integer" -> {
        return numberOf(BigDecimal.ONE, schema).longValue();
      }
      case "number" -> {
        return numberOf(BigDecimal.ONE, schema);
      }
      case "boolean" -> {
        return true;
      }
      default -> {
        return stringOf(schema);
      }
    }
  }

  /** A number inside the schema's bounds. */
  private static BigDecimal numberOf(BigDecimal wanted, Schema<?> schema) {
    BigDecimal value = wanted;
    if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
      value = schema.getMinimum();
    }
    if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
      value = schema.getMaximum();
    }
    return value;
  }

  private static String stringOf(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    switch (format) {
      case "uuid" -> {
        return UUID_SAMPLE;
      }
      case "date" -> {
        return "2026-03-01";
      }
      case "date-time" -> {
        return "2026-03-01T10:15:00Z";
      }
      case "email" -> {
        return "analyst@example.org";
      }
      case "uri", "url" -> {
        return "https://example.org/x";
      }
      case "byte" -> {
        return "eA==";
      }
      default -> {
        int length = schema.getMinLength() == null ? 4 : Math.max(4, schema.getMinLength());
        if (schema.getMaxLength() != null) {
          length = Math.min(length, schema.getMaxLength());
        }
        return "x".repeat(Math.max(1, length));
      }
    }
  }
}
