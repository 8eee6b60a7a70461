package org.sequestra.platform.web;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import org.sequestra.platform.text.ControlCharacters;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The platform's rules for JSON request bodies (DESIGN.md §1 house rules): every string is checked
 * for control characters, and a value of the wrong JSON type is refused instead of converted. A
 * number is no string and no date ({@code 20000} is not 2024-10-04), a boolean no string, a string
 * no number or boolean, an array no single value and an empty array or string no {@code null}.
 *
 * <p>Only the HTTP boundary reads with these rules: JSON the services stored themselves is read
 * back with the ordinary mapper, so text stored before the rules existed stays readable.
 */
public final class StrictJson {

  private StrictJson() {}

  /** A mapper like {@code base} that reads by the platform's input rules. */
  public static JsonMapper strict(JsonMapper base) {
    return apply(base.rebuild()).build();
  }

  /**
   * For bodies read as a tree (JSON lines): the first forbidden control character in a key or
   * string value, as "path reason", or {@code null} when there is none.
   */
  public static String controlCharacterIn(JsonNode node) {
    return controlCharacterIn(node, "");
  }

  private static String controlCharacterIn(JsonNode node, String path) {
    if (node.isString()) {
      String reason = ControlCharacters.reason(node.stringValue());
      return reason == null ? null : (path.isEmpty() ? "value" : path) + " " + reason;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = controlCharacterIn(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String key = property.getKey();
        String reason = ControlCharacters.reason(key);
        if (reason != null) {
          return (path.isEmpty() ? "" : path + " ") + "key " + reason;
        }
        String found =
            controlCharacterIn(property.getValue(), path.isEmpty() ? key : path + "." + key);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  static JsonMapper.Builder apply(JsonMapper.Builder builder) {
    SimpleModule rules = new SimpleModule("sequestra-input-rules");
    rules.setDeserializerModifier(new Checks());
    return builder
        .addModule(rules)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .defaultLeniency(false)
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.DateTime,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail));
  }

  /** Wraps the deserializers of strings, string map keys and java.time values. */
  private static final class Checks extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      if (type == String.class) {
        return new CheckedString(deserializer);
      }
      if (Temporal.class.isAssignableFrom(type) || TemporalAccessor.class.isAssignableFrom(type)) {
        return new StringOnlyTemporal(deserializer);
      }
      return deserializer;
    }

    @Override
    public KeyDeserializer modifyKeyDeserializer(
        DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
      if (type.getRawClass() != String.class) {
        return deserializer;
      }
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
          String reason = ControlCharacters.reason(key);
          if (reason != null) {
            throw new ControlCharacterException(context.getParser(), "key " + reason);
          }
          return deserializer.deserializeKey(key, context);
        }
      };
    }
  }

  /** A string without forbidden control characters. */
  private static final class CheckedString extends DelegatingDeserializer {

    CheckedString(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new CheckedString(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      Object value = super.deserialize(parser, context);
      if (value instanceof String text) {
        String reason = ControlCharacters.reason(text);
        if (reason != null) {
          throw new ControlCharacterException(parser, reason);
        }
      }
      return value;
    }
  }

  /**
   * A date or time only from a JSON string: java.time's own deserializers also take numbers (epoch
   * days or seconds) and arrays ({@code [2024,1,2]}, {@code []} as null).
   */
  private static final class StringOnlyTemporal extends DelegatingDeserializer {

    StringOnlyTemporal(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new StringOnlyTemporal(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return context.handleUnexpectedToken(handledType(), parser);
      }
      return super.deserialize(parser, context);
    }
  }
}
