package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Statement imports through the API, against a real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "financial_trace");
    TestIssuers.register(registry);
    registry.add("sequestra.web.max-upload-size", () -> "3MB");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // sample,                                        format,     imported, flagged, rejected
    "camt053_v02_multi_statement_genkgo.xml,           CAMT053,    2,        0,       0",
    "camt053_v04_iso20022_business_sample.xml,         CAMT053,    3,        0,       0",
    "camt053_v04_postfinance_sample.xml,               CAMT053,    32,       8,       0",
    "camt053_v08_handwritten.xml,                      CAMT053,    4,        0,       1",
    "mt940_sepa_betterplace.sta,                       MT940,      97,       0,       0",
    "amlsim_20k_fanin200cycle200_transactions.csv,     AMLSIM,     120558,   0,       0",
    "paysim_head_795rows.csv,                          PAYSIM,     795,      0,       0",
    "crypto_transfers_handwritten.csv,                 CRYPTO_CSV, 4,        1,       1",
  })
  void eachSampleImportsWithExactCountsAndTwiceImportsNothingNew(
      String sample, String format, long imported, long flagged, long rejected) throws Exception {
    String dataset = createDataset(ANALYST);
    byte[] file = sample(sample);

    DocumentContext first = awaitFinished(upload(dataset, format, file, ANALYST));
    assertThat(first.read("$.state", String.class)).isEqualTo("SUCCEEDED");
    assertThat(first.read("$.imported", Long.class)).isEqualTo(imported);
    assertThat(first.read("$.duplicatesSkipped", Long.class)).isZero();
    assertThat(first.read("$.flagged", Long.class)).isEqualTo(flagged);
    assertThat(first.read("$.rejected", Long.class)).isEqualTo(rejected);
    assertThat(first.read("$.rowsDone", Long.class)).isEqualTo(imported + rejected);
    assertThat(first.read("$.rowsTotal", Long.class)).isEqualTo(imported + rejected);
    assertThat(first.read("$.sizeBytes", Long.class)).isEqualTo(file.length);
    report(sample, first);

    DocumentContext again = awaitFinished(upload(dataset, format, file, ANALYST));
    assertThat(again.read("$.state", String.class)).isEqualTo("SUCCEEDED");
    assertThat(again.read("$.imported", Long.class)).isZero();
    assertThat(again.read("$.duplicatesSkipped", Long.class)).isEqualTo(imported);
    assertThat(again.read("$.rejected", Long.class)).isEqualTo(rejected);

    mvc.perform(get("/api/v1/datasets/" + dataset).header("Authorization", ANALYST))
        .andExpect(jsonPath("$.transactionCount").value(imported));
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/transactions?size=1")
                .header("Authorization", ANALYST))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(imported));
  }

  @Test
  void transactionsAreListedByBookingTimeWithBothAccounts() throws Exception {
    String dataset = createDataset(ANALYST);
    awaitFinished(upload(dataset, "CAMT053", sample("camt053_v08_handwritten.xml"), ANALYST));

    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/transactions?page=0&size=3")
                .header(
                    "Authorization",
                    TestIssuers.token("agency-nl").roles("ARO_SUPERVISOR").bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(4))
        .andExpect(jsonPath("$.page.totalPages").value(2))
        // Entry 2 was booked on 5 March without a time (midnight UTC), entry 1 at 08:30 UTC.
        .andExpect(jsonPath("$.items[0].endToEndId").value("KRANZ-OUT-0042"))
        .andExpect(jsonPath("$.items[0].direction").value("DEBIT"))
        .andExpect(jsonPath("$.items[0].amount").value("9500.00"))
        .andExpect(jsonPath("$.items[0].counterparty.identifier").value("GB29NWBK60161331926819"))
        .andExpect(jsonPath("$.items[0].counterparty.kind").value("IBAN"))
        .andExpect(jsonPath("$.items[0].counterparty.holderName").value("Harbour Trading Ltd"))
        .andExpect(jsonPath("$.items[0].counterpartyBic").value("NWBKGB2L"))
        .andExpect(jsonPath("$.items[1].batchReference").value("KRANZ-BATCH-7"))
        .andExpect(jsonPath("$.items[2].batchReference").value("KRANZ-BATCH-7"))
        .andExpect(jsonPath("$.items[0].account.identifier").value("DE89370400440532013000"))
        .andExpect(jsonPath("$.items[0].account.holderName").value("Autovermietung Kranz GmbH"))
        .andExpect(jsonPath("$.items[0].account.bic").value("COBADEFFXXX"))
        .andExpect(jsonPath("$.items[0].bookingDate").value("2024-03-05"))
        .andExpect(jsonPath("$.items[0].flags").isEmpty());
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/transactions?page=1&size=3")
                .header("Authorization", ANALYST))
        .andExpect(jsonPath("$.items[0].amount").value("15000.00"))
        .andExpect(jsonPath("$.items[0].currency").value("EUR"))
        .andExpect(jsonPath("$.items[0].direction").value("CREDIT"))
        .andExpect(jsonPath("$.items[0].bookedAt").value("2024-03-05T08:30:00Z"))
        .andExpect(jsonPath("$.items[0].counterpartyName").value("Jan de Vries"))
        .andExpect(
            jsonPath("$.items[0].remittanceInfo").value("Invoice 2024-0117 Porsche 911 rental"))
        .andExpect(jsonPath("$.items[0].bankReference").value("CBK-20240305-000001"))
        .andExpect(jsonPath("$.items[0].transactionCode").value("PMNT/RCDT/ESCT"))
        .andExpect(jsonPath("$.items[0].sourceLine").value(33));
  }

  @Test
  void invalidCounterpartyIbansAreImportedWithTheirFlag() throws Exception {
    String dataset = createDataset(ANALYST);
    awaitFinished(
        upload(dataset, "CAMT053", sample("camt053_v04_postfinance_sample.xml"), ANALYST));

    String page =
        mvc.perform(
                get("/api/v1/datasets/" + dataset + "/transactions?size=200")
                    .header("Authorization", ANALYST))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> flags = JsonPath.read(page, "$.items[*].flags[*]");
    assertThat(flags)
        .hasSize(8)
        .allMatch(
            flag ->
                flag.matches("counterparty IBAN CH(1{19}|4{19}|0{19}): IBAN check digits invalid"));
    List<String> flaggedAccounts =
        JsonPath.read(page, "$.items[?(@.flags.length() > 0)].counterparty.identifier");
    assertThat(flaggedAccounts)
        .containsOnly("CH1111111111111111111", "CH4444444444444444444", "CH0000000000000000000");
  }

  @Test
  void badLinesAreListedWithLineFieldAndReasonAndGoodLinesImported() throws Exception {
    String dataset = createDataset(ANALYST);
    String csv =
        """
        account,counterparty_account,direction,amount,currency,booked_at,bank_reference
        NL91ABNA0417164300,DE89370400440532013000,DEBIT,100.00,EUR,2024-03-01,R1
        NL91ABNA0417164300,DE89370400440532013000,DEBIT,,EUR,2024-03-01,R2
        NL91ABNA0417164300,DE89370400440532013000,CREDIT,50.00,EUR,01.03.2024,R3
        NL91ABNA0417164300,DE89370400440532013000,CREDIT,75.00,EUR,2024-03-02,R4
        """;
    DocumentContext job =
        awaitFinished(upload(dataset, "CSV", csv.getBytes(StandardCharsets.UTF_8), ANALYST));
    assertThat(job.read("$.state", String.class)).isEqualTo("SUCCEEDED");
    assertThat(job.read("$.imported", Long.class)).isEqualTo(2);
    assertThat(job.read("$.rejected", Long.class)).isEqualTo(2);

    mvc.perform(
            get(location(dataset, job) + "/rejections?page=0&size=10")
                .header("Authorization", ANALYST))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(2))
        .andExpect(jsonPath("$.items[0].lineNumber").value(3))
        .andExpect(jsonPath("$.items[0].field").value("amount"))
        .andExpect(jsonPath("$.items[0].reason").value("is missing"))
        .andExpect(jsonPath("$.items[1].lineNumber").value(4))
        .andExpect(jsonPath("$.items[1].field").value("booked_at"))
        .andExpect(
            jsonPath("$.items[1].reason")
                .value("is not an ISO 8601 date or date-time: '01.03.2024'"));
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/transactions").header("Authorization", ANALYST))
        .andExpect(jsonPath("$.items[*].bankReference").value(contains("R1", "R4")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "broken XML,                   CAMT053, broken,     The file is not well-formed XML:",
    "a CSV sent as camt.053,       CAMT053, amlsim,     The file is not well-formed XML:",
    "a truncated camt.053,         CAMT053, truncated,  The file is not well-formed XML:",
    "a camt.053 sent as MT940,     MT940,   camt,       This is not an MT940 statement",
    "a PaySim log sent as AMLSim,  AMLSIM,  paysim,     This is not an AMLSim transaction list",
    "Latin-1 text sent as UTF-8,   CSV,     latin1,     'The file is not valid UTF-8 text: line 3"
        + " holds bytes that are not UTF-8.'",
  })
  void aFileThatIsNotWhatItClaimsFailsAndImportsNothing(
      String what, String format, String content, String reason) throws Exception {
    String dataset = createDataset(ANALYST);
    byte[] file =
        switch (content) {
          case "broken" ->
              "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                  .getBytes(StandardCharsets.UTF_8);
          case "amlsim" -> sample("amlsim_20k_fanin200cycle200_transactions.csv");
          case "truncated" -> {
            // Valid entries first, then the file breaks off: none of them may stay.
            byte[] whole = sample("camt053_v04_postfinance_sample.xml");
            yield Arrays.copyOf(whole, whole.length - 200);
          }
          case "camt" -> sample("camt053_v02_multi_statement_genkgo.xml");
          case "paysim" -> sample("paysim_head_795rows.csv");
          case "latin1" ->
              "account,amount,currency,booked_at\nDE89370400440532013000,1,EUR,2024-01-01\nM\u00fcller,1,EUR,2024-01-01\n"
                  .getBytes(StandardCharsets.ISO_8859_1);
          default -> throw new IllegalArgumentException(content);
        };

    DocumentContext job = awaitFinished(upload(dataset, format, file, ANALYST));
    assertThat(job.read("$.state", String.class)).isEqualTo("FAILED");
    assertThat(job.read("$.failureReason", String.class)).startsWith(reason);
    assertThat(job.read("$.imported", Long.class)).isZero();
    mvc.perform(get("/api/v1/datasets/" + dataset).header("Authorization", ANALYST))
        .andExpect(jsonPath("$.transactionCount").value(0));
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/transactions").header("Authorization", ANALYST))
        .andExpect(jsonPath("$.page.totalElements").value(0));
    mvc.perform(get(location(dataset, job) + "/rejections").header("Authorization", ANALYST))
        .andExpect(jsonPath("$.page.totalElements").value(0));
  }

  @Test
  void theCharsetParameterReadsOtherEncodings() throws Exception {
    String dataset = createDataset(ANALYST);
    byte[] latin1 =
        "account,amount,currency,booked_at\nM\u00fcller-Konto,1,EUR,2024-01-01\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    String location =
        mvc.perform(
                post("/api/v1/datasets/" + dataset + "/imports?format=CSV&charset=ISO-8859-1")
                    .header("Authorization", ANALYST)
                    .contentType("text/csv")
                    .content(latin1))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(awaitFinished(location).read("$.imported", Long.class)).isEqualTo(1);
    mvc.perform(
            get("/api/v1/datasets/" + dataset + "/transactions").header("Authorization", ANALYST))
        .andExpect(jsonPath("$.items[0].account.identifier").value("M\u00fcller-Konto"));
  }

  @Test
  void twoUploadsOfOneFileAtOnceImportItOnce() throws Exception {
    String dataset = createDataset(ANALYST);
    byte[] file = sample("camt053_v04_postfinance_sample.xml");
    String first = upload(dataset, "CAMT053", file, ANALYST);
    String second = upload(dataset, "CAMT053", file, ANALYST);

    long imported =
        awaitFinished(first).read("$.imported", Long.class)
            + awaitFinished(second).read("$.imported", Long.class);
    assertThat(imported).isEqualTo(32);
    mvc.perform(get("/api/v1/datasets/" + dataset).header("Authorization", ANALYST))
        .andExpect(jsonPath("$.transactionCount").value(32));
  }

  @Test
  void anotherAgencysDatasetIsNotFoundAndRolesAreChecked() throws Exception {
    String dataset = createDataset(ANALYST);
    String job =
        upload(dataset, "CAMT053", sample("camt053_v04_iso20022_business_sample.xml"), ANALYST);
    awaitFinished(job);
    String spanish = TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer();
    String prosecutor = TestIssuers.token("agency-nl").roles("PROSECUTOR").bearer();
    String supervisor = TestIssuers.token("agency-nl").roles("ARO_SUPERVISOR").bearer();

    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=CAMT053")
                .header("Authorization", spanish)
                .contentType(MediaType.APPLICATION_XML)
                .content(sample("camt053_v04_iso20022_business_sample.xml")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
    for (String path :
        List.of(job, job + "/rejections", "/api/v1/datasets/" + dataset + "/transactions")) {
      mvc.perform(get(path).header("Authorization", spanish)).andExpect(status().isNotFound());
      mvc.perform(get(path).header("Authorization", prosecutor)).andExpect(status().isForbidden());
      mvc.perform(get(path).header("Authorization", supervisor)).andExpect(status().isOk());
    }
    for (String bearer : List.of(prosecutor, supervisor)) {
      mvc.perform(
              post("/api/v1/datasets/" + dataset + "/imports?format=CAMT053")
                  .header("Authorization", bearer)
                  .contentType(MediaType.APPLICATION_XML)
                  .content(sample("camt053_v04_iso20022_business_sample.xml")))
          .andExpect(status().isForbidden())
          .andExpect(content().contentType("application/problem+json"));
    }
    // An import id of another dataset is not found under this one.
    String other = createDataset(ANALYST);
    mvc.perform(get(job.replace(dataset, other)).header("Authorization", ANALYST))
        .andExpect(status().isNotFound());
  }

  @Test
  void badRequestsAreRefusedBeforeAnythingIsStored() throws Exception {
    String dataset = createDataset(ANALYST);
    byte[] file = sample("paysim_head_795rows.csv");

    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=EXCEL")
                .header("Authorization", ANALYST)
                .contentType("text/csv")
                .content(file))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("format"));
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=PAYSIM&currency=ABC")
                .header("Authorization", ANALYST)
                .contentType("text/csv")
                .content(file))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("currency"));
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=PAYSIM&charset=EBCDIC")
                .header("Authorization", ANALYST)
                .contentType("text/csv")
                .content(file))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("charset"));
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=PAYSIM")
                .header("Authorization", ANALYST)
                .contentType(MediaType.APPLICATION_JSON)
                .content(file))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType("application/problem+json"));
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=PAYSIM")
                .header("Authorization", ANALYST)
                .contentType("text/csv"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/datasets/" + dataset).header("Authorization", ANALYST))
        .andExpect(jsonPath("$.transactionCount").value(0));
  }

  @Test
  void anEmptyUploadSaysTheFileIsEmpty() throws Exception {
    String dataset = createDataset(ANALYST);
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=CSV")
                .header("Authorization", ANALYST)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(new byte[0]))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:empty-body"))
        .andExpect(jsonPath("$.detail").value(containsString("file")))
        .andExpect(jsonPath("$.detail").value(containsString("empty")));
  }

  @Test
  void controlCharactersRejectTheirLineAndNeverReachTheDatabase() throws Exception {
    String dataset = createDataset(ANALYST);
    String csv =
        "account,direction,amount,currency,booked_at,bank_reference\n"
            + "NL91ABNA0417164300,DEBIT,100.00,EUR,2024-03-01,R1\n"
            + "NL91ABNA0417164300,DEB\u0000IT,100.00,EUR,2024-03-01,R2\n"
            + "NL91ABNA0417164300,DEBIT,100.00,EUR,2024-03-01,R\u000B3\n";
    DocumentContext job =
        awaitFinished(upload(dataset, "CSV", csv.getBytes(StandardCharsets.UTF_8), ANALYST));
    assertThat(job.read("$.state", String.class)).isEqualTo("SUCCEEDED");
    assertThat(job.read("$.imported", Long.class)).isEqualTo(1);
    mvc.perform(
            get(location(dataset, job) + "/rejections?page=0&size=10")
                .header("Authorization", ANALYST))
        .andExpect(jsonPath("$.items[0].lineNumber").value(3))
        .andExpect(jsonPath("$.items[0].field").value("direction"))
        .andExpect(jsonPath("$.items[0].reason").value(containsString("U+0000")))
        .andExpect(jsonPath("$.items[1].lineNumber").value(4))
        .andExpect(jsonPath("$.items[1].field").value("bank_reference"));

    String badHeader = "account,amo\u0000unt,currency,booked_at\n";
    DocumentContext failed =
        awaitFinished(upload(dataset, "CSV", badHeader.getBytes(StandardCharsets.UTF_8), ANALYST));
    assertThat(failed.read("$.state", String.class)).isEqualTo("FAILED");
    assertThat(failed.read("$.failureReason", String.class)).contains("amoU+0000unt");
  }

  @Test
  void uploadsHaveTheirOwnSizeLimit() throws Exception {
    String dataset = createDataset(ANALYST);
    // 3 MB here (the test's setting); other paths keep 1 MB.
    mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=CSV")
                .header("Authorization", ANALYST)
                .contentType("text/csv")
                .content(new byte[4 * 1024 * 1024]))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:payload-too-large"));
    mvc.perform(
            post("/api/v1/datasets")
                .header("Authorization", ANALYST)
                .contentType(MediaType.APPLICATION_JSON)
                .content(new byte[2 * 1024 * 1024]))
        .andExpect(status().isContentTooLarge());
  }

  private String createDataset(String bearer) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/datasets")
                    .header("Authorization", bearer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"caseReference\":\"NL-ARO/2026/7\",\"name\":\"statements\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  /** Starts an import and returns its Location. */
  private String upload(String dataset, String format, byte[] file, String bearer)
      throws Exception {
    return mvc.perform(
            post("/api/v1/datasets/" + dataset + "/imports?format=" + format)
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(file))
        .andExpect(status().isAccepted())
        .andExpect(
            header().string("Location", startsWith("/api/v1/datasets/" + dataset + "/imports/")))
        .andExpect(jsonPath("$.state").value("QUEUED"))
        .andExpect(jsonPath("$.format").value(format))
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  private DocumentContext awaitFinished(String location) {
    return await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                JsonPath.parse(
                    mvc.perform(get(location).header("Authorization", ANALYST))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString()),
            job -> List.of("SUCCEEDED", "FAILED").contains(job.read("$.state", String.class)));
  }

  private static String location(String dataset, DocumentContext job) {
    return "/api/v1/datasets/" + dataset + "/imports/" + job.read("$.id", String.class);
  }

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = ImportApiTest.class.getResourceAsStream("/samples/" + name)) {
      return in.readAllBytes();
    }
  }

  /** The import's speed, for the record (not asserted: timing depends on the machine). */
  private static void report(String sample, DocumentContext job) {
    Duration took =
        Duration.between(
            OffsetDateTime.parse(job.read("$.startedAt", String.class)),
            OffsetDateTime.parse(job.read("$.finishedAt", String.class)));
    long rows = job.read("$.rowsDone", Long.class);
    System.out.printf(
        "import %s: %d rows in %d ms (%.0f rows/s)%n",
        sample, rows, took.toMillis(), rows * 1000.0 / Math.max(1, took.toMillis()));
  }
}
