package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An account seed explains itself: the balance its account had when the seed was placed, replayed
 * from zero or from a statement's opening balance, and the part of the seed it does not cover.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeedCheckApiTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  private static final String X = "NL26VAYB8060476890";
  private static final String Y = "DE89370400440532013000";

  /** X opens 2024-04-01 with 1000.00 EUR and pays Y 300.00 on 2024-04-02. */
  private static final String CAMT053 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
        <BkToCstmrStmt><Stmt>
          <Acct><Id><IBAN>%s</IBAN></Id></Acct>
          <Bal>
            <Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
            <Amt Ccy="EUR">1000.00</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <Dt><Dt>2024-04-01</Dt></Dt>
          </Bal>
          <Ntry>
            <Amt Ccy="EUR">300.00</Amt>
            <CdtDbtInd>DBIT</CdtDbtInd>
            <Sts>BOOK</Sts>
            <BookgDt><Dt>2024-04-02</Dt></BookgDt>
            <NtryDtls><TxDtls>
              <Refs><AcctSvcrRef>X1</AcctSvcrRef></Refs>
              <RltdPties><Cdtr><Nm>Y</Nm></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct></RltdPties>
            </TxDtls></NtryDtls>
          </Ntry>
        </Stmt></BkToCstmrStmt>
      </Document>
      """
          .formatted(X, Y);

  /** The same as MT940: X opens 2024-04-01 with 1000.00 EUR and pays Y 300.00 on 2024-04-02. */
  private static final String MT940 =
      """
      :20:STMT1
      :25:%s
      :28C:1/1
      :60F:C240401EUR1000,00
      :61:2404020402D300,00NTRFNONREF//X1
      :86:?20payment?31%s?32Y
      :62F:C240402EUR700,00
      -
      """
          .formatted(X, Y);

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
  }

  @Test
  void aSeedOnAnEmptyAccountSaysItsBalanceAndThatNothingOfItIsTraced() throws Exception {
    String dataset = referenceExample();
    // B receives its first money on 2024-03-03.
    DocumentContext trace =
        trace(
            dataset,
            """
            {"direction":"FORWARD","rule":"FIFO",
             "seed":{"accountIdentifier":"%s","amount":"100000.00","currency":"EUR",
                     "from":"2024-03-02T00:00:00Z"}}
            """
                .formatted(Datasets.B));

    assertThat(trace.read("$.result.seedCheck.balanceFound", String.class)).isEqualTo("0.00");
    assertThat(trace.read("$.result.seedCheck.balanceSource", String.class))
        .isEqualTo("REPLAYED_FROM_ZERO");
    assertThat(trace.read("$.result.seedCheck.transactionsReplayed", Integer.class)).isZero();
    assertThat(trace.read("$.result.seedCheck.seedAmount", String.class)).isEqualTo("100000.00");
    assertThat(trace.read("$.result.seedCheck.covered", String.class)).isEqualTo("0.00");
    assertThat(trace.read("$.result.seedCheck.notCovered", String.class)).isEqualTo("100000.00");
    assertThat(trace.read("$.result.seedCheck.sufficient", Boolean.class)).isFalse();
    assertThat(trace.read("$.result.seedCheck.at", String.class)).isEqualTo("2024-03-02T00:00:00Z");
    assertThat(trace.read("$.result.seedCheck.reason", String.class))
        .contains("The seed of 100000.00 EUR exceeds what the statements let the account hold")
        .contains("its balance was 0.00 EUR")
        .contains("no statement of the dataset gives an opening balance")
        .contains("Only 0.00 EUR is traced");
    assertThat(trace.read("$.result.flows", List.class)).isEmpty();
    assertThat(trace.read("$.result.unexplained[*].reason", List.class))
        .containsExactly("SEED_NOT_HELD");
    assertThat(trace.read("$.result.unexplained[0].node.identifier", String.class))
        .isEqualTo(Datasets.B);
    assertThat(trace.read("$.result.unexplained[0].amount", String.class)).isEqualTo("100000.00");
    assertThat(trace.read("$.result.reconciliation.seedNotHeld", String.class))
        .isEqualTo("100000.00");
    assertThat(trace.read("$.result.reconciliation.unexplained", String.class)).isEqualTo("0.00");
    assertReconciles(trace);
  }

  @Test
  void aSeedWithinTheReplayedBalanceIsCoveredInFull() throws Exception {
    String dataset = referenceExample();
    // A holds 100.00 + 50.00 before T3 on 2024-03-03.
    DocumentContext trace =
        trace(
            dataset,
            """
            {"direction":"FORWARD","rule":"FIFO",
             "seed":{"accountIdentifier":"%s","amount":"100.00","currency":"EUR",
                     "from":"2024-03-03T00:00:00Z"}}
            """
                .formatted(Datasets.A));

    assertThat(trace.read("$.result.seedCheck.balanceFound", String.class)).isEqualTo("150.00");
    assertThat(trace.read("$.result.seedCheck.transactionsReplayed", Integer.class)).isEqualTo(2);
    assertThat(trace.read("$.result.seedCheck.covered", String.class)).isEqualTo("100.00");
    assertThat(trace.read("$.result.seedCheck.notCovered", String.class)).isEqualTo("0.00");
    assertThat(trace.read("$.result.seedCheck.sufficient", Boolean.class)).isTrue();
    assertThat(trace.read("$.result.seedCheck.reason", String.class))
        .contains("The account held 150.00 EUR")
        .contains("the seed of 100.00 EUR is covered in full");
    assertThat(trace.read("$.result.unexplained", List.class)).isEmpty();
    assertThat(trace.read("$.result.flows", List.class)).isNotEmpty();
    assertThat(trace.read("$.result.reconciliation.seedNotHeld", String.class)).isEqualTo("0.00");
    assertReconciles(trace);
  }

  @Test
  void backwardTheCheckIsAtTheEndOfUntil() throws Exception {
    String dataset = referenceExample();
    // A holds 150.00 - 120.00 + 40.00 = 70.00 at the end of 2024-03-04.
    DocumentContext trace =
        trace(
            dataset,
            """
            {"direction":"BACKWARD","rule":"FIFO",
             "seed":{"accountIdentifier":"%s","amount":"100.00","currency":"EUR",
                     "until":"2024-03-04T23:59:59Z"}}
            """
                .formatted(Datasets.A));

    assertThat(trace.read("$.result.seedCheck.balanceFound", String.class)).isEqualTo("70.00");
    assertThat(trace.read("$.result.seedCheck.notCovered", String.class)).isEqualTo("30.00");
    assertThat(trace.read("$.result.seedCheck.reason", String.class)).contains("at the end of");
    assertThat(trace.read("$.result.reconciliation.seedNotHeld", String.class)).isEqualTo("30.00");
    assertReconciles(trace);
  }

  @Test
  void aCamt053OpeningBalanceIsWhereTheReplayStarts() throws Exception {
    openingBalanceIsUsed("CAMT053", CAMT053, "CAMT053_OPBD");
  }

  @Test
  void anMt940OpeningBalanceIsWhereTheReplayStarts() throws Exception {
    openingBalanceIsUsed("MT940", MT940, "MT940_60F");
  }

  private void openingBalanceIsUsed(String format, String file, String source) throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    datasets.importFile(dataset, format, file.getBytes(StandardCharsets.UTF_8));
    Map<String, Long> tx = datasets.transactionIds(dataset);

    DocumentContext covered =
        trace(
            dataset,
            """
            {"direction":"FORWARD","rule":"LIFO",
             "seed":{"accountIdentifier":"%s","amount":"800.00","currency":"EUR",
                     "from":"2024-04-01T12:00:00Z"}}
            """
                .formatted(X));
    assertThat(covered.read("$.result.seedCheck.balanceSource", String.class))
        .isEqualTo("OPENING_BALANCE");
    assertThat(covered.read("$.result.seedCheck.openingBalance.date", String.class))
        .isEqualTo("2024-04-01");
    assertThat(
            new BigDecimal(covered.read("$.result.seedCheck.openingBalance.amount", String.class)))
        .isEqualByComparingTo("1000.00");
    assertThat(covered.read("$.result.seedCheck.openingBalance.source", String.class))
        .isEqualTo(source);
    assertThat(covered.read("$.result.seedCheck.balanceFound", String.class)).isEqualTo("1000.00");
    assertThat(covered.read("$.result.seedCheck.covered", String.class)).isEqualTo("800.00");
    assertThat(covered.read("$.result.seedCheck.sufficient", Boolean.class)).isTrue();
    // LIFO: the payment takes the newest money, the seed placed after the opening balance.
    assertThat(covered.read("$.result.flows[0].transactionId", Long.class))
        .isEqualTo(tx.values().iterator().next());
    assertThat(covered.read("$.result.flows[0].amount", String.class)).isEqualTo("300.00");
    assertReconciles(covered);

    DocumentContext after =
        trace(
            dataset,
            """
            {"direction":"FORWARD","rule":"FIFO",
             "seed":{"accountIdentifier":"%s","amount":"1500.00","currency":"EUR",
                     "from":"2024-04-03T00:00:00Z"}}
            """
                .formatted(X));
    assertThat(after.read("$.result.seedCheck.balanceFound", String.class)).isEqualTo("700.00");
    assertThat(after.read("$.result.seedCheck.transactionsReplayed", Integer.class)).isEqualTo(1);
    assertThat(after.read("$.result.seedCheck.notCovered", String.class)).isEqualTo("800.00");
    assertThat(after.read("$.result.seedCheck.reason", String.class))
        .contains("replayed from the opening balance of 1000.00 on 2024-04-01");
    assertThat(after.read("$.result.reconciliation.seedNotHeld", String.class)).isEqualTo("800.00");
    assertReconciles(after);

    // Before the statement's opening day there is no opening balance: from zero.
    DocumentContext before =
        trace(
            dataset,
            """
            {"direction":"FORWARD","rule":"FIFO",
             "seed":{"accountIdentifier":"%s","amount":"5.00","currency":"EUR",
                     "from":"2024-03-31T00:00:00Z"}}
            """
                .formatted(X));
    assertThat(before.read("$.result.seedCheck.balanceSource", String.class))
        .isEqualTo("REPLAYED_FROM_ZERO");
    assertThat(before.read("$.result.seedCheck.notCovered", String.class)).isEqualTo("5.00");
  }

  /** Every line of the reconciliation, the part not held included, adds up to the seed exactly. */
  private static void assertReconciles(DocumentContext trace) {
    Map<String, Object> r = trace.read("$.result.reconciliation");
    BigDecimal lines = BigDecimal.ZERO;
    for (String line :
        List.of(
            "heldAtEndPoints",
            "stoppedAtHopLimit",
            "belowThreshold",
            "stoppedAtStopList",
            "unexplained",
            "seedNotHeld")) {
      lines = lines.add(new BigDecimal((String) r.get(line)));
    }
    assertThat(lines).isEqualByComparingTo(new BigDecimal((String) r.get("seed")));
    assertThat(r.get("balances")).isEqualTo(true);
  }

  private String referenceExample() throws Exception {
    Datasets datasets = new Datasets(mvc, ANALYST);
    String dataset = datasets.create();
    datasets.importCsv(dataset, Datasets.REFERENCE_EXAMPLE);
    return dataset;
  }

  private DocumentContext trace(String dataset, String body) throws Exception {
    return JsonPath.parse(
        mvc.perform(
                post("/api/v1/datasets/" + dataset + "/traces")
                    .header("Authorization", ANALYST)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
