package org.sequestra.trace.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sequestra.trace.importing.camt053.Camt053Parser;
import org.sequestra.trace.importing.csv.AmlSimParser;
import org.sequestra.trace.importing.csv.PaySimParser;
import org.sequestra.trace.importing.csv.TransactionCsvParser;
import org.sequestra.trace.importing.mt940.Mt940Parser;
import org.sequestra.trace.importing.statement.Collected;
import org.sequestra.trace.importing.statement.StatementLine;

/**
 * The platform's text rule in statement files: a record holding a C0 control other than tab, line
 * feed or carriage return is rejected with its line number, like any other bad record, and the rest
 * of the file is imported.
 */
class ControlCharacterImportTest {

  private static final String REASON =
      "contains the control character U+000B at position 4 (only tab, line feed and carriage"
          + " return are allowed)";

  @Test
  void aCsvLineWithAControlCharacterIsRejectedNamingItsColumn() {
    Collected result =
        Collected.parseText(
            new TransactionCsvParser(UTF_8),
            "account,amount,currency,booked_at,account_holder,remittance_info\n"
                + "NL91ABNA0417164300,10.00,EUR,2024-01-02,Ann\u000B Smit,rent\n"
                + "NL91ABNA0417164300,11.00,EUR,2024-01-02,Ann Smit,\"two\tcolumns\r\nand lines\"\n"
                + "NL91ABNA0417164300,12.00,EUR,2024-01-02,Ann Smit,nul\u0000\n");

    assertThat(result.lines)
        .singleElement()
        .extracting(StatementLine::remittanceInfo)
        .isEqualTo("two\tcolumns\nand lines");
    assertThat(result.rejections)
        .containsExactly(
            new Collected.Rejection(2, "account_holder", REASON),
            new Collected.Rejection(
                5,
                "remittance_info",
                "contains the control character U+0000 at position 4 (only tab, line feed and"
                    + " carriage return are allowed)"));
  }

  @Test
  void aControlCharacterInAColumnNoTransactionUsesStillRejectsTheLine() {
    Collected paySim =
        Collected.parseText(
            new PaySimParser(UTF_8, "XXX"),
            "step,type,amount,nameOrig,oldbalanceOrg,newbalanceOrig,nameDest,oldbalanceDest,"
                + "newbalanceDest,isFraud,isFlaggedFraud\n"
                + "1,TRANSFER,10,C1,0,0,C2,0,0,0,0\n"
                + "1,TRANSFER,10,C1,0,0,C2,0,0,0,0\u001B\n");
    assertThat(paySim.lines).hasSize(1);
    assertThat(paySim.rejections)
        .singleElement()
        .satisfies(
            rejected -> {
              assertThat(rejected.line()).isEqualTo(3);
              assertThat(rejected.field()).isEqualTo("isFlaggedFraud");
            });

    Collected amlSim =
        Collected.parseText(
            new AmlSimParser(UTF_8, "XXX"),
            "sourceNodeId,targetNodeId,value,time\n1\u00072,3,10.0,1\n");
    assertThat(amlSim.lines).isEmpty();
    assertThat(amlSim.rejections).extracting(Collected.Rejection::line).containsExactly(2L);
  }

  @Test
  void anMt940StatementLineWithAControlCharacterInItsInformationIsRejected() {
    Collected result =
        Collected.parseText(
            new Mt940Parser(UTF_8),
            """
            :20:STMT1
            :25:NL91ABNA0417164300
            :28C:1/1
            :60F:C240101EUR100,00
            :61:2401020102C10,00NTRFNONREF//B1
            :86:pay\u000Bment one
            :61:2401020102C11,00NTRFNONREF//B2
            :86:payment two
            :62F:C240103EUR121,00
            -
            """);

    assertThat(result.lines).extracting(StatementLine::bankReference).containsExactly("B2");
    assertThat(result.rejections)
        .containsExactly(new Collected.Rejection(5, "remittance information", REASON));
  }

  @Test
  void aCamt053EntryWithAControlCharacterReferenceIsRejected() {
    // XML 1.1 can carry U+000B as a character reference; XML 1.0 cannot carry it at all.
    Collected result =
        Collected.parseText(
            new Camt053Parser(),
            """
            <?xml version="1.1" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
              <BkToCstmrStmt><Stmt>
                <Acct><Id><IBAN>NL26VAYB8060476890</IBAN></Id></Acct>
                <Ntry>
                  <Amt Ccy="EUR">10.00</Amt>
                  <CdtDbtInd>CRDT</CdtDbtInd>
                  <BookgDt><Dt>2024-01-02</Dt></BookgDt>
                  <AddtlNtryInf>Ren&#x0B;t</AddtlNtryInf>
                </Ntry>
                <Ntry>
                  <Amt Ccy="EUR">12.00</Amt>
                  <CdtDbtInd>CRDT</CdtDbtInd>
                  <BookgDt><Dt>2024-01-02</Dt></BookgDt>
                </Ntry>
              </Stmt></BkToCstmrStmt>
            </Document>
            """);

    assertThat(result.lines).extracting(StatementLine::amount).hasSize(1);
    assertThat(result.rejections)
        .extracting(Collected.Rejection::line, Collected.Rejection::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "remittance information"));
  }
}
