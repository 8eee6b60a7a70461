package org.sequestra.platform.test.fuzz;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The schema-violating requests for one operation: a valid baseline (sample values from the
 * contract, known ids where the test gave them), then the same request broken in one place at a
 * time: each parameter, each body field at every depth, and the body as a whole.
 */
final class Variants {

  static final int HUGE = 100_000;
  static final int DEEP = 10_000;
  private static final String BOUNDARY = "fuzzBoundary7MA4YWxkTrZu0gW";

  private final Random random;
  private final Map<String, String> knownPathValues;
  private final List<FuzzRequest> out = new ArrayList<>();

  private String method;
  private String path;
  private Map<String, String> basePath;
  private Map<String, String> baseQuery;
  private Map<String, String> baseHeaders;
  private String baseContentType;
  private byte[] baseBody;

  Variants(Random random, Map<String, String> knownPathValues) {
    this.random = random;
    this.knownPathValues = knownPathValues;
  }

  List<FuzzRequest> of(String method, String path, PathItem item, Operation operation) {
    out.clear();
    this.method = method;
    this.path = path;
    List<Parameter> parameters = parameters(item, operation);
    basePath = new LinkedHashMap<>();
    baseQuery = new LinkedHashMap<>();
    baseHeaders = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      String name = parameter.getName();
      switch (parameter.getIn()) {
        case "path" ->
            basePath.put(
                name,
                knownPathValues.getOrDefault(
                    name, String.valueOf(Samples.of(schemaOf(parameter)))));
        case "query" -> {
          if (Boolean.TRUE.equals(parameter.getRequired())) {
            baseQuery.put(
                name,
                knownPathValues.getOrDefault(
                    name, String.valueOf(Samples.of(schemaOf(parameter)))));
          }
        }
        case "header" -> {
          if (Boolean.TRUE.equals(parameter.getRequired())) {
            baseHeaders.put(name, String.valueOf(Samples.of(schemaOf(parameter))));
          }
        }
        default -> {
          // cookies: the services take none
        }
      }
    }
    Map.Entry<String, MediaType> body = firstBody(operation);
    Object jsonSample = null;
    if (body == null) {
      baseContentType = null;
      baseBody = null;
    } else if (Schemas.isJson(body.getKey())) {
      baseContentType = "application/json";
      jsonSample = minimal(body.getValue().getSchema());
      baseBody = bytes(Json.write(jsonSample));
    } else if (body.getKey().startsWith("multipart/")) {
      baseContentType = "multipart/form-data; boundary=" + BOUNDARY;
      baseBody = multipart(body.getValue().getSchema(), "sample\n");
    } else {
      baseContentType = body.getKey();
      baseBody = bytes(rawSample(body.getKey()));
    }

    add("valid sample", basePath, baseQuery, baseHeaders, baseContentType, baseBody);
    for (Parameter parameter : parameters) {
      parameterVariants(parameter);
    }
    Map<String, String> unknownQuery = new LinkedHashMap<>(baseQuery);
    unknownQuery.put("zzUnknownParameter", "x");
    add("unknown query parameter", basePath, unknownQuery, baseHeaders, baseContentType, baseBody);
    if (body != null) {
      if (Schemas.isJson(body.getKey())) {
        jsonBodyVariants(body.getValue().getSchema(), jsonSample);
      } else if (body.getKey().startsWith("multipart/")) {
        multipartVariants(body.getValue().getSchema());
      } else {
        rawBodyVariants(operation, body.getKey());
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- parameters

  private void parameterVariants(Parameter parameter) {
    Schema<?> schema = schemaOf(parameter);
    String name = parameter.getName();
    String where = parameter.getIn();
    for (Map.Entry<String, String> bad : badParameterValues(schema, where).entrySet()) {
      String variant = where + " " + name + ": " + bad.getKey();
      switch (where) {
        case "path" -> add(variant, with(basePath, name, bad.getValue()), baseQuery, baseHeaders);
        case "query" -> add(variant, basePath, with(baseQuery, name, bad.getValue()), baseHeaders);
        case "header" -> add(variant, basePath, baseQuery, with(baseHeaders, name, bad.getValue()));
        default -> {}
      }
    }
    if ("query".equals(where) && Boolean.TRUE.equals(parameter.getRequired())) {
      Map<String, String> without = new LinkedHashMap<>(baseQuery);
      without.remove(name);
      add("query " + name + ": missing", basePath, without, baseHeaders);
    }
  }

  private Map<String, String> badParameterValues(Schema<?> schema, String where) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("empty", "");
    values.put("control character U+0000", "a\u0000b");
    values.put("control character U+000B", "a\u000Bb");
    values.put("huge (" + HUGE + " chars)", "A".repeat(HUGE));
    String type = Schemas.type(schema);
    String format = schema == null || schema.getFormat() == null ? "" : schema.getFormat();
    switch (type) {
      case "integer", "number" -> {
        values.put("wrong type (text)", "abc");
        values.put("wrong type (boolean)", "true");
        if ("integer".equals(type)) {
          values.put("wrong type (fraction)", "1.5");
        }
        numbersOutOfRange(schema).forEach((label, number) -> values.put(label, number));
      }
      case "boolean" -> values.put("wrong type (text)", "maybe");
      default -> {
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
          values.put("unknown enum value", "NOT_A_VALUE");
          values.put(
              "enum value in lower case",
              String.valueOf(schema.getEnum().getFirst()).toLowerCase());
        }
        if (schema != null && schema.getMaxLength() != null) {
          values.put("one over maxLength", "A".repeat(schema.getMaxLength() + 1));
        }
        formatViolations(format).forEach(values::put);
      }
    }
    if ("path".equals(where)) {
      values.put("unknown id", randomUuid());
      values.put("malformed id", "not-a-valid-id");
      values.put("encoded slash", "a/b");
    }
    return values;
  }

