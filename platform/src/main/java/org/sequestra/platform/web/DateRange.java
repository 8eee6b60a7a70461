package org.sequestra.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and times a client sends must lie in the years 0001 to 9999 (ISO 8601 without expansion).
 * Java reads years up to ±999 999 999, which PostgreSQL cannot store and deadline arithmetic
 * overflows on: without this check such a date is a 500 instead of a 400 naming the field. Checked
 * once for every JSON body (a Jackson module) and every query, path and header parameter (an {@link
 * InitBinder}).
 */
@ControllerAdvice
public class DateRange {

  static final int FIRST_YEAR = 1;
  static final int LAST_YEAR = 9999;

  static boolean within(TemporalAccessor value) {
    TemporalAccessor utc =
        value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    if (!utc.isSupported(ChronoField.YEAR)) {
      return true;
    }
    int year = utc.get(ChronoField.YEAR);
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** The Jackson side: wraps the deserializers of the java.time types with the range check. */
  public static SimpleModule jacksonModule() {
    SimpleModule module = new SimpleModule("sequestra-date-range");
    module.setDeserializerModifier(
        new ValueDeserializerModifier() {
          @Override
          public ValueDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription.Supplier description,
              ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return TemporalAccessor.class.isAssignableFrom(type)
                ? new Checked(deserializer, type)
                : deserializer;
          }
        });
    return module;
  }

  /** The parameter side: query, path and header values of the java.time types. */
  @InitBinder
  void parameters(WebDataBinder binder) {
    binder.registerCustomEditor(LocalDate.class, editor(LocalDate::parse));
    binder.registerCustomEditor(
        OffsetDateTime.class,
        editor(text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME)));
    binder.registerCustomEditor(
        ZonedDateTime.class,
        editor(text -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME)));
    binder.registerCustomEditor(LocalDateTime.class, editor(LocalDateTime::parse));
    binder.registerCustomEditor(Instant.class, editor(Instant::parse));
  }

  private static PropertyEditorSupport editor(Function<String, TemporalAccessor> parse) {
    return new PropertyEditorSupport() {
      @Override
      public void setAsText(String text) {
        if (text == null || text.isBlank()) {
          setValue(null);
          return;
        }
        TemporalAccessor value;
        try {
          value = parse.apply(text.strip());
        } catch (DateTimeException e) {
          throw new IllegalArgumentException("not an ISO 8601 date or date-time", e);
        }
        if (!within(value)) {
          throw new IllegalArgumentException("year outside 0001-9999");
        }
        setValue(value);
      }
    };
  }

  private static final class Checked extends DelegatingDeserializer {
    private final Class<?> type;

    Checked(ValueDeserializer<?> delegate, Class<?> type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Checked(delegate, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      Object value = super.deserialize(parser, context);
      if (value instanceof TemporalAccessor temporal && !within(temporal)) {
        throw InvalidFormatException.from(
            parser, "year outside 0001-9999", parser.getString(), type);
      }
      return value;
    }
  }
}
