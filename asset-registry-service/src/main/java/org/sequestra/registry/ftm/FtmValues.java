package org.sequestra.registry.ftm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;

/** Reading FtM property values the way every schema mapper does; what is left out gets a note. */
final class FtmValues {

  private FtmValues() {}

  /** A full date (a date-time keeps its date); anything shorter is left out with a note. */
  static LocalDate date(FtmEntity entity, String property, List<String> notes) {
    String value = entity.first(property);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      notes.add(property + " " + value + " left out: not a full date");
      return null;
    }
  }

  /** Valid ISO 3166 codes of the properties, upper-cased, in order, once each. */
  static List<String> countries(FtmEntity entity, List<String> properties, List<String> notes) {
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    for (String property : properties) {
      for (String value : entity.values(property)) {
        ValidationResult result =
            Identifiers.validate(IdentifierType.COUNTRY_CODE, upper(value.strip()));
        if (result.valid()) {
          codes.add(result.normalised());
        } else {
          notes.add(property + " " + value + " left out: " + result.reason());
        }
      }
    }
    return List.copyOf(codes);
  }

  /** Stripped, inner white space collapsed, lower case: how names compare. */
  static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  static String lettersAndDigits(String value) {
    StringBuilder b = new StringBuilder(value.length());
    value
        .toUpperCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
