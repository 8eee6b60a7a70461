package org.sequestra.registry.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.asset.EcbReferenceRates.Malformed;
import org.sequestra.registry.asset.EcbReferenceRates.Rate;

class EcbReferenceRatesTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in =
        EcbReferenceRatesTest.class.getResourceAsStream("/reference-rates/" + name)) {
      return in.readAllBytes();
    }
  }

  static byte[] zip(String entryName, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entryName));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static Rate rate(String day, String currency, String value) {
    return new Rate(LocalDate.parse(day), currency, new BigDecimal(value));
  }

  @Test
  void theHistoricalCsvGivesOneRatePerDayAndCurrencyAndNoneOnAHoliday() throws IOException {
    EcbReferenceRates file = EcbReferenceRates.read(resource("eurofxref-hist-holiday.csv"));

    assertThat(file.days())
        .containsExactly(
            LocalDate.parse("2019-03-04"),
            LocalDate.parse("2019-03-05"),
            LocalDate.parse("2019-03-06"));
    // 2019-03-05 is all N/A (no publication); NOK is N/A on 2019-03-06: no rate, nothing invented
    assertThat(file.rates())
        .containsExactlyInAnyOrder(
            rate("2019-03-06", "SEK", "10.6000"),
            rate("2019-03-04", "SEK", "10.5500"),
            rate("2019-03-04", "NOK", "9.7500"));
    assertThat(file.rates()).noneMatch(r -> r.day().equals(LocalDate.parse("2019-03-05")));
  }

  @Test
  void aCurrencyUnknownToIso4217IsSkippedAndListed() throws IOException {
    EcbReferenceRates csv = EcbReferenceRates.read(resource("eurofxref-hist-holiday.csv"));
    assertThat(csv.skippedCurrencies()).containsExactly("XYZ");
    assertThat(csv.currencies()).containsExactly("NOK", "SEK");

    EcbReferenceRates xml = EcbReferenceRates.read(resource("eurofxref-daily-test.xml"));
    assertThat(xml.skippedCurrencies()).containsExactly("XYZ");
    assertThat(xml.rates()).noneMatch(r -> r.currency().equals("XYZ"));
  }

  @Test
  void theDailyXmlGivesTheRatesOfItsDay() throws IOException {
    EcbReferenceRates file = EcbReferenceRates.read(resource("eurofxref-daily-test.xml"));

    assertThat(file.days()).containsExactly(LocalDate.parse("2019-03-04"));
    assertThat(file.rates())
        .containsExactly(rate("2019-03-04", "SEK", "10.5000"), rate("2019-03-04", "NOK", "9.7000"));
  }

  @Test
  void theZippedHistoryReadsLikeTheCsvInside() throws IOException {
    byte[] csv = resource("eurofxref-hist-holiday.csv");
    assertThat(EcbReferenceRates.read(zip("eurofxref-hist.csv", csv)))
        .isEqualTo(EcbReferenceRates.read(csv));
  }

  @Test
  void theTestRatesTheApiTestsLoadAreReadFromTheSameFormat() throws IOException {
    EcbReferenceRates file = EcbReferenceRates.read(resource("eurofxref-hist-test.csv"));
    assertThat(file.days()).hasSize(4);
    assertThat(file.rates()).hasSize(15).contains(rate("2024-01-02", "USD", "1.0956"));
  }

  private static void malformed(String content, String where) {
    assertThatThrownBy(() -> EcbReferenceRates.read(content.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(Malformed.class)
        .satisfies(e -> assertThat(((Malformed) e).where()).isEqualTo(where));
  }

  @Test
  void aMalformedFileIsRejectedWithTheLineAndNothingOfIt() {
    malformed("Date,USD,\n2024-01-02,1.0956,\n2024-01-03,abc,\n", "line[3] USD");
    malformed("Date,USD,\n2024-01-02,1.0956,\n2024-13-03,1.1,\n", "line[3]");
    malformed("Date,USD,\n2024-01-02,1.0956,2.0,3.0\n", "line[2]");
    malformed("Date,USD,\n2024-01-02,-1.0956,\n", "line[2] USD");
    malformed("Datum;USD\n", "line[1]");
    malformed("Date,USD,USD,\n2024-01-02,1.0956,1.1,\n", "line[1]");
    malformed("hello world", "line[1]");
    malformed("<html><body/></html>", "line[1]");
    malformed(
        "<gesmes:Envelope xmlns:gesmes=\"g\">\n<Cube>\n<Cube time=\"2024-01-02\">\n"
            + "<Cube currency=\"USD\" rate=\"x\"/>\n</Cube></Cube></gesmes:Envelope>",
        "line[4] Cube@rate");
    malformed("<gesmes:Envelope xmlns:gesmes=\"g\">\n<Cube>\n<Cube time=", "line[3]");
    assertThatThrownBy(() -> EcbReferenceRates.read(new byte[] {'P', 'K', 3, 4, 1, 2}))
        .isInstanceOf(Malformed.class);
    assertThatThrownBy(() -> EcbReferenceRates.read(new byte[0])).isInstanceOf(Malformed.class);
  }

  @Test
  void aZipInsideTheZipIsRefused() throws IOException {
    byte[] inner = zip("eurofxref-hist.csv", resource("eurofxref-hist-holiday.csv"));
    assertThatThrownBy(() -> EcbReferenceRates.read(zip("eurofxref-hist.csv", inner)))
        .isInstanceOf(Malformed.class)
        .hasMessageContaining("inside a ZIP");
  }

  @Test
  void anXmlFileCannotReachOutThroughEntities() {
    malformed(
        "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<gesmes:Envelope xmlns:gesmes=\"g\"><Cube><Cube time=\"2024-01-02\">"
            + "<Cube currency=\"USD\" rate=\"&x;\"/></Cube></Cube></gesmes:Envelope>",
        "line[1]");
  }
}
