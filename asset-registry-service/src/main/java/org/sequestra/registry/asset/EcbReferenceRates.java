package org.sequestra.registry.asset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sequestra.platform.identifier.CurrencyCode;

/**
 * The euro foreign exchange reference rates as the ECB publishes them: the historical CSV ({@code
 * eurofxref-hist.csv}, also zipped as {@code eurofxref-hist.zip}) or the daily XML ({@code
 * eurofxref-daily.xml}). A file is read whole or not at all: anything malformed throws {@link
 * Malformed} naming the line, so an import never stores half a file. Currencies unknown to ISO 4217
 * are skipped and listed; a day without a rate for a currency ({@code N/A}) has no rate.
 *
 * @param rates every rate of the file
 * @param days the publication days the file covers
 * @param skippedCurrencies the codes that are not ISO 4217 currencies
 */
public record EcbReferenceRates(
    List<Rate> rates, SortedSet<LocalDate> days, SortedSet<String> skippedCurrencies) {

  /** A decompressed file larger than this is refused (the full history is a few MB). */
  static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

  /** Units of {@code currency} per 1 EUR on {@code day}. */
  public record Rate(LocalDate day, String currency, BigDecimal unitsPerEuro) {}

  /** The file is not an ECB reference-rate file; {@code where} says where it went wrong. */
  public static final class Malformed extends RuntimeException {
    private final String where;

    Malformed(String where, String reason) {
      super(reason);
      this.where = where;
    }

    public String where() {
      return where;
    }
  }

  public EcbReferenceRates {
    rates = List.copyOf(rates);
    days = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(days));
    skippedCurrencies =
        java.util.Collections.unmodifiableSortedSet(new TreeSet<>(skippedCurrencies));
  }

  /** The currencies (ISO 4217) the file has at least one rate for. */
  public SortedSet<String> currencies() {
    TreeSet<String> codes = new TreeSet<>();
    rates.forEach(r -> codes.add(r.currency()));
    return codes;
  }

  /** Reads a CSV, a ZIP holding one CSV or XML, or an XML file, told apart by their first bytes. */
  public static EcbReferenceRates read(byte[] file) {
    if (file == null || file.length == 0) {
      throw new Malformed("file", "is empty");
    }
    return readText(isZip(file) ? unzip(file) : file);
  }

  private static boolean isZip(byte[] file) {
    return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
  }

  /** A CSV or XML file; a ZIP inside the ZIP is refused rather than opened again and again. */
  private static EcbReferenceRates readText(byte[] file) {
    if (isZip(file)) {
      throw new Malformed("file", "is a ZIP archive inside a ZIP archive");
    }
    String text = decode(file);
    String start = text.stripLeading();
    if (start.startsWith("<")) {
      return readXml(file);
    }
    return readCsv(text);
  }

  private static byte[] unzip(byte[] zip) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (!entry.isDirectory() && (name.endsWith(".csv") || name.endsWith(".xml"))) {
          return readBounded(in, "zip entry " + entry.getName());
        }
      }
    } catch (ZipException e) {
      throw new Malformed("file", "is not a readable ZIP archive");
    } catch (IOException | IllegalArgumentException e) {
      throw new Malformed("file", "is not a readable ZIP archive");
    }
    throw new Malformed("file", "is a ZIP archive without a .csv or .xml file");
  }

  private static byte[] readBounded(InputStream in, String where) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > MAX_FILE_BYTES) {
        throw new Malformed(where, "is larger than " + MAX_FILE_BYTES + " bytes");
      }
      out.write(buffer, 0, n);
    }
    if (out.size() == 0) {
      throw new Malformed(where, "is empty");
    }
    return out.toByteArray();
  }

  private static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new Malformed("file", "is not UTF-8 text");
    }
  }

  // --- historical CSV: "Date,USD,JPY,...," then "2024-01-02,1.0956,155.76,...," ---

  static EcbReferenceRates readCsv(String text) {
    String[] lines = text.split("\r?\n|\r", -1);
    String[] header = lines[0].split(",", -1);
    if (!header[0].strip().equals("Date")) {
      throw new Malformed("line[1]", "is not the ECB header (Date,USD,JPY,...)");
    }
    List<String> columns = new ArrayList<>();
    for (int c = 1; c < header.length; c++) {
      String code = header[c].strip();
      if (code.isEmpty() && c == header.length - 1) {
        break; // the ECB ends every line with a comma
      }
      if (!code.matches("[A-Z]{3}")) {
        throw new Malformed("line[1]", "column " + (c + 1) + " is not a currency code");
      }
      if (columns.contains(code)) {
        throw new Malformed("line[1]", "names " + code + " twice");
      }
      columns.add(code);
    }
    List<Rate> rates = new ArrayList<>();
    TreeSet<LocalDate> days = new TreeSet<>();
    TreeSet<String> skipped = new TreeSet<>();
    for (String code : columns) {
      if (!CurrencyCode.isValid(code)) {
        skipped.add(code);
      }
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String where = "line[" + (i + 1) + "]";
      String[] cells = line.split(",", -1);
      int used = cells.length;
      if (used == columns.size() + 2 && cells[used - 1].isBlank()) {
        used--;
      }
      if (used != columns.size() + 1) {
        throw new Malformed(
            where, "has " + (used - 1) + " rates for " + columns.size() + " currencies");
      }
      LocalDate day = date(cells[0].strip(), where);
      if (!days.add(day)) {
        throw new Malformed(where, "repeats the day " + day);
      }
      for (int c = 0; c < columns.size(); c++) {
        String value = cells[c + 1].strip();
        if (value.isEmpty() || value.equals("N/A")) {
          continue; // no rate for that currency on that day (holiday, currency not yet quoted)
        }
        BigDecimal rate = rate(value, where + " " + columns.get(c));
        if (!skipped.contains(columns.get(c))) {
          rates.add(new Rate(day, columns.get(c), rate));
        }
      }
    }
    return new EcbReferenceRates(rates, days, skipped);
  }

  // --- daily XML: <gesmes:Envelope><Cube><Cube time="..."><Cube currency=".." rate=".."/> ---

  static EcbReferenceRates readXml(byte[] file) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    List<Rate> rates = new ArrayList<>();
    TreeSet<LocalDate> days = new TreeSet<>();
    TreeSet<String> skipped = new TreeSet<>();
    XMLStreamReader xml = null;
    String where = "line[1]";
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(file));
      LocalDate day = null;
      boolean envelope = false;
      while (xml.hasNext()) {
        int event = xml.next();
        where = "line[" + xml.getLocation().getLineNumber() + "]";
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        if (!envelope) {
          if (!name.equals("Envelope")) {
            throw new Malformed(where, "is not an ECB gesmes:Envelope but <" + name + ">");
          }
          envelope = true;
          continue;
        }
        if (!name.equals("Cube")) {
          continue; // subject, Sender: not needed
        }
        String time = xml.getAttributeValue(null, "time");
        String currency = xml.getAttributeValue(null, "currency");
        if (time != null) {
          day = date(time.strip(), where + " Cube@time");
          if (!days.add(day)) {
            throw new Malformed(where, "repeats the day " + day);
          }
        } else if (currency != null) {
          if (day == null) {
            throw new Malformed(where, "Cube@currency outside a Cube with a time");
          }
          String code = currency.strip();
          String value = xml.getAttributeValue(null, "rate");
          if (!code.matches("[A-Z]{3}")) {
            throw new Malformed(where + " Cube@currency", "is not a currency code");
          }
          if (value == null) {
            throw new Malformed(where + " Cube@rate", "is missing for " + code);
          }
          BigDecimal rate = rate(value.strip(), where + " Cube@rate");
          if (!CurrencyCode.isValid(code)) {
            skipped.add(code);
          } else {
            rates.add(new Rate(day, code, rate));
          }
        }
      }
      if (!envelope) {
        throw new Malformed("file", "has no ECB gesmes:Envelope");
      }
    } catch (XMLStreamException e) {
      String at = e.getLocation() == null ? where : "line[" + e.getLocation().getLineNumber() + "]";
      throw new Malformed(at, "is not well-formed XML");
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // nothing held open: the input is a byte array
        }
      }
    }
    return new EcbReferenceRates(rates, days, skipped);
  }

  private static LocalDate date(String value, String where) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Malformed(where, "is not a date (YYYY-MM-DD)");
    }
  }

  /** Units per euro: positive, at most 13 integer and 6 decimal digits (the column's size). */
  private static BigDecimal rate(String value, String where) {
    if (!value.matches("[0-9]{1,13}(\\.[0-9]{1,6})?")) {
      throw new Malformed(where, "is not a rate (digits with at most 6 decimals)");
    }
    BigDecimal rate = new BigDecimal(value);
    if (rate.signum() <= 0) {
      throw new Malformed(where, "is not a positive rate");
    }
    return rate;
  }
}
