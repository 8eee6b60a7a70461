package org.sequestra.registry.ftm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * FtM JSON lines: one {@code {"id","schema","properties":{prop:[strings]}}} object per line.
 * Reading is all or nothing: the first line that is not such an object fails the whole body, naming
 * the line (1-based) as the field {@code line[n]}. Keys other than the three (OpenSanctions' {@code
 * caption}, {@code datasets}, {@code referents}...) are ignored.
 */
final class FtmLines {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FtmLines() {}

  /** A parsed line and its 1-based number in the body. */
  record Line(int number, FtmEntity entity) {}

  static List<Line> read(String body) {
    List<Line> lines = new ArrayList<>();
    String[] raw = body.split("\r?\n", -1);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i].isBlank()) {
        continue;
      }
      lines.add(new Line(i + 1, entity(i + 1, raw[i])));
    }
    if (lines.isEmpty()) {
      throw new InvalidRequestException("body", "must contain at least one FtM entity");
    }
    return lines;
  }

  private static FtmEntity entity(int number, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      throw malformed(number, "is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw malformed(number, "is not a JSON object");
    }
    String control = StrictJson.controlCharacterIn(node);
    if (control != null) {
      throw malformed(number, control);
    }
    String id = text(node.get("id"));
    if (id == null) {
      throw malformed(number, "has no \"id\" string");
    }
    String schema = text(node.get("schema"));
    if (schema == null) {
      throw malformed(number, "has no \"schema\" string");
    }
    JsonNode properties = node.get("properties");
    if (properties == null || !properties.isObject()) {
      throw malformed(number, "has no \"properties\" object");
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      List<String> strings = new ArrayList<>();
      JsonNode value = property.getValue();
      if (value.isArray()) {
        for (JsonNode item : value.values()) {
          strings.add(scalar(number, property.getKey(), item));
        }
      } else {
        strings.add(scalar(number, property.getKey(), value));
      }
      values.put(property.getKey(), strings);
    }
    return new FtmEntity(id, schema, values);
  }

  /** A string, or a nested entity (as in some exports) by its id. */
  private static String scalar(int number, String property, JsonNode item) {
    if (item.isString() || item.isNumber() || item.isBoolean()) {
      return item.asString();
    }
    if (item.isObject() && text(item.get("id")) != null) {
      return text(item.get("id"));
    }
    throw malformed(number, "property \"" + property + "\" holds a value that is not a string");
  }

  private static String text(JsonNode node) {
    return node != null && node.isString() && !node.stringValue().isBlank()
        ? node.stringValue()
        : null;
  }

  private static InvalidRequestException malformed(int number, String reason) {
    return new InvalidRequestException("line[" + number + "]", reason);
  }

  /** One line of output, without the newline. */
  static String write(FtmEntity entity) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", entity.id());
    node.put("schema", entity.schema());
    ObjectNode properties = node.putObject("properties");
    entity.properties().forEach((name, values) -> values.forEach(properties.putArray(name)::add));
    return JSON.writeValueAsString(node);
  }
}
