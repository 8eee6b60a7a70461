package org.sequestra.trace.importing.csv;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.importing.statement.AccountKind;
import org.sequestra.trace.importing.statement.Collected;
import org.sequestra.trace.importing.statement.Direction;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.UnreadableFileException;

class CsvParsersTest {

  @Test
  void amlSimTransfersAreDebitsOfTheSourceOnTheirSimulationDay() throws IOException {
    Collected result =
        Collected.parse(
            new AmlSimParser(UTF_8, "XXX"), "amlsim_20k_fanin200cycle200_transactions.csv");

    assertThat(result.rejections).isEmpty();
    assertThat(result.lines).hasSize(120_558);
    StatementLine first = result.lines.getFirst();
    assertThat(first.lineNumber()).isEqualTo(2);
    assertThat(first.account().identifier()).isEqualTo("216");
    assertThat(first.account().kind()).isEqualTo(AccountKind.ACCOUNT_NUMBER);
    assertThat(first.counterparty().identifier()).isEqualTo("14730");
    assertThat(first.direction()).isEqualTo(Direction.DEBIT);
    assertThat(first.amount()).isEqualByComparingTo("163.3");
    assertThat(first.currency()).isEqualTo("XXX");
    assertThat(first.bookedAt()).isEqualTo(Instant.parse("2017-01-02T00:00:00Z"));
    try (InputStream in =
        getClass().getResourceAsStream("/samples/amlsim_20k_fanin200cycle200_transactions.csv")) {
      assertThat(CsvRecords.count(in)).isEqualTo(120_558);
    }
  }

  @Test
  void paySimReadsExponentNumbersAndCashInIsACredit() {
    Collected result = Collected.parse(new PaySimParser(UTF_8, "XXX"), "paysim_head_795rows.csv");

    assertThat(result.rejections).isEmpty();
    assertThat(result.lines).hasSize(795);
    assertThat(result.lines.stream().filter(line -> "CASH_IN".equals(line.transactionCode())))
        .hasSize(179)
        .allSatisfy(line -> assertThat(line.direction()).isEqualTo(Direction.CREDIT));
    StatementLine exponent =
        result.lines.stream()
            .filter(line -> line.account().identifier().equals("C1449772539"))
            .findFirst()
            .orElseThrow();
    assertThat(exponent.amount()).isEqualByComparingTo("379856.23");
    assertThat(exponent.counterparty().identifier()).isEqualTo("C1590550415");
    assertThat(exponent.bookedAt()).isEqualTo(Instant.parse("2017-01-01T01:00:00Z"));

    Collected bad =
        Collected.parseText(
            new PaySimParser(UTF_8, "XXX"),
            String.join(",", PaySimParser.HEADER)
                + "\n1,TRANSFER,1.5E3,C1,0,0,C2,0,1.916920493E7,0,0"
                + "\n1,TRANSFER,10,C1,0,0,C2,0,lots,0,0\n");
    assertThat(bad.lines).singleElement().extracting(StatementLine::amount).hasToString("1500");
    assertThat(bad.rejections)
        .containsExactly(
            new Collected.Rejection(3, "newbalanceDest", "is not a decimal number: 'lots'"));
  }

  @Test
  void cryptoTransfersRecogniseTheirChainAndFlagBadChecksums() {
    Collected result =
        Collected.parse(new CryptoCsvParser(UTF_8), "crypto_transfers_handwritten.csv");

    assertThat(result.lines).hasSize(4);
    assertThat(result.lines)
        .extracting(line -> line.account().chain())
        .containsExactly("ETHEREUM", "ETHEREUM", "ETHEREUM", "BITCOIN");
    assertThat(result.lines)
        .extracting(line -> line.account().kind())
        .containsOnly(AccountKind.CRYPTO_ADDRESS);
    assertThat(result.lines.get(1).amount()).hasToString("12.000000000000000001");
    assertThat(result.lines.get(1).bookedAt()).isEqualTo(Instant.ofEpochSecond(1706784300));
    assertThat(result.lines.get(2).currency()).isEqualTo("USDT");
    assertThat(result.lines.get(2).bookedAt()).isEqualTo(Instant.parse("2024-02-01T10:00:00Z"));
    assertThat(result.lines.get(2).flags())
        .containsExactly(
            "counterparty ETHEREUM address 0x52908400098527886E0F7030069857D2E4169Ee7:"
                + " Ethereum address EIP-55 checksum invalid");
    assertThat(result.lines.get(3).bankReference())
        .isEqualTo("f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16");
    assertThat(result.rejections)
        .containsExactly(new Collected.Rejection(6, "amount", "is missing"));
  }

