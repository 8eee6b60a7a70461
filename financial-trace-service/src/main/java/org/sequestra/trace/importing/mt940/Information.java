package org.sequestra.trace.importing.mt940;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequestra.trace.importing.statement.AccountRef;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.Text;

/**
 * The {@code :86:} information to an MT940 statement line. German banks structure it (DFÜ
 * agreement, annex 3): a three-digit business transaction code (GVC), then sub-fields {@code ?00}
 * posting text, {@code ?10} primanota, {@code ?20–?29} and {@code ?60–?63} remittance information,
 * {@code ?30} the counterparty's BIC or bank code, {@code ?31} its IBAN or account number, {@code
 * ?32–?33} its name, {@code ?34} text key addition. Sub-fields hold at most 27 characters, so text
 * longer than that runs on into the next sub-field; SEPA keywords ({@code EREF+}, {@code SVWZ+},
 * ...) mark the parts of the remittance information.
 */
record Information(
    String code,
    String postingText,
    String remittance,
    String endToEndId,
    String counterpartyBank,
    String counterpartyAccount,
    String counterpartyName) {

  private static final Pattern STRUCTURED = Pattern.compile("(\\d{3})\\?(.*)", Pattern.DOTALL);
  private static final Pattern SUBFIELD = Pattern.compile("\\?(\\d{2})");
  private static final Pattern SEPA_KEYWORD =
      Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT|IBAN|BIC)\\+");
  private static final Pattern BANK_CODE = Pattern.compile("\\d{8}");
  private static final int SUBFIELD_LENGTH = 27;

  private static final Information NONE = new Information(null, null, null, null, null, null, null);

  static Information parse(List<String> lines) {
    if (lines == null || lines.isEmpty()) {
      return NONE;
    }
    // Structured fields were wrapped at 65 characters, anywhere: the lines join without a gap.
    Matcher structured = STRUCTURED.matcher(String.join("", lines));
    if (!structured.matches()) {
      return new Information(
          null, null, Text.clean(String.join(" ", lines)), null, null, null, null);
    }
    String code = structured.group(1);
    List<String[]> subfields = subfields("?" + structured.group(2));
    RunOnText remittance = new RunOnText('\n');
    RunOnText name = new RunOnText(' ');
    String postingText = null;
    String bank = null;
    String account = null;
    for (String[] subfield : subfields) {
      int number = Integer.parseInt(subfield[0]);
      String value = subfield[1];
      if (number == 0) {
        postingText = Text.clean(value);
      } else if ((number >= 20 && number <= 29) || (number >= 60 && number <= 63)) {
        remittance.add(value);
      } else if (number == 30) {
        bank = Text.clean(value);
      } else if (number == 31) {
        account = Text.clean(value);
      } else if (number == 32 || number == 33) {
        name.add(value);
      }
    }
    String text = remittance.toString();
    return new Information(
        code,
        postingText,
        Text.clean(text.replace('\n', ' ')),
        keyword(text, "EREF"),
        bank,
        account,
        Text.clean(name.toString()));
  }

  /** The other side's account and bank, as far as the sub-fields name them. */
  void counterparty(StatementLine.Builder builder) {
    String bic =
        counterpartyBank != null && !BANK_CODE.matcher(counterpartyBank).matches()
            ? counterpartyBank
            : null;
    String number = counterpartyAccount;
    if (number != null
        && bic == null
        && counterpartyBank != null
        && Character.isDigit(number.charAt(0))) {
      // A German bank code and account number: written like the :25: field.
      number = counterpartyBank + "/" + number;
    }
    builder.counterparty(
        AccountRef.bank("counterparty", number, false, bic, null, counterpartyName),
        counterpartyName,
        bic);
  }

  private static List<String[]> subfields(String text) {
    List<String[]> subfields = new ArrayList<>(12);
    Matcher marker = SUBFIELD.matcher(text);
    String number = null;
    int from = 0;
    while (marker.find()) {
      if (number != null) {
        subfields.add(new String[] {number, text.substring(from, marker.start())});
      }
      number = marker.group(1);
      from = marker.end();
    }
    if (number != null) {
      subfields.add(new String[] {number, text.substring(from)});
    }
    return subfields;
  }

  /**
   * Text spread over sub-fields. A full sub-field (27 characters) runs on into the next without a
   * gap; after a shorter one the text had ended, marked by the separator.
   */
  private static final class RunOnText {

    private final StringBuilder text = new StringBuilder();
    private final char separator;
    private int lastLength = SUBFIELD_LENGTH;

    RunOnText(char separator) {
      this.separator = separator;
    }

    void add(String value) {
      if (!text.isEmpty() && lastLength < SUBFIELD_LENGTH) {
        text.append(separator);
      }
      text.append(value);
      lastLength = value.length();
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** The value after a SEPA keyword, up to the next keyword or the end of its text. */
  private static String keyword(String text, String keyword) {
    int at = text.indexOf(keyword + "+");
    if (at < 0) {
      return null;
    }
    int from = at + keyword.length() + 1;
    int to = text.indexOf('\n', from);
    if (to < 0) {
      to = text.length();
    }
    Matcher next = SEPA_KEYWORD.matcher(text).region(from, to);
    if (next.find()) {
      to = next.start();
    }
    return Text.clean(text.substring(from, to));
  }
}
