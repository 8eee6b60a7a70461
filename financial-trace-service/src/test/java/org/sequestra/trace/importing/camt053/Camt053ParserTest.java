package org.sequestra.trace.importing.camt053;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sequestra.trace.importing.statement.AccountKind;
import org.sequestra.trace.importing.statement.Collected;
import org.sequestra.trace.importing.statement.Direction;
import org.sequestra.trace.importing.statement.StatementLine;
import org.sequestra.trace.importing.statement.UnreadableFileException;

class Camt053ParserTest {

  private final Camt053Parser parser = new Camt053Parser();

  @Test
  void version02WithSeveralStatementsAndOnlyTheCreditorNamed() {
    Collected result = Collected.parse(parser, "camt053_v02_multi_statement_genkgo.xml");

    assertThat(result.rejections).isEmpty();
    assertThat(result.lines).hasSize(2);
    StatementLine credit = result.lines.getFirst();
    assertThat(credit.account().identifier()).isEqualTo("NL26VAYB8060476890");
    assertThat(credit.account().kind()).isEqualTo(AccountKind.IBAN);
    assertThat(credit.direction()).isEqualTo(Direction.CREDIT);
    assertThat(credit.amount()).isEqualByComparingTo("8.85");
    assertThat(credit.currency()).isEqualTo("EUR");
    assertThat(credit.bookingDate()).isEqualTo(LocalDate.of(2014, 12, 31));
    assertThat(credit.valueDate()).isEqualTo(LocalDate.of(2015, 1, 2));
    // The bank names only the creditor, which is not the statement's account: the other side.
    assertThat(credit.counterparty().identifier()).isEqualTo("NL56AGDH9619008421");
    assertThat(credit.counterpartyName()).isEqualTo("Company Name 1");
    assertThat(credit.endToEndId()).isEqualTo("000000001");
    assertThat(credit.remittanceInfo()).isEqualTo("Transaction Description 1");
    assertThat(credit.bankReference()).isNull();
    assertThat(result.lines.get(1).direction()).isEqualTo(Direction.DEBIT);
    assertThat(result.lines.get(1).amount()).isEqualByComparingTo("7.00");
  }

  @Test
  void isoBusinessSampleWithOtherAccountIdAndBatchWithoutDetails() {
    Collected result = Collected.parse(parser, "camt053_v04_iso20022_business_sample.xml");

    assertThat(result.rejections).isEmpty();
    assertThat(result.lines).hasSize(3);
    StatementLine mueller = result.lines.getFirst();
    assertThat(mueller.account().kind()).isEqualTo(AccountKind.ACCOUNT_NUMBER);
    assertThat(mueller.account().identifier()).isEqualTo("50000000054910000003");
    assertThat(mueller.account().holderName()).isEqualTo("FINPETROL");
    assertThat(mueller.account().bankName()).isEqualTo("AAAA BANKEN");
    // One detail: the entry's booked amount counts, not the detail's (zero) one.
    assertThat(mueller.amount()).isEqualByComparingTo("105678.50");
    assertThat(mueller.currency()).isEqualTo("SEK");
    assertThat(mueller.counterpartyName()).isEqualTo("MUELLER");
    assertThat(mueller.counterparty()).isNull();
    assertThat(mueller.endToEndId()).isEqualTo("MUELL/FINP/RA12345");
    assertThat(mueller.bankReference()).isEqualTo("AAAASESS-FP-CN_98765/01");
    assertThat(mueller.bookedAt()).isEqualTo(Instant.parse("2010-10-18T12:15:00Z"));
    assertThat(mueller.transactionCode()).isEqualTo("PAYM/0001/0005");

    StatementLine batch = result.lines.get(1);
    assertThat(batch.direction()).isEqualTo(Direction.DEBIT);
    assertThat(batch.amount()).isEqualByComparingTo("200000");
    assertThat(batch.batchReference()).isEqualTo("FINP-0055/001");
    assertThat(batch.counterparty()).isNull();

    // A detail in EUR under a SEK entry: the SEK amount booked on the account counts.
    assertThat(result.lines.get(2).amount()).isEqualByComparingTo("30000");
    assertThat(result.lines.get(2).currency()).isEqualTo("SEK");
  }

