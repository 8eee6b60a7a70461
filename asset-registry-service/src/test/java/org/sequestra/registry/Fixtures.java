package org.sequestra.registry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigInteger;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Tokens, cases, assets and identifiers that the registry's API tests set up again and again. */
public final class Fixtures {

  public static final String PROBLEM = "application/problem+json";

  private final MockMvc mvc;

  public Fixtures(MockMvc mvc) {
    this.mvc = mvc;
  }

  public static String nlAnalyst() {
    return TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
  }

  public static String nlSupervisor() {
    return TestIssuers.token("agency-nl").roles("ARO_SUPERVISOR").bearer();
  }

  public static String nlProsecutor() {
    return TestIssuers.token("agency-nl").roles("PROSECUTOR").bearer();
  }

  public static String esAnalyst() {
    return TestIssuers.token("agency-es").roles("ARO_ANALYST").bearer();
  }

  public static String platformAdmin() {
    return TestIssuers.token("agency-nl").roles("PLATFORM_ADMIN").bearer();
  }

  /**
   * Loads the test reference rates ({@code reference-rates/eurofxref-hist-test.csv}, written for
   * the tests) through the import endpoint; loading them again changes nothing.
   */
  public void testReferenceRates() throws Exception {
    byte[] file;
    try (var in = Fixtures.class.getResourceAsStream("/reference-rates/eurofxref-hist-test.csv")) {
      file = in.readAllBytes();
    }
    mvc.perform(
            post("/api/v1/reference-rates/imports")
                .header("Authorization", platformAdmin())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(file))
        .andExpect(status().isOk());
  }

  /** A case of the token's agency; returns its id. */
  public String openCase(String bearer) throws Exception {
    String reference = "ARO/2026/" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        mvc.perform(
                post("/api/v1/cases")
                    .header("Authorization", bearer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"nationalReference\":\""
                            + reference
                            + "\",\"title\":\"Operation Tulip\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  public ResultActions postJson(String bearer, String path, String json) throws Exception {
    return mvc.perform(
        post(path)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  /** A POST that the client may retry: it carries an {@code Idempotency-Key}. */
  public ResultActions postJson(String bearer, String path, String key, String json)
      throws Exception {
    return mvc.perform(
        post(path)
            .header("Authorization", bearer)
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  /** A PATCH based on the version {@code ifMatch} names; {@code null} sends no If-Match. */
  public ResultActions patchJson(String bearer, String path, String ifMatch, String json)
      throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.patch(path)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return mvc.perform(request);
  }

  public ResultActions get(String bearer, String path) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", bearer));
  }

  public ResultActions registerAsset(String bearer, String caseId, String json) throws Exception {
    return postJson(bearer, "/api/v1/cases/" + caseId + "/assets", json);
  }

  /** Registers an asset that must be accepted; returns its id. */
  public String asset(String bearer, String caseId, String json) throws Exception {
    return id(registerAsset(bearer, caseId, json).andExpect(status().isCreated()));
  }

  /** A natural person (OWNER) in the case; returns its id. */
  public String person(String bearer, String caseId, String familyName) throws Exception {
    return id(
        postJson(
                bearer,
                "/api/v1/cases/" + caseId + "/subjects",
                "{\"kind\":\"NATURAL_PERSON\",\"role\":\"OWNER\","
                    + "\"naturalPerson\":{\"familyName\":\""
                    + familyName
                    + "\"}}")
            .andExpect(status().isCreated()));
  }

  public static String id(ResultActions result) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
  }

  public static String bankAccount(String iban) {
    return "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Current account\",\"identifiers\":{\"iban\":\""
        + iban
        + "\"}}";
  }

  /** A valid Dutch IBAN nobody else uses: random account number, computed check digits. */
  public static String uniqueDutchIban() {
    long account = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    return iban("NL", "ABNA" + account);
  }

  /** A valid Spanish IBAN nobody else uses. */
  public static String uniqueSpanishIban() {
    StringBuilder bban = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      bban.append(ThreadLocalRandom.current().nextInt(10));
    }
    return iban("ES", bban.toString());
  }

  /** ISO 13616 check digits: 98 - (BBAN + country + "00" as digits) mod 97. */
  public static String iban(String country, String bban) {
    StringBuilder digits = new StringBuilder();
    for (char c : (bban + country + "00").toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", check) + bban;
  }
}
