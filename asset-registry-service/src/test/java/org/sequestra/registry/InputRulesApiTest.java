package org.sequestra.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.bankAccount;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The platform's input rules as the registry's callers meet them: no control characters in any text
 * (body, query, header), no silent conversion of a JSON value of the wrong type.
 */
class InputRulesApiTest extends RegistryIntegrationTest {

  @Autowired JdbcTemplate jdbc;

  private Fixtures given;
  private String caseId;
  private String assetId;

  @BeforeEach
  void aCaseWithAnAsset() throws Exception {
    given = new Fixtures(mvc);
    caseId =
        Fixtures.id(
            given
                .postJson(
                    nlAnalyst(),
                    "/api/v1/cases",
                    "{\"nationalReference\":\"NL-IN/"
                        + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"title\":\"Input\"}")
                .andExpect(status().isCreated()));
    assetId = given.asset(nlAnalyst(), caseId, bankAccount(uniqueDutchIban()));
  }

  private static ResultActions rejected(ResultActions result, String field) throws Exception {
    return result
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:validation"))
        .andExpect(jsonPath("$.violations[0].field").value(field));
  }

  @Test
  void aNulInAnAssetDescriptionIsA400NamingTheField() throws Exception {
    long assets = jdbc.queryForObject("select count(*) from asset", Long.class);
    rejected(
            given.registerAsset(
                nlAnalyst(),
                caseId,
                "{\"type\":\"BANK_ACCOUNT\",\"description\":\"\\u0000\","
                    + "\"identifiers\":{\"iban\":\""
                    + uniqueDutchIban()
                    + "\"}}"),
            "description")
        .andExpect(
            jsonPath("$.violations[0].reason").value(containsString("control character U+0000")));
    assertThat(jdbc.queryForObject("select count(*) from asset", Long.class)).isEqualTo(assets);
  }

  @Test
  void aControlCharacterDeepInTheBodyIsNamedByItsPath() throws Exception {
    rejected(
        given.registerAsset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Current\","
                + "\"identifiers\":{\"iban\":\"NL\\u000B91ABNA0417164300\"}}"),
        "identifiers.iban");
  }

  @Test
  void tabsAndLineBreaksAreText() throws Exception {
    given
        .registerAsset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Current\\taccount\\r\\nsecond line\","
                + "\"identifiers\":{\"iban\":\""
                + uniqueDutchIban()
                + "\"}}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.description").value("Current\taccount\r\nsecond line"));
  }

  @Test
  void aNulInAQueryParameterIsA400NamingTheParameter() throws Exception {
    rejected(
            mvc.perform(
                get(URI.create("/api/v1/cases?referencePrefix=NL%00X"))
                    .header("Authorization", nlAnalyst())),
            "referencePrefix")
        .andExpect(jsonPath("$.violations[0].reason").value(containsString("U+0000")));
  }

  @Test
  void aFreezeStatusLookUpWithANulInItsPurposeRunsNothingAndAuditsNothing() throws Exception {
    String prosecutor = TestIssuers.token("agency-nl").roles("PROSECUTOR").bearer();
    long audited =
        jdbc.queryForObject(
            "select count(*) from audit_log where action = 'freeze-status.lookup'", Long.class);

    rejected(
        mvc.perform(
            get(URI.create("/api/v1/freeze-status?assetId=" + assetId + "&purpose=check%00now"))
                .header("Authorization", prosecutor)),
        "purpose");

    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_log where action = 'freeze-status.lookup'", Long.class))
        .isEqualTo(audited);
  }

  @Test
  void aControlCharacterInAHeaderIsA400NamingTheHeader() throws Exception {
    rejected(
        mvc.perform(
            post("/api/v1/cases")
                .header("Authorization", nlAnalyst())
                .header("Idempotency-Key", "key\u0001")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nationalReference\":\"NL-IN/H\",\"title\":\"x\"}")),
        "Idempotency-Key");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"nationalReference\":\"NL-IN/T1\",\"title\":\"x\",\"openedOn\":20000}|openedOn",
        "{\"nationalReference\":\"NL-IN/T2\",\"title\":\"x\",\"openedOn\":[]}|openedOn",
        "{\"nationalReference\":\"NL-IN/T3\",\"title\":\"x\",\"openedOn\":\"\"}|openedOn",
        "{\"nationalReference\":\"NL-IN/T4\",\"title\":12345}|title",
        "{\"nationalReference\":\"NL-IN/T5\",\"title\":true}|title",
        "{\"nationalReference\":\"NL-IN/T6\",\"title\":[\"x\"]}|title",
        "{\"nationalReference\":12345,\"title\":\"x\"}|nationalReference",
      })
  void aCaseBodyOfTheWrongJsonTypesIsA400NamingTheField(String body, String field)
      throws Exception {
    rejected(given.postJson(nlAnalyst(), "/api/v1/cases", body), field);
  }

  @Test
  void aDateGivenAsANumberIsRefusedWithAReasonThatSaysSo() throws Exception {
    rejected(
            given.postJson(
                nlAnalyst(),
                "/api/v1/cases",
                "{\"nationalReference\":\"NL-IN/D\",\"title\":\"x\",\"openedOn\":20000}"),
            "openedOn")
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value("must be a string holding a date (YYYY-MM-DD), not a whole number"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from investigation_case where national_reference = 'NL-IN/D'",
                Long.class))
        .isZero();
  }

  @Test
  void costAndSaleDatesAreNeverEpochNumbers() throws Exception {
    rejected(
        given.postJson(
            nlAnalyst(),
            "/api/v1/assets/" + assetId + "/costs",
            "{\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},\"incurredOn\":0,"
                + "\"description\":\"Storage\"}"),
        "incurredOn");
    rejected(
        mvc.perform(
            put("/api/v1/assets/" + assetId + "/interlocutory-sale")
                .header("Authorization", nlAnalyst())
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"saleDate\":-1,\"orderReference\":\"RB/1\","
                        + "\"amountRealised\":{\"amount\":\"10.00\",\"currency\":\"EUR\"}}")),
        "saleDate");
  }

  @Test
  void anOwnershipStartDateGivenAsAnArrayIsRefused() throws Exception {
    String owner = given.person(nlAnalyst(), caseId, "Vermeulen");
    rejected(
        given.postJson(
            nlAnalyst(),
            "/api/v1/assets/" + assetId + "/owners",
            "{\"subjectId\":\""
                + owner
                + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\"100\",\"startDate\":[]}"),
        "startDate");
  }

  @Test
  void anFtmLineWithAControlCharacterIsRejectedByItsNumberAndNothingIsStored() throws Exception {
    long subjects = jdbc.queryForObject("select count(*) from subject", Long.class);
    rejected(
            ftmImport(
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ann\"]}}\n"
                    + "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"B\\u0000\"]}}\n"),
            "line[2]")
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value(containsString("properties.name[0] contains the control character U+0000")));
    assertThat(jdbc.queryForObject("select count(*) from subject", Long.class)).isEqualTo(subjects);
  }

  @Test
  void anEmptyFtmUploadSaysTheFileIsEmpty() throws Exception {
    ftmImport("")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:empty-body"))
        .andExpect(jsonPath("$.detail").value(containsString("empty")));
  }

  @Test
  void anEmptyJsonBodySaysItIsEmpty() throws Exception {
    given
        .postJson(nlAnalyst(), "/api/v1/cases", "")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:empty-body"));
  }

  private ResultActions ftmImport(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/ftm-imports")
            .header("Authorization", nlAnalyst())
            .contentType("application/x-ndjson")
            .content(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