  private static Map<String, String> numbersOutOfRange(Schema<?> schema) {
    Map<String, String> values = new LinkedHashMap<>();
    if (schema != null && schema.getMaximum() != null) {
      values.put("above maximum", schema.getMaximum().add(BigDecimal.ONE).toPlainString());
    }
    if (schema != null && schema.getMinimum() != null) {
      values.put("below minimum", schema.getMinimum().subtract(BigDecimal.ONE).toPlainString());
    }
    values.put("negative (-1)", "-1");
    values.put("beyond int32 (2147483648)", "2147483648");
    values.put("beyond int64 (1e20 as digits)", "100000000000000000000");
    values.put("beyond double (1e400)", "1e400");
    return values;
  }

  private static Map<String, String> formatViolations(String format) {
    Map<String, String> values = new LinkedHashMap<>();
    switch (format) {
      case "uuid" -> {
        values.put("malformed uuid", "not-a-uuid");
        values.put("uuid with an extra digit", Samples.UUID_SAMPLE + "0");
      }
      case "date" -> {
        values.put("impossible date", "2026-02-30");
        values.put("date beyond year 9999", "+999999999-12-31");
        values.put("not a date", "yesterday");
      }
      case "date-time" -> {
        values.put("impossible time", "2026-03-01T25:00:00Z");
        values.put("date-time beyond year 9999", "+999999999-12-31T23:59:59Z");
        values.put("date-time before year 1", "-004712-01-01T00:00:00Z");
        values.put("date-time without offset", "2026-03-01T10:15:00");
      }
      default -> {}
    }
    return values;
  }

  // ---------------------------------------------------------------- JSON bodies

