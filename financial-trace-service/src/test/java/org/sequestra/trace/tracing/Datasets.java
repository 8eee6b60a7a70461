package org.sequestra.trace.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Datasets filled through the import API, as a user fills them. */
public final class Datasets {

  /**
   * DESIGN.md §3's reference example as account A's statement (NL91ABNA0417164300): t1 +100 clean,
   * t2 +50 proceeds, t3 -120 to B, t4 +40 clean, t5 -60 to C; plus B's statement showing t3 again
   * as B's credit (the same transfer, which must count once).
   */
  public static final String REFERENCE_EXAMPLE =
      """
      account,account_holder,counterparty_account,counterparty_name,direction,amount,currency,booked_at,bank_reference
      NL91ABNA0417164300,Account A,DE89370400440532013000,Clean Employer,CREDIT,100.00,EUR,2024-03-01T10:00:00Z,T1
      NL91ABNA0417164300,Account A,GB29NWBK60161331926819,Crime Proceeds Ltd,CREDIT,50.00,EUR,2024-03-02T10:00:00Z,T2
      NL91ABNA0417164300,Account A,FR1420041010050500013M02606,Account B,DEBIT,120.00,EUR,2024-03-03T10:00:00Z,T3
      NL91ABNA0417164300,Account A,DE89370400440532013000,Clean Employer,CREDIT,40.00,EUR,2024-03-04T10:00:00Z,T4
      NL91ABNA0417164300,Account A,BE68539007547034,Account C,DEBIT,60.00,EUR,2024-03-05T10:00:00Z,T5
      FR1420041010050500013M02606,Account B,NL91ABNA0417164300,Account A,CREDIT,120.00,EUR,2024-03-03T10:00:00Z,B-T3
      """;

  public static final String A = "NL91ABNA0417164300";
  public static final String B = "FR1420041010050500013M02606";
  public static final String C = "BE68539007547034";
  public static final String CRIME = "GB29NWBK60161331926819";

  private final MockMvc mvc;
  private final String bearer;

  public Datasets(MockMvc mvc, String bearer) {
    this.mvc = mvc;
    this.bearer = bearer;
  }

  public String create() throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/datasets")
                    .header("Authorization", bearer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"caseReference\":\"NL-ARO/2026/9\",\"name\":\"reference example\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  /** Imports a CSV statement and waits until the job succeeded. */
  public void importCsv(String dataset, String csv) throws Exception {
    importFile(dataset, "CSV", csv.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Imports a file ({@code format} with any further query parameters) and waits until the job
   * succeeded.
   */
  public void importFile(String dataset, String format, byte[] file) throws Exception {
    String location =
        mvc.perform(
                post("/api/v1/datasets/" + dataset + "/imports?format=" + format)
                    .header("Authorization", bearer)
                    .contentType("text/csv")
                    .content(file))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    DocumentContext job =
        await()
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () ->
                    JsonPath.parse(
                        mvc.perform(get(location).header("Authorization", bearer))
                            .andReturn()
                            .getResponse()
                            .getContentAsString()),
                state ->
                    List.of("SUCCEEDED", "FAILED").contains(state.read("$.state", String.class)));
    assertThat(job.read("$.state", String.class)).isEqualTo("SUCCEEDED");
  }

  /** Stored transaction ids by bank reference. */
  public Map<String, Long> transactionIds(String dataset) throws Exception {
    String page =
        mvc.perform(
                get("/api/v1/datasets/" + dataset + "/transactions?size=200")
                    .header("Authorization", bearer))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> references = JsonPath.read(page, "$.items[*].bankReference");
    List<Number> ids = JsonPath.read(page, "$.items[*].id");
    Map<String, Long> byReference = new HashMap<>();
    for (int i = 0; i < references.size(); i++) {
      byReference.put(references.get(i), ids.get(i).longValue());
    }
    return byReference;
  }

  /** Stored account ids by identifier. */
  public Map<String, Long> accountIds(String dataset) throws Exception {
    String page =
        mvc.perform(
                get("/api/v1/datasets/" + dataset + "/transactions?size=200")
                    .header("Authorization", bearer))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, Long> byIdentifier = new HashMap<>();
    for (String side : List.of("account", "counterparty")) {
      List<String> identifiers = JsonPath.read(page, "$.items[*]." + side + ".identifier");
      List<Number> ids = JsonPath.read(page, "$.items[*]." + side + ".id");
      for (int i = 0; i < identifiers.size(); i++) {
        byIdentifier.put(identifiers.get(i), ids.get(i).longValue());
      }
    }
    return byIdentifier;
  }
}
