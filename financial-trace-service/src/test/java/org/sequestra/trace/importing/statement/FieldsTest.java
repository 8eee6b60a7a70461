package org.sequestra.trace.importing.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Booking times read as java.time's ISO formatters read them, whatever the shape. */
class FieldsTest {

  @Test
  void bookingTimesAreWhatTheIsoFormattersMakeOfThem() {
    List<String> values =
        new ArrayList<>(
            List.of(
                "2024-03-01",
                "2024-02-29",
                "2023-02-29",
                "2024-02-30",
                "2024-13-01",
                "0000-01-01",
                "2024-03-01T10:00:00Z",
                "2024-03-01T10:00Z",
                "2024-03-01T10:00",
                "2024-03-01T23:59:59",
                "2024-03-01T24:00:00",
                "2024-03-01T23:60:00",
                "2024-03-01T23:59:60Z",
                "2024-03-01T10:00:00.5Z",
                "2024-03-01T10:00:00.123456789Z",
                "2024-03-01T10:00:00.1234567891Z",
                "2024-03-01T10:00:00.Z",
                "2024-03-01T01:30:00+02:00",
                "2024-03-01T22:30:00-05:30",
                "2024-03-01T10:00:00-00:00",
                "2024-03-01T10:00:00+18:00",
                "2024-03-01T10:00:00+19:00",
                "2024-03-01T10:00:00+05:60",
                "2024-03-01T10:00:00+0200",
                "2024-03-01T10:00:00+02",
                "2024-03-01T10:00:00+02:00:30",
                "2024-03-01 10:00:00",
                "2024-3-01T10:00:00Z",
                "20240301",
                "01.03.2024",
                "+12024-03-01",
                "2024-03-01T1a:00:00Z",
                "2024-03-01T10:00:00z",
                "2024-03-01T10:00:00ZZ"));
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      OffsetDateTime at =
          OffsetDateTime.ofInstant(
              Instant.ofEpochSecond(
                  random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000_000)),
              ZoneOffset.ofTotalSeconds((random.nextInt(-18 * 4, 18 * 4 + 1)) * 900));
      values.add(at.toString());
      values.add(at.toLocalDateTime().toString());
      values.add(at.toInstant().toString());
      values.add(at.toLocalDate().toString());
    }

    for (String value : values) {
      Fields.Booked expected;
      try {
        expected = formatterReading(value);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> Fields.booked("booked_at", value))
            .as(value)
            .isInstanceOf(RejectedField.class)
            .hasMessageContaining("is not an ISO 8601 date or date-time");
        continue;
      }
      assertThat(Fields.booked("booked_at", value)).as(value).isEqualTo(expected);
    }
  }

  @Test
  void datesAreWhatTheIsoFormatterMakesOfThem() {
    assertThat(Fields.date("value_date", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Fields.date("value_date", " 2024-03-01 ")).isEqualTo(LocalDate.of(2024, 3, 1));
    for (String bad :
        List.of("2023-02-29", "2024-00-10", "2024-3-1", "2024/03/01", "2024-03-01T00:00")) {
      assertThatThrownBy(() -> Fields.date("value_date", bad))
          .as(bad)
          .isInstanceOf(RejectedField.class)
          .hasMessageContaining("is not a date (yyyy-MM-dd)");
    }
  }

  /** How booking times were read before the shortcut: java.time's ISO formatters alone. */
  private static Fields.Booked formatterReading(String value) {
    if (value.length() == 10) {
      LocalDate date = LocalDate.parse(value);
      return new Fields.Booked(date.atStartOfDay(ZoneOffset.UTC).toInstant(), date);
    }
    int time = value.indexOf('T');
    String clock = time < 0 ? "" : value.substring(time);
    if (time >= 0
        && (clock.endsWith("Z") || clock.indexOf('+') > 0 || clock.lastIndexOf('-') > 0)) {
      OffsetDateTime at = OffsetDateTime.parse(value);
      return new Fields.Booked(at.toInstant(), at.toLocalDate());
    }
    LocalDateTime at = LocalDateTime.parse(value);
    return new Fields.Booked(at.toInstant(ZoneOffset.UTC), at.toLocalDate());
  }
}