  private void jsonBodyVariants(Schema<?> schema, Object sample) {
    String valid = Json.write(sample);
    body("broken JSON: truncated", valid.substring(0, Math.max(1, valid.length() / 2)));
    body("broken JSON: not JSON at all", "this is not json");
    body("broken JSON: trailing comma", valid.endsWith("}") ? valid + "," : "{\"a\":1,}");
    body("broken JSON: unescaped control character", "{\"a\":\"x\u0001y\"}");
    body("broken JSON: single quotes", "{'a':'b'}");
    body("broken JSON: NaN literal", "{\"a\":NaN}");
    body(
        "broken JSON: invalid UTF-8",
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
    body("broken JSON: lone surrogate escape", "{\"a\":\"\\ud800\"}");
    body("broken JSON: two documents", valid + valid);
    body("empty body", "");
    body("JSON null", "null");
    body("JSON array instead of object", "[" + valid + "]");
    body("JSON string instead of object", "\"text\"");
    body("JSON number instead of object", "12");
    body("deep nesting (" + DEEP + " arrays)", "[".repeat(DEEP) + "]".repeat(DEEP));
    body("deep nesting (" + DEEP + " objects)", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
    body("huge body (2 MB string field)", "{\"a\":\"" + "A".repeat(2_000_000) + "\"}");
    if (sample instanceof Map<?, ?> map) {
      Map<Object, Object> unknown = new LinkedHashMap<>(map);
      unknown.put("zzUnknownField", "x");
      body("unknown field", Json.write(unknown));
      Map<Object, Object> duplicate = new LinkedHashMap<>(map);
      String duplicated = Json.write(duplicate);
      if (!map.isEmpty()) {
        String first = String.valueOf(map.keySet().iterator().next());
        body(
            "duplicate field " + first,
            duplicated.substring(0, duplicated.length() - 1)
                + ",\""
                + first
                + "\":"
                + Json.write(map.get(first))
                + "}");
      }
    }
    add(
        "wrong content type text/plain",
        basePath,
        baseQuery,
        baseHeaders,
        "text/plain",
        bytes(valid));
    add(
        "wrong content type application/xml",
        basePath,
        baseQuery,
        baseHeaders,
        "application/xml",
        bytes("<a>b</a>"));
    add("no content type", basePath, baseQuery, baseHeaders, null, bytes(valid));
    add(
        "unknown charset",
        basePath,
        baseQuery,
        baseHeaders,
        "application/json;charset=x-no-such-charset",
        bytes(valid));
    add(
        "broken multipart instead of JSON",
        basePath,
        baseQuery,
        baseHeaders,
        "multipart/form-data; boundary=" + BOUNDARY,
        bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"));
    body("full sample (every optional field too)", Json.write(known(Samples.of(schema))));
    fieldVariants(schema, sample, new ArrayList<>(), 0);
  }

  /**
   * Breaks each field of the body, at every depth, one at a time. {@code root} is the minimal valid
   * body with every object on the way to {@code at} present (its own required fields filled in), so
   * that the broken field is the only thing wrong.
   */
  @SuppressWarnings("unchecked")
  private void fieldVariants(Schema<?> schema, Object root, List<Object> at, int depth) {
    if (schema == null || depth > 6) {
      return;
    }
    String type = Schemas.type(schema);
    if ("object".equals(type) && schema.getProperties() != null) {
      if (!at.isEmpty()) {
        Object here = valueAt(root, at);
        Map<Object, Object> unknown =
            here instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : new LinkedHashMap<>();
        unknown.put("zzUnknownField", "x");
        field(root, at, "unknown field", unknown);
      }
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        List<Object> child = new ArrayList<>(at);
        child.add(property.getKey());
        valueVariants(property.getValue(), root, child);
        Object childRoot =
            valueAt(root, child) != null
                ? root
                : withValue(root, child, 0, minimal(property.getValue()));
        fieldVariants(property.getValue(), childRoot, child, depth + 1);
      }
    } else if ("array".equals(type) && schema.getItems() != null) {
      Schema<Object> items = (Schema<Object>) schema.getItems();
      List<Object> child = new ArrayList<>(at);
      child.add(0);
      Object item = valueAt(root, child);
      if (item == null) {
        item = minimal(items);
      }
      Object childRoot = withValue(root, at, 0, List.of(item));
      valueVariants(items, childRoot, child);
      fieldVariants(items, childRoot, child, depth + 1);
      List<Object> many = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        many.add(item);
      }
      field(root, at, "array of 10000 items", many);
    }
  }

  /** The minimal sample, with the ids the test knows put in for properties of that name. */
  private Object minimal(Schema<?> schema) {
    return known(Samples.minimal(schema));
  }

  @SuppressWarnings("unchecked")
  private Object known(Object sample) {
    if (sample instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (key, value) ->
              copy.put(
                  key,
                  value instanceof String && knownPathValues.containsKey(key)
                      ? knownPathValues.get(key)
                      : known(value)));
      return copy;
    }
    if (sample instanceof List<?> list) {
      return list.stream().map(this::known).toList();
    }
    return sample;
  }

  private static Object valueAt(Object node, List<Object> at) {
    Object current = node;
    for (Object key : at) {
      if (key instanceof Integer index && current instanceof List<?> list) {
        current = index < list.size() ? list.get(index) : null;
      } else if (current instanceof Map<?, ?> map) {
        current = map.get(key);
      } else {
        return null;
      }
    }
    return current;
  }

