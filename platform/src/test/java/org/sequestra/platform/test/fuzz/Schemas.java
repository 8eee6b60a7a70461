package org.sequestra.platform.test.fuzz;

import io.swagger.v3.oas.models.media.Schema;

/** Reading the parts of an OpenAPI schema the fuzzer cares about. */
final class Schemas {

  private Schemas() {}

  /** The schema's type, inferred where the contract leaves it implicit. */
  static String type(Schema<?> schema) {
    if (schema == null) {
      return "string";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse("string");
    }
    if (schema.getProperties() != null) {
      return "object";
    }
    if (schema.getItems() != null) {
      return "array";
    }
    return "string";
  }

  static boolean isJson(String mediaType) {
    String type = mediaType.toLowerCase();
    return type.equals("application/json")
        || (type.endsWith("+json") && !type.contains("problem"))
        || type.equals("*/*");
  }
}
