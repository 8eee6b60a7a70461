package org.sequestra.trace.importing.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.importing.statement.AccountKind;
import org.sequestra.trace.importing.statement.Collected;
import org.sequestra.trace.importing.statement.Direction;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.UnreadableFileException;

class Mt940ParserTest {

  private final Mt940Parser parser = new Mt940Parser(StandardCharsets.UTF_8);

  @Test
  void everyStatementLineOfTheGermanSampleIsATransaction() {
    Collected result = Collected.parse(parser, "mt940_sepa_betterplace.sta");

    assertThat(result.rejections).isEmpty();
    assertThat(result.lines).hasSize(97);
    assertThat(result.lines).allSatisfy(line -> assertThat(line.currency()).isEqualTo("EUR"));
    assertThat(result.lines.stream().filter(line -> line.direction() == Direction.CREDIT))
        .hasSize(41);
  }

  @Test
  void structuredInformationGivesRemittanceEndToEndIdAndCounterparty() {
    Collected result = Collected.parse(parser, "mt940_sepa_betterplace.sta");

    StatementLine line =
        result.lines.stream().filter(l -> l.lineNumber() == 30).findFirst().orElseThrow();
    assertThat(line.account().identifier()).isEqualTo("50880050/0194777100888");
    assertThat(line.account().kind()).isEqualTo(AccountKind.ACCOUNT_NUMBER);
    assertThat(line.direction()).isEqualTo(Direction.CREDIT);
    assertThat(line.amount()).isEqualByComparingTo("15000.05");
    assertThat(line.valueDate()).isEqualTo(LocalDate.of(2007, 9, 4));
    assertThat(line.bookingDate()).isEqualTo(LocalDate.of(2007, 9, 4));
    assertThat(line.bankReference()).isEqualTo("0724710290621954");
    assertThat(line.transactionCode()).isEqualTo("NTRF/166 GUTSCHRIFT");
    // ?20 is full (27 characters), so the end-to-end id runs on into ?21.
    assertThat(line.endToEndId()).isEqualTo("EndToEndIdTFNR2000400001");
    assertThat(line.remittanceInfo())
        .startsWith("EREF+EndToEndIdTFNR2000400001 SVWZ+TO 13 TFNr 20004 Eingangskanal Mint");
    assertThat(line.counterpartyBic()).isEqualTo("PBNKDEFF100");
    assertThat(line.counterparty().kind()).isEqualTo(AccountKind.IBAN);
    assertThat(line.counterparty().identifier()).isEqualTo("DE42100100100043921105");
    assertThat(line.counterpartyName())
        .isEqualTo("Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx");
    assertThat(line.flags()).isEmpty();
  }

  @Test
  void aReversedCreditIsMoneyLeaving() {
    Collected result = Collected.parse(parser, "mt940_sepa_betterplace.sta");

    StatementLine storno =
        result.lines.stream().filter(l -> l.lineNumber() == 19).findFirst().orElseThrow();
    assertThat(storno.direction()).isEqualTo(Direction.DEBIT);
    assertThat(storno.amount()).isEqualByComparingTo("204.88");
    assertThat(storno.bankReference()).isNull();
    assertThat(storno.transactionCode()).isEqualTo("NRTI/079 SAMMLER/STORNO");
    assertThat(storno.remittanceInfo()).isEqualTo("0904059003");
  }

  @Test
  void badStatementLinesAreRejectedAndTheRestImported() {
    String mt940 =
        """
        :20:STMT1
        :25:NL91ABNA0417164300
        :28C:1/1
        :60F:C240101EUR100,00
        :61:2401020102C10,00NTRFNONREF//B1
        :86:payment one
        :61:2413020102C11,00NTRFNONREF//B2
        :61:2401020102C12.00NTRFNONREF//B3
        :61:2401030103D5,NMSCNONREF//B4
        :86:166?00GUTSCHRIFT?20SVWZ+rent?31CH1111111111111111111?32Somebody
        :62F:C240103EUR105,00
        -
        """;
    Collected result = Collected.parseText(parser, mt940);

    assertThat(result.lines).extracting(StatementLine::bankReference).containsExactly("B1", "B4");
    assertThat(result.lines.getFirst().account().kind()).isEqualTo(AccountKind.IBAN);
    assertThat(result.lines.getFirst().remittanceInfo()).isEqualTo("payment one");
    assertThat(result.lines.get(1).flags())
        .containsExactly("counterparty IBAN CH1111111111111111111: IBAN check digits invalid");
    assertThat(result.rejections)
        .containsExactly(
            new Collected.Rejection(7, ":61: value date", "is not a date (YYMMDD): '241302'"),
            new Collected.Rejection(
                8, ":61:", "is not a valid statement line: '2401020102C12.00NTRFNONREF//B3'"));
  }

  @Test
  void otherFilesFailWithAClearReason() {
    assertThatThrownBy(() -> Collected.parse(parser, "paysim_head_795rows.csv"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("This is not an MT940 statement");
    assertThatThrownBy(() -> Collected.parse(parser, "camt053_v02_multi_statement_genkgo.xml"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("This is not an MT940 statement");
  }
}