  @Test
  void postFinanceBatchesAreSplitAndInvalidIbansFlagged() {
    Collected result = Collected.parse(parser, "camt053_v04_postfinance_sample.xml");

    assertThat(result.rejections).isEmpty();
    assertThat(result.lines).hasSize(32);
    assertThat(result.flagged()).isEqualTo(8);
    assertThat(result.lines)
        .filteredOn(line -> !line.flags().isEmpty())
        .allSatisfy(
            line ->
                assertThat(line.flags())
                    .singleElement(STRING)
                    .matches("counterparty IBAN CH(1{19}|4{19}|0{19}): IBAN check digits invalid"));
    StatementLine bernasconi =
        result.lines.stream()
            .filter(line -> "160527CH00T3KXDV".equals(line.bankReference()))
            .findFirst()
            .orElseThrow();
    assertThat(bernasconi.amount()).isEqualByComparingTo("200.00");
    assertThat(bernasconi.counterpartyName()).isEqualTo("Bernasconi Maria");
    assertThat(bernasconi.counterparty().identifier()).isEqualTo("CH4444444444444444444");
    assertThat(bernasconi.bookingDate()).isEqualTo(LocalDate.of(2016, 5, 27));
    // Batch details add up to their entries: no "does not add up" flag anywhere.
    assertThat(result.lines)
        .flatMap(StatementLine::flags)
        .noneMatch(flag -> flag.startsWith("batch details"));
    assertThat(
            result.lines.stream()
                .map(StatementLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("3083.51");
  }

  @Test
  void version08NamesUnderPtyAndUnbookedEntriesRejected() {
    Collected result = Collected.parse(parser, "camt053_v08_handwritten.xml");

    assertThat(result.lines).hasSize(4);
    assertThat(result.lines).allSatisfy(line -> assertThat(line.flags()).isEmpty());
    StatementLine rental = result.lines.getFirst();
    assertThat(rental.account().identifier()).isEqualTo("DE89370400440532013000");
    assertThat(rental.account().bic()).isEqualTo("COBADEFFXXX");
    assertThat(rental.account().holderName()).isEqualTo("Autovermietung Kranz GmbH");
    assertThat(rental.counterpartyName()).isEqualTo("Jan de Vries");
    assertThat(rental.counterparty().identifier()).isEqualTo("NL91ABNA0417164300");
    assertThat(rental.counterpartyBic()).isEqualTo("ABNANL2A");
    assertThat(rental.remittanceInfo()).isEqualTo("Invoice 2024-0117 Porsche 911 rental");
    assertThat(rental.bookedAt()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
    assertThat(result.lines.get(1).counterpartyName()).isEqualTo("Harbour Trading Ltd");
    assertThat(result.lines.subList(2, 4))
        .extracting(
            StatementLine::amount, StatementLine::batchReference, StatementLine::bankReference)
        .containsExactly(
            tuple(new BigDecimal("1000.00"), "KRANZ-BATCH-7", "CBK-20240305-000003/1"),
            tuple(new BigDecimal("2000.00"), "KRANZ-BATCH-7", "CBK-20240305-000003/2"));
    assertThat(result.rejections)
        .singleElement()
        .satisfies(
            rejection -> {
              assertThat(rejection.field()).isEqualTo("Ntry/Sts");
              assertThat(rejection.reason())
                  .isEqualTo("is PDNG: only booked (BOOK) entries are imported");
              assertThat(rejection.line()).isEqualTo(164);
            });
  }

  @Test
  void badEntriesAreRejectedWithLineFieldAndReason() {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
          <BkToCstmrStmt><Stmt>
            <Acct><Id><IBAN>NL26VAYB8060476890</IBAN></Id></Acct>
            <Ntry>
              <CdtDbtInd>CRDT</CdtDbtInd>
              <BookgDt><Dt>2024-01-02</Dt></BookgDt>
            </Ntry>
            <Ntry>
              <Amt Ccy="EUR">10.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd>
              <BookgDt><Dt>2024-13-02</Dt></BookgDt>
            </Ntry>
            <Ntry>
              <Amt Ccy="EUR">12.00</Amt>
              <CdtDbtInd>CRDT</CdtDbtInd>
              <BookgDt><Dt>2024-01-02</Dt></BookgDt>
            </Ntry>
          </Stmt></BkToCstmrStmt>
        </Document>
        """;
    Collected result = Collected.parseText(parser, xml);

    assertThat(result.lines)
        .singleElement()
        .extracting(StatementLine::amount)
        .isEqualTo(new BigDecimal("12.00"));
    assertThat(result.rejections)
        .containsExactly(
            new Collected.Rejection(5, "Ntry/Amt", "is missing"),
            new Collected.Rejection(
                9, "Ntry/BookgDt/Dt", "is not an ISO 8601 date or date-time: '2024-13-02'"));
  }

  @Test
  void brokenXmlFailsTheFile() {
    String broken =
        "<?xml version=\"1.0\"?>\n"
            + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
            + "<BkToCstmrStmt><Stmt></BkToCstmrStmt>";
    assertThatThrownBy(() -> Collected.parseText(parser, broken))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("The file is not well-formed XML:");
  }

  @Test
  void otherDocumentsAndCsvFailTheFile() {
    assertThatThrownBy(
            () ->
                Collected.parseText(
                    parser, "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not a camt.053 statement")
        .hasMessageContaining("pain.001.001.03");
    assertThatThrownBy(
            () -> Collected.parse(parser, "amlsim_20k_fanin200cycle200_transactions.csv"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("The file is not well-formed XML:");
  }

  @Test
  void textThatIsNotInTheDeclaredEncodingFailsTheFile() throws Exception {
    byte[] utf8;
    try (InputStream in =
        getClass().getResourceAsStream("/samples/camt053_v04_postfinance_sample.xml")) {
      utf8 = in.readAllBytes();
    }
    // Declared UTF-8, written in Latin-1 ("FÜR" becomes a byte UTF-8 does not allow there).
    byte[] latin1 = new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> Collected.parse(parser, new ByteArrayInputStream(latin1)))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("The file is not well-formed XML:")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void externalEntitiesAreNotResolved() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&secret;</Document>
        """;
    assertThatThrownBy(() -> Collected.parseText(parser, xxe))
        .isInstanceOf(UnreadableFileException.class);
  }
}
