package org.sequestra.freezing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sequestra.freezing.document.CertificateDocument.Blank;
import org.sequestra.freezing.document.CertificateDocument.Field;
import org.sequestra.freezing.document.CertificateDocument.Line;
import org.sequestra.freezing.document.CertificateDocument.Section;
import org.sequestra.freezing.document.CertificateDocument.Subheading;
import org.sequestra.freezing.money.Money;

/**
 * Collects the filled fields of one section. A field without a value is left out (the document
 * shows what was filled in, not the empty form); a section left without fields says so.
 */
final class SectionBuilder {

  private final String letter;
  private final String heading;
  private final List<Line> lines = new ArrayList<>();
  private Blank whenEmpty = Blank.NOT_APPLICABLE;
  private boolean signed;

  private SectionBuilder(String letter, String heading) {
    this.letter = letter;
    this.heading = heading;
  }

  static SectionBuilder section(String letter, String heading) {
    return new SectionBuilder(letter, heading);
  }

  /** The Annex asks for this section in a complete certificate (an empty one is not filled in). */
  SectionBuilder required() {
    whenEmpty = Blank.NOT_FILLED_IN;
    return this;
  }

  /** The Annex has the section's authority sign here. */
  SectionBuilder signed() {
    signed = true;
    return this;
  }

  SectionBuilder required(boolean required) {
    return required ? required() : this;
  }

  SectionBuilder text(String label, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(new Field(label, value.strip()));
    }
    return this;
  }

  SectionBuilder yesNo(String label, Boolean value) {
    return value == null ? this : text(label, value ? "Yes" : "No");
  }

  /** A box the Annex has the issuer tick: shown only when ticked. */
  SectionBuilder ticked(String label, Boolean value) {
    return Boolean.TRUE.equals(value) ? text(label, "Yes") : this;
  }

  SectionBuilder date(String label, LocalDate value) {
    return value == null ? this : text(label, value.toString());
  }

  SectionBuilder money(String label, Money value) {
    return value == null ? this : text(label, money(value));
  }

  <T> SectionBuilder list(String label, List<T> values, Function<T, String> toText) {
    if (values != null) {
      // one entry a line; a stored list may hold a null or an entry that says nothing
      List<String> texts =
          values.stream()
              .filter(Objects::nonNull)
              .map(toText)
              .filter(text -> text != null && !text.isBlank())
              .toList();
      text(label, String.join("\n", texts));
    }
    return this;
  }

  <T extends Enum<T>> SectionBuilder choice(String label, T value, Function<T, String> toText) {
    return value == null ? this : text(label, toText.apply(value));
  }

  SectionBuilder subheading(String text) {
    lines.add(new Subheading(text));
    return this;
  }

  Section build() {
    // a group whose fields were all empty says nothing: drop its heading
    List<Line> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean emptyGroup =
          line instanceof Subheading
              && (i + 1 == lines.size() || lines.get(i + 1) instanceof Subheading);
      if (!emptyGroup) {
        kept.add(line);
      }
    }
    return new Section(letter, heading, kept, whenEmpty, signed);
  }

  /** The exact amount as stored (no rounding, no locale), then the currency. */
  static String money(Money value) {
    BigDecimal amount = value.amount();
    String figures = amount == null ? "" : amount.toPlainString();
    return value.currency() == null ? figures : (figures + " " + value.currency()).strip();
  }
}