  @Test
  void ourCsvRejectsBadLinesWithLineFieldAndReasonAndImportsTheRest() {
    String csv =
        """
        account;counterparty_account;counterparty_name;amount;currency;booked_at;remittance_info
        NL91ABNA0417164300;DE89370400440532013000;"Kranz; Autovermietung";-1500.00;EUR;2024-03-01;rent
        NL91ABNA0417164300;CH1111111111111111111;Somebody;200;EUR;2024-03-02T10:00:00+01:00;"two
        lines"
        NL91ABNA0417164300;;;;EUR;2024-03-03;missing amount

        NL91ABNA0417164300;;;12.50;EUR;2024-02-30;bad date
        NL91ABNA0417164300;;;12.50;EURO;2024-03-04;bad currency
        NL91ABNA0417164300;;;12.50;EUR;2024-03-04
        """;
    Collected result = Collected.parseText(new TransactionCsvParser(UTF_8), csv);

    assertThat(result.lines).hasSize(2);
    StatementLine rent = result.lines.getFirst();
    assertThat(rent.direction()).isEqualTo(Direction.DEBIT);
    assertThat(rent.amount()).hasToString("1500.00");
    assertThat(rent.counterpartyName()).isEqualTo("Kranz; Autovermietung");
    StatementLine second = result.lines.get(1);
    assertThat(second.direction()).isEqualTo(Direction.CREDIT);
    assertThat(second.amount()).hasToString("200.00");
    assertThat(second.remittanceInfo()).isEqualTo("two\nlines");
    assertThat(second.bookingDate()).hasToString("2024-03-02");
    assertThat(second.flags())
        .containsExactly("counterparty IBAN CH1111111111111111111: IBAN check digits invalid");
    assertThat(result.rejections)
        .containsExactly(
            new Collected.Rejection(5, "amount", "is missing"),
            new Collected.Rejection(
                7, "booked_at", "is not an ISO 8601 date or date-time: '2024-02-30'"),
            new Collected.Rejection(8, "currency", "currency code must be 3 letters (ISO 4217)"),
            new Collected.Rejection(9, "line", "has 6 fields where the header has 7"));
  }

  @Test
  void headersThatDoNotFitFailTheFile() {
    assertThatThrownBy(
            () -> Collected.parse(new AmlSimParser(UTF_8, "XXX"), "paysim_head_795rows.csv"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("This is not an AMLSim transaction list: its header must be");
    assertThatThrownBy(
            () ->
                Collected.parseText(
                    new TransactionCsvParser(UTF_8), "account,amount,currency,when\n"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("unknown column 'when'");
    assertThatThrownBy(
            () -> Collected.parseText(new TransactionCsvParser(UTF_8), "account,amount,currency\n"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("lacks the column 'booked_at'");
    assertThatThrownBy(() -> Collected.parseText(new CryptoCsvParser(UTF_8), ""))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("The file is empty: a header line was expected.");
  }

  @Test
  void textThatIsNotUtf8FailsWithItsLine() {
    byte[] latin1 =
        "account,amount,currency,booked_at\nDE89370400440532013000,1,EUR,2024-01-01\nMüller,1,EUR,2024-01-01\n"
            .getBytes(ISO_8859_1);
    assertThatThrownBy(
            () ->
                Collected.parse(new TransactionCsvParser(UTF_8), new ByteArrayInputStream(latin1)))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "The file is not valid UTF-8 text: line 3 holds bytes that are not UTF-8. Give the"
                + " file's encoding in the charset parameter.");
    // Told the right charset, the same file imports.
    Collected result =
        Collected.parse(new TransactionCsvParser(ISO_8859_1), new ByteArrayInputStream(latin1));
    assertThat(result.lines)
        .extracting(line -> line.account().identifier())
        .containsExactly("DE89370400440532013000", "Müller");
  }
}