  private void valueVariants(Schema<?> schema, Object root, List<Object> at) {
    String type = Schemas.type(schema);
    field(root, at, "null", null);
    switch (type) {
      case "string" -> {
        field(root, at, "wrong type (number)", 12345);
        field(root, at, "wrong type (boolean)", true);
        field(root, at, "wrong type (array)", List.of("x"));
        field(root, at, "wrong type (object)", Map.of("a", "b"));
        field(root, at, "control character U+0000", "a\u0000b");
        field(root, at, "control character U+000B", "a\u000Bb");
        field(root, at, "huge string (" + HUGE + " chars)", "A".repeat(HUGE));
        field(root, at, "empty string", "");
        field(root, at, "blank string", "   ");
        if (schema.getMaxLength() != null) {
          field(root, at, "one over maxLength", "A".repeat(schema.getMaxLength() + 1));
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
          field(root, at, "unknown enum value", "NOT_A_VALUE");
          field(
              root,
              at,
              "enum value in lower case",
              String.valueOf(schema.getEnum().getFirst()).toLowerCase());
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        formatViolations(format).forEach((label, value) -> field(root, at, label, value));
      }
      case "integer", "number" -> {
        field(root, at, "wrong type (string)", "abc");
        field(root, at, "wrong type (numeric string)", "12");
        field(root, at, "wrong type (boolean)", true);
        field(root, at, "wrong type (array)", List.of(1));
        field(root, at, "wrong type (object)", Map.of("a", 1));
        if ("integer".equals(type)) {
          field(root, at, "wrong type (fraction)", new Json.Raw("1.5"));
        }
        numbersOutOfRange(schema)
            .forEach((label, number) -> field(root, at, label, new Json.Raw(number)));
      }
      case "boolean" -> {
        field(root, at, "wrong type (string)", "yes");
        field(root, at, "wrong type (string \"true\")", "true");
        field(root, at, "wrong type (array)", List.of(true));
        field(root, at, "wrong type (object)", Map.of("a", true));
      }
      case "array" -> {
        field(root, at, "wrong type (string)", "x");
        field(root, at, "wrong type (number)", 1);
        field(root, at, "wrong type (object)", Map.of("a", 1));
        field(root, at, "empty array", List.of());
      }
      default -> {
        field(root, at, "wrong type (string)", "x");
        field(root, at, "wrong type (number)", 1);
        field(root, at, "wrong type (array)", List.of());
        field(root, at, "empty object", Map.of());
      }
    }
  }

  private void field(Object root, List<Object> at, String label, Object value) {
    body("body " + pathText(at) + ": " + label, Json.write(withValue(root, at, 0, value)));
  }

  /** A copy of {@code node} with the value at {@code at} replaced (or added). */
  @SuppressWarnings("unchecked")
  private static Object withValue(Object node, List<Object> at, int index, Object value) {
    if (index == at.size()) {
      return value;
    }
    Object key = at.get(index);
    if (key instanceof Integer position) {
      List<Object> list =
          node instanceof List<?> existing ? new ArrayList<>(existing) : new ArrayList<>();
      while (list.size() <= position) {
        list.add(null);
      }
      list.set(position, withValue(list.get(position), at, index + 1, value));
      return list;
    }
    Map<Object, Object> map =
        node instanceof Map<?, ?> existing
            ? new LinkedHashMap<>((Map<Object, Object>) existing)
            : new LinkedHashMap<>();
    map.put(key, withValue(map.get(key), at, index + 1, value));
    return map;
  }

  private static String pathText(List<Object> at) {
    StringBuilder text = new StringBuilder();
    for (Object part : at) {
      if (part instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        if (!text.isEmpty()) {
          text.append('.');
        }
        text.append(part);
      }
    }
    return text.isEmpty() ? "(root)" : text.toString();
  }

  // ---------------------------------------------------------------- other bodies

  private void rawBodyVariants(Operation operation, String mediaType) {
    body("empty body", "");
    byte[] binary = new byte[4096];
    random.nextBytes(binary);
    body("random binary (4 KiB)", binary);
    body("invalid UTF-8", new byte[] {'a', (byte) 0xC3, '(', (byte) 0xFF, '\n'});
    body("control characters", "a\u0000b\u000Bc\u001B\n");
    body("huge line (" + HUGE + " chars)", "A".repeat(HUGE));
    body("deep nesting (" + DEEP + " arrays)", "[".repeat(DEEP) + "]".repeat(DEEP) + "\n");
    body("broken JSON line", "{\"id\":\n");
    body("broken XML", "<?xml version=\"1.0\"?><Document><Stmt>");
    body(
        "XML entity expansion",
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"bbbbbbbbbb\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><a>&c;</a>");
    add(
        "wrong content type application/json",
        basePath,
        baseQuery,
        baseHeaders,
        "application/json",
        bytes("{}"));
    add("no content type", basePath, baseQuery, baseHeaders, null, baseBody);
    add(
        "empty multipart",
        basePath,
        baseQuery,
        baseHeaders,
        "multipart/form-data; boundary=" + BOUNDARY,
        bytes("--" + BOUNDARY + "--\r\n"));
    add(
        "broken multipart",
        basePath,
        baseQuery,
        baseHeaders,
        "multipart/form-data; boundary=" + BOUNDARY,
        bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"));
    for (String other : operation.getRequestBody().getContent().keySet()) {
      if (!other.equals(mediaType)) {
        add("empty body as " + other, basePath, baseQuery, baseHeaders, other, new byte[0]);
        add("random binary as " + other, basePath, baseQuery, baseHeaders, other, binary);
      }
    }
  }

  private void multipartVariants(Schema<?> schema) {
    String type = "multipart/form-data; boundary=" + BOUNDARY;
    add(
        "empty multipart",
        basePath,
        baseQuery,
        baseHeaders,
        type,
        bytes("--" + BOUNDARY + "--\r\n"));
    add(
        "broken multipart (no closing boundary)",
        basePath,
        baseQuery,
        baseHeaders,
        type,
        bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"));
    add(
        "multipart without boundary",
        basePath,
        baseQuery,
        baseHeaders,
        "multipart/form-data",
        baseBody);
    add("multipart with empty file", basePath, baseQuery, baseHeaders, type, multipart(schema, ""));
    add(
        "multipart with random binary",
        basePath,
        baseQuery,
        baseHeaders,
        type,
        multipart(schema, new String(randomBytes(2048), StandardCharsets.ISO_8859_1)));
    add("empty body", basePath, baseQuery, baseHeaders, type, new byte[0]);
    add(
        "JSON instead of multipart",
        basePath,
        baseQuery,
        baseHeaders,
        "application/json",
        bytes("{}"));
  }

  private static byte[] multipart(Schema<?> schema, String content) {
    StringBuilder body = new StringBuilder();
    Map<String, Schema> parts =
        schema != null && schema.getProperties() != null ? schema.getProperties() : Map.of();
    if (parts.isEmpty()) {
      parts = Map.of("file", new Schema<>());
    }
    for (String name : parts.keySet()) {
      body.append("--")
          .append(BOUNDARY)
          .append("\r\nContent-Disposition: form-data; name=\"")
          .append(name)
          .append("\"; filename=\"fuzz.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .append(content)
          .append("\r\n");
    }
    body.append("--").append(BOUNDARY).append("--\r\n");
    return body.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String rawSample(String mediaType) {
    if (mediaType.contains("ndjson")) {
      return "{\"id\":\"x\",\"schema\":\"Thing\",\"properties\":{}}\n";
    }
    if (mediaType.contains("xml")) {
      return "<?xml version=\"1.0\"?><a/>";
    }
    return "a,b\n1,2\n";
  }

  // ---------------------------------------------------------------- plumbing

  private void body(String variant, String text) {
    body(variant, bytes(text));
  }

  private void body(String variant, byte[] content) {
    add(variant, basePath, baseQuery, baseHeaders, baseContentType, content);
  }

  private void add(
      String variant,
      Map<String, String> pathValues,
      Map<String, String> query,
      Map<String, String> headers) {
    add(variant, pathValues, query, headers, baseContentType, baseBody);
  }

  private void add(
      String variant,
      Map<String, String> pathValues,
      Map<String, String> query,
      Map<String, String> headers,
      String contentType,
      byte[] body) {
    out.add(
        new FuzzRequest(
            method,
            path,
            variant,
            Map.copyOf(pathValues),
            copy(query),
            copy(headers),
            contentType,
            body));
  }

  private static Map<String, String> copy(Map<String, String> values) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  private static Map<String, String> with(Map<String, String> base, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(base);
    copy.put(name, value);
    return copy;
  }

  private static Schema<?> schemaOf(Parameter parameter) {
    if (parameter.getSchema() != null) {
      return parameter.getSchema();
    }
    if (parameter.getContent() != null && !parameter.getContent().isEmpty()) {
      return parameter.getContent().values().iterator().next().getSchema();
    }
    return null;
  }

  private static List<Parameter> parameters(PathItem item, Operation operation) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    if (item.getParameters() != null) {
      item.getParameters().forEach(p -> byKey.put(p.getIn() + ":" + p.getName(), p));
    }
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(p -> byKey.put(p.getIn() + ":" + p.getName(), p));
    }
    return List.copyOf(byKey.values());
  }

  private static Map.Entry<String, MediaType> firstBody(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return null;
    }
    for (Map.Entry<String, MediaType> entry : operation.getRequestBody().getContent().entrySet()) {
      if (Schemas.isJson(entry.getKey())) {
        return entry;
      }
    }
    return operation.getRequestBody().getContent().entrySet().stream().findFirst().orElse(null);
  }

  private String randomUuid() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
