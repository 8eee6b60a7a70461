package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.importing.camt053.Camt053Parser;
import org.sequestra.trace.importing.mt940.Mt940Parser;
import org.sequestra.trace.importing.statement.Collected;
import org.sequestra.trace.importing.statement.OpeningBalance;

/** Opening balances the parsers read for traces: camt.053 OPBD, MT940 :60F:/:60M:. */
class OpeningBalanceParsingTest {

  @Test
  void camt053GivesItsOpbdBalancesAndNotItsClosingOnes() {
    Collected result =
        Collected.parse(new Camt053Parser(), "camt053_v02_multi_statement_genkgo.xml");

    assertThat(result.openingBalances).hasSize(2);
    OpeningBalance first = result.openingBalances.getFirst();
    assertThat(first.source()).isEqualTo("CAMT053_OPBD");
    assertThat(first.currency()).isEqualTo("EUR");
    assertThat(first.amount()).isEqualByComparingTo("18.15");
    assertThat(first.lineNumber()).isEqualTo(42);
    assertThat(first.account().identifier())
        .isEqualTo(result.lines.getFirst().account().identifier());
  }

  @Test
  void camt053DebitBalanceIsNegativeAndADateTimeGivesItsDate() {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt><Stmt>
            <Acct><Id><IBAN>NL26VAYB8060476890</IBAN></Id></Acct>
            <Bal>
              <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
              <Amt Ccy="EUR">250.50</Amt>
              <CdtDbtInd>DBIT</CdtDbtInd>
              <Dt><DtTm>2024-04-01T00:00:00+02:00</DtTm></Dt>
            </Bal>
            <Bal>
              <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
              <Amt Ccy="EUR">10.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd>
              <Dt><Dt>2024-04-01</Dt></Dt>
            </Bal>
            <Bal>
              <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
              <Amt Ccy="EUR">not a number</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd>
              <Dt><Dt>2024-04-02</Dt></Dt>
            </Bal>
          </Stmt></BkToCstmrStmt>
        </Document>
        """;
    Collected result = Collected.parseText(new Camt053Parser(), xml);

    assertThat(result.openingBalances)
        .singleElement()
        .satisfies(
            balance -> {
              assertThat(balance.amount()).isEqualByComparingTo("-250.50");
              assertThat(balance.date()).isEqualTo(LocalDate.of(2024, 4, 1));
              assertThat(balance.account().identifier()).isEqualTo("NL26VAYB8060476890");
            });
    assertThat(result.rejections).isEmpty();
  }

  @Test
  void mt940GivesItsOpeningBalancesSigned() {
    Collected result =
        Collected.parse(new Mt940Parser(StandardCharsets.ISO_8859_1), "mt940_sepa_betterplace.sta");

    // 20 statements open with :60F:, 6 continue with :60M:.
    assertThat(result.openingBalances).hasSize(26);
    assertThat(result.openingBalances)
        .filteredOn(balance -> balance.source().equals("MT940_60M"))
        .hasSize(6);
    OpeningBalance first = result.openingBalances.getFirst();
    assertThat(first.source()).isEqualTo("MT940_60F");
    assertThat(first.date()).isEqualTo(LocalDate.of(2007, 9, 3));
    assertThat(first.amount()).isEqualByComparingTo(new BigDecimal("-1234718.36"));
    assertThat(first.account()).isEqualTo(result.lines.getFirst().account());
    assertThat(result.openingBalances.get(3).amount()).isEqualByComparingTo("3192675.04");
  }

  @Test
  void mt940IntermediateOpeningBalanceCounts() {
    String mt940 =
        """
        :20:STMT1
        :25:NL91ABNA0417164300
        :28C:1/2
        :60M:C240101EUR100,5
        :61:2401020102C10,00NTRFNONREF//B1
        :62M:C240102EUR110,50
        -
        """;
    Collected result = Collected.parseText(new Mt940Parser(StandardCharsets.UTF_8), mt940);

    assertThat(result.openingBalances)
        .singleElement()
        .satisfies(
            balance -> {
              assertThat(balance.source()).isEqualTo("MT940_60M");
              assertThat(balance.amount()).isEqualByComparingTo("100.50");
              assertThat(balance.lineNumber()).isEqualTo(4);
            });
    assertThat(result.lines).hasSize(1);
  }
}
