package org.sequestra.registry.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlProsecutor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FtmApiTest extends RegistryIntegrationTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Fixtures given;

  @BeforeEach
  void setUp() {
    given = new Fixtures(mvc);
  }

  @Test
  void aCaseIsExportedAsFtmEntitiesWithTheSchemataPropertyNamesAndTheSameIdsEveryTime()
      throws Exception {
    String caseId = given.openCase(nlAnalyst());
    String iban = Fixtures.uniqueDutchIban();
    String person = personWithDetails(caseId);
    String account =
        given.asset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Current"
                + " account\",\"locationCountry\":\"NL\",\"identifiers\":{\"iban\":\""
                + iban
                + "\",\"bic\":\"ABNANL2A\"}}");
    given
        .postJson(
            nlAnalyst(),
            "/api/v1/assets/" + account + "/owners",
            "{\"subjectId\":\""
                + person
                + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\"50\","
                + "\"startDate\":\"2020-01-01\"}")
        .andExpect(status().isCreated());

    String first = export(nlAnalyst(), caseId);
    List<JsonNode> entities = lines(first);
    assertThat(entities)
        .extracting(e -> e.get("schema").asString())
        .containsExactly("Person", "Passport", "BankAccount", "Ownership");
    JsonNode personEntity = entities.get(0).get("properties");
    assertThat(values(personEntity, "name")).containsExactly("Jan Pieter de Vries");
    assertThat(values(personEntity, "firstName")).containsExactly("Jan Pieter");
    assertThat(values(personEntity, "lastName")).containsExactly("de Vries");
    assertThat(values(personEntity, "birthDate")).containsExactly("1971-03-02");
    assertThat(values(personEntity, "nationality")).containsExactly("nl");
    JsonNode passport = entities.get(1).get("properties");
    assertThat(values(passport, "holder")).containsExactly(entities.get(0).get("id").asString());
    assertThat(values(passport, "number")).containsExactly("NW12345K6");
    assertThat(values(passport, "country")).containsExactly("nl");
    JsonNode accountEntity = entities.get(2).get("properties");
    assertThat(values(accountEntity, "iban")).containsExactly(iban);
    assertThat(values(accountEntity, "bic")).containsExactly("ABNANL2A");
    assertThat(values(accountEntity, "country")).containsExactly("nl");
    JsonNode link = entities.get(3).get("properties");
    assertThat(values(link, "owner")).containsExactly(entities.get(0).get("id").asString());
    assertThat(values(link, "asset")).containsExactly(entities.get(2).get("id").asString());
    assertThat(values(link, "percentage")).containsExactly("50");
    assertThat(values(link, "startDate")).containsExactly("2020-01-01");
    assertThat(values(link, "role")).containsExactly("LEGAL");

    assertThat(export(nlAnalyst(), caseId)).isEqualTo(first);
  }

  @Test
  void anotherAgencyNeitherExportsNorImportsIntoACaseItCannotSee() throws Exception {
    String caseId = given.openCase(nlAnalyst());
    given
        .get(esAnalyst(), "/api/v1/cases/" + caseId + "/ftm")
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(PROBLEM));
    importFtm(
            esAnalyst(),
            caseId,
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"]}}\n")
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void exportAndImportAreInTheAuditLog() throws Exception {
    java.time.Instant start = java.time.Instant.now().minusMillis(1);
    String caseId = given.openCase(nlAnalyst());
    importFtm(
            nlAnalyst(),
            caseId,
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Anna Berg\"]}}\n"
                + "{\"id\":\"s1\",\"schema\":\"Sanction\",\"properties\":{}}\n")
        .andExpect(status().isOk());
    export(nlAnalyst(), caseId);
    String auditor =
        org.sequestra.platform.test.TestIssuers.token("agency-nl").roles("AUDITOR").bearer();
    String entries =
        given
            .get(auditor, "/api/v1/audit/entries?size=200&from=" + start)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> actions =
        JsonPath.read(entries, "$.items[?(@.objectId == '" + caseId + "')].action");
    assertThat(actions).contains("case.ftm-import", "case.ftm-export");
    List<String> details =
        JsonPath.read(
            entries,
            "$.items[?(@.action == 'case.ftm-import' && @.objectId == '" + caseId + "')].detail");
    assertThat(details).containsExactly("2 FtM entities: 1 taken, 0 merged, 1 rejected");
  }

  @Test
  void anImportAboveItsSizeLimitIsRefusedBeforeItIsRead() throws Exception {
    String caseId = given.openCase(nlAnalyst());
    String line =
        "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\""
            + "x".repeat(1000)
            + "\"]}}\n";
    importFtm(nlAnalyst(), caseId, line.repeat(9 * 1024))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentType(PROBLEM));
  }

  @Test
  void anAgencyWithAReadOnlyShareExportsButDoesNotImport() throws Exception {
    String caseId = given.openCase(nlAnalyst());
    given
        .postJson(
            Fixtures.nlSupervisor(),
            "/api/v1/cases/" + caseId + "/shares",
            "{\"agency\":\"ES-ARO\",\"access\":\"READ_ONLY\"}")
        .andExpect(status().isCreated());
    export(esAnalyst(), caseId);
    importFtm(
            esAnalyst(),
            caseId,
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"]}}\n")
        .andExpect(status().isForbidden());
  }

  @Test
  void importingNeedsTheAnalystRole() throws Exception {
    String caseId = given.openCase(nlAnalyst());
    importFtm(
            nlProsecutor(),
            caseId,
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"X\"]}}\n")
        .andExpect(status().isForbidden());
  }

  @Test
  void aMalformedLineFailsTheWholeImportNamingTheLineAndNothingIsStored() throws Exception {
    String caseId = given.openCase(nlAnalyst());
    String body =
        "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Anna Berg\"]}}\n"
            + "\n"
            + "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Bo Berg\"]}\n";
    importFtm(nlAnalyst(), caseId, body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.violations[0].field").value("line[3]"))
        .andExpect(jsonPath("$.violations[0].reason").value("is not valid JSON"));
    importFtm(nlAnalyst(), caseId, "{\"id\":\"p1\",\"properties\":{}}\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("line[1]"))
        .andExpect(jsonPath("$.violations[0].reason").value("has no \"schema\" string"));
    importFtm(nlAnalyst(), caseId, "{\"schema\":\"Person\",\"properties\":{}}\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].reason").value("has no \"id\" string"));
    given
        .get(nlAnalyst(), "/api/v1/cases/" + caseId + "/subjects")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(0));
  }

  @Test
  void assetIdentifiersAreValidatedAsWhenRegisteredAndOtherSchemataAreRejectedWithAReason()
      throws Exception {
    String caseId = given.openCase(nlAnalyst());
    String body =
        "{\"id\":\"acc-bad\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL91ABNA0417164301\"]}}\n"
            + "{\"id\":\"acc-ok\",\"schema\":\"BankAccount\",\"properties\":{\"iban\":[\"NL91 ABNA"
            + " 0417 1643 00\"],\"bankName\":[\"ABN AMRO\"]}}\n"
            + "{\"id\":\"ship\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"Ocean"
            + " Star\"],\"imoNumber\":[\"IMO 9074729\"],\"flag\":[\"pa\"]}}\n"
            + "{\"id\":\"pay\",\"schema\":\"Payment\",\"properties\":{\"amountEur\":[\"100\"]}}\n";
    String report =
        importFtm(nlAnalyst(), caseId, body)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<String>read(report, "$.entities[0].outcome")).isEqualTo("REJECTED");
    assertThat(JsonPath.<String>read(report, "$.entities[0].reason"))
        .startsWith("identifiers.iban: ");
    assertThat(JsonPath.<String>read(report, "$.entities[1].outcome")).isEqualTo("TAKEN");
    assertThat(JsonPath.<String>read(report, "$.entities[2].outcome")).isEqualTo("TAKEN");
    assertThat(JsonPath.<String>read(report, "$.entities[3].outcome")).isEqualTo("REJECTED");
    assertThat(JsonPath.<String>read(report, "$.entities[3].reason"))
        .contains("Payment has no place in the registry");
    String vessel = JsonPath.read(report, "$.entities[2].assetId");
    given
        .get(nlAnalyst(), "/api/v1/assets/" + vessel)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.type").value("VESSEL"))
        .andExpect(jsonPath("$.description").value("Ocean Star"))
        .andExpect(jsonPath("$.locationCountry").value("PA"))
        .andExpect(jsonPath("$.identifiers.imoNumber").exists());
  }

  @Test
  void theZalaSanctionsClusterTakesPeopleCompaniesAndTheirOwnership() throws Exception {
    String caseId = given.openCase(nlAnalyst());
    String report = importSample(caseId, "ftm_zala_sanctions_cluster.ftm.json");
    Map<String, Map<String, Long>> outcomes = outcomesBySchema(report);
    System.out.println("zala sample: " + counts(report) + " by schema " + outcomes);

    assertThat(JsonPath.<Integer>read(report, "$.entities.length()")).isEqualTo(91);
    assertThat(outcomes.get("Person")).containsOnlyKeys("TAKEN");
    assertThat(outcomes.get("Company").get("TAKEN")).isEqualTo(11L);
    assertThat(outcomes.get("Sanction")).containsOnly(Map.entry("REJECTED", 41L));
    assertThat(outcomes.get("Address")).containsOnly(Map.entry("REJECTED", 11L));
    assertThat(outcomes.get("Passport")).containsOnly(Map.entry("REJECTED", 1L)); // no number
    assertThat(outcomes.get("Ownership").get("TAKEN")).isPositive();
    // overlapping legal shares above 100 % in the source are refused by the registry's own rule
    List<String> ownershipReasons =
        JsonPath.read(
            report, "$.entities[?(@.schema == 'Ownership' && @.outcome == 'REJECTED')].reason");
    System.out.println("zala ownership rejections: " + ownershipReasons);
    assertThat(ownershipReasons)
        .allMatch(reason -> reason.contains("100 %") || reason.contains("was not taken"));
    given
        .get(nlAnalyst(), "/api/v1/cases/" + caseId + "/subjects?size=50")
        .andExpect(jsonPath("$.page.totalElements").value(17));

    String again = importSample(caseId, "ftm_zala_sanctions_cluster.ftm.json");
    Map<String, Map<String, Long>> second = outcomesBySchema(again);
    System.out.println("zala sample imported again: " + counts(again) + " by schema " + second);
    assertThat(second.get("Person")).containsOnly(Map.entry("MERGED", 6L));
    assertThat(second.get("Company")).containsOnly(Map.entry("MERGED", 11L));
    assertThat(second.get("Ownership")).doesNotContainKey("TAKEN");
    assertThat(second.get("Directorship")).containsOnly(Map.entry("MERGED", 3L));
    assertThat(JsonPath.<Integer>read(again, "$.taken")).isZero();
    given
        .get(nlAnalyst(), "/api/v1/cases/" + caseId + "/subjects?size=50")
        .andExpect(jsonPath("$.page.totalElements").value(17));
  }

  @Test
  void thePartyDonationsTakeDonorsAndPartiesAndRejectPaymentsAndAddresses() throws Exception {
    String caseId = given.openCase(nlAnalyst());
    String report = importSample(caseId, "ftm_parteispenden_payments.ftm.json");
    Map<String, Map<String, Long>> outcomes = outcomesBySchema(report);
    System.out.println("parteispenden sample: " + counts(report) + " by schema " + outcomes);

    assertThat(JsonPath.<Integer>read(report, "$.entities.length()")).isEqualTo(475);
    assertThat(outcomes.get("Payment")).containsOnly(Map.entry("REJECTED", 290L));
    assertThat(outcomes.get("Address")).containsOnly(Map.entry("REJECTED", 89L));
    assertThat(outcomes.get("Organization")).doesNotContainKey("REJECTED");
    assertThat(outcomes.get("Person")).doesNotContainKey("REJECTED");
    assertThat(outcomes.get("Company")).doesNotContainKey("REJECTED");
  }

  @Test
  void aCaseExportedAndImportedIntoANewCaseHasTheSameSubjectsAssetsAndLinks() throws Exception {
    String source = given.openCase(nlAnalyst());
    String person = personWithDetails(source);
    String company =
        Fixtures.id(
            given
                .postJson(
                    nlAnalyst(),
                    "/api/v1/cases/" + source + "/subjects",
                    "{\"kind\":\"LEGAL_ENTITY\",\"role\":\"OWNER\",\"legalEntity\":{\"name\":\"Tulip"
                        + " Holdings B.V.\",\"legalForm\":\"Besloten"
                        + " vennootschap\",\"registrationNumber\":\"12345678\","
                        + "\"jurisdiction\":\"NL\",\"lei\":\"724500VKKSH9QOLTFR81\"}}")
                .andExpect(status().isCreated()));
    String account =
        given.asset(nlAnalyst(), source, Fixtures.bankAccount(Fixtures.uniqueDutchIban()));
    given.asset(
        nlAnalyst(),
        source,
        "{\"type\":\"VESSEL\",\"description\":\"Motor yacht Ocean"
            + " Star\",\"locationCountry\":\"PA\",\"identifiers\":{\"imoNumber\":\"IMO"
            + " 9074729\"}}");
    given.asset(
        nlAnalyst(),
        source,
        "{\"type\":\"VEHICLE\",\"description\":\"Porsche"
            + " 911\",\"identifiers\":{\"vin\":\"WP0ZZZ99ZTS392124\"}}");
    given.asset(
        nlAnalyst(),
        source,
        "{\"type\":\"REAL_ESTATE\",\"description\":\"Villa\",\"identifiers\":"
            + "{\"cadastralReference\":\"ASD01 M 1234 A 0001\",\"cadastralCountry\":\"NL\"}}");
    given.asset(
        nlAnalyst(),
        source,
        "{\"type\":\"CRYPTO_WALLET\",\"description\":\"Hardware wallet\",\"identifiers\":"
            + "{\"walletAddress\":\"0x52908400098527886E0F7030069857D2E4169EE7\",\"chain\":\"ETHEREUM\"}}");
    given.asset(
        nlAnalyst(),
        source,
        "{\"type\":\"SECURITIES\",\"description\":\"Apple"
            + " shares\",\"identifiers\":{\"isin\":\"US0378331005\"}}");
    given.asset(
        nlAnalyst(),
        source,
        "{\"type\":\"AIRCRAFT\",\"description\":\"Business jet\",\"identifiers\":"
            + "{\"aircraftRegistration\":\"PH-BXA\",\"aircraftSerialNumber\":\"29595\"}}");
    given
        .postJson(
            nlAnalyst(),
            "/api/v1/assets/" + account + "/owners",
            "{\"subjectId\":\"" + company + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\"100\"}")
        .andExpect(status().isCreated());
    String shares =
        given.asset(
            nlAnalyst(),
            source,
            "{\"type\":\"COMPANY_SHARES\",\"description\":\"Shares in Tulip Holdings B.V.\","
                + "\"locationCountry\":\"NL\",\"identifiers\":{\"lei\":\"724500VKKSH9QOLTFR81\","
                + "\"registrationNumber\":\"12345678\",\"registrationJurisdiction\":\"NL\"}}");
    given
        .postJson(
            nlAnalyst(),
            "/api/v1/assets/" + shares + "/owners",
            "{\"subjectId\":\"" + person + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\"60\"}")
        .andExpect(status().isCreated());
    given
        .postJson(
            nlAnalyst(),
            "/api/v1/assets/" + account + "/owners",
            "{\"subjectId\":\""
                + person
                + "\",\"kind\":\"BENEFICIAL\",\"startDate\":\"2021-05-01\"}")
        .andExpect(status().isCreated());

    String exported = export(nlAnalyst(), source);
    String target = given.openCase(nlAnalyst());
    String report =
        importFtm(nlAnalyst(), target, exported)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(report, "$.entities[*].outcome")).containsOnly("TAKEN");

    assertThat(exported).doesNotContain("\"Shares in Tulip"); // the company is what is owned
    assertThat(withoutIds(export(nlAnalyst(), target))).isEqualTo(withoutIds(exported));
    given
        .get(nlAnalyst(), "/api/v1/assets?caseId=" + target + "&type=COMPANY_SHARES")
        .andExpect(jsonPath("$.items[0].description").value("Shares in Tulip Holdings B.V."))
        .andExpect(jsonPath("$.items[0].identifiers.lei").value("724500VKKSH9QOLTFR81"));
    given
        .get(nlAnalyst(), "/api/v1/cases/" + target + "/subjects")
        .andExpect(jsonPath("$.items[0].role").value("SUSPECT"))
        .andExpect(jsonPath("$.items[1].legalEntity.lei").value("724500VKKSH9QOLTFR81"));
  }

  private String personWithDetails(String caseId) throws Exception {
    return Fixtures.id(
        given
            .postJson(
                nlAnalyst(),
                "/api/v1/cases/" + caseId + "/subjects",
                "{\"kind\":\"NATURAL_PERSON\",\"role\":\"SUSPECT\",\"naturalPerson\":{\"givenNames\":\"Jan"
                    + " Pieter\",\"familyName\":\"de Vries\",\"birthDate\":\"1971-03-02\","
                    + "\"aliases\":[\"JP\"],\"nationalities\":[\"NL\"],\"identityDocuments\":"
                    + "[{\"type\":\"PASSPORT\",\"number\":\"NW12345K6\",\"issuingCountry\":\"NL\"}]}}")
            .andExpect(status().isCreated()));
  }

  private String export(String bearer, String caseId) throws Exception {
    return given
        .get(bearer, "/api/v1/cases/" + caseId + "/ftm")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private ResultActions importFtm(String bearer, String caseId, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/cases/" + caseId + "/ftm-imports")
            .header("Authorization", bearer)
            .contentType("application/x-ndjson")
            .content(body.getBytes(StandardCharsets.UTF_8)));
  }

  private String importSample(String caseId, String file) throws Exception {
    return importFtm(nlAnalyst(), caseId, sample(file))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static String sample(String file) throws IOException {
    try (InputStream in = FtmApiTest.class.getResourceAsStream("/ftm/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<JsonNode> lines(String ndjson) {
    return ndjson.lines().map(JSON::readTree).toList();
  }

  private static List<String> values(JsonNode properties, String name) {
    List<String> values = new ArrayList<>();
    properties.get(name).values().forEach(v -> values.add(v.asString()));
    return values;
  }

  /**
   * The export with every id replaced by the position of its entity in the file, so that two
   * exports of equal content compare equal.
   */
  private static List<String> withoutIds(String ndjson) {
    List<JsonNode> entities = lines(ndjson);
    Map<String, String> position = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      position.put(entities.get(i).get("id").asString(), "#" + i);
    }
    List<String> canonical = new ArrayList<>();
    for (JsonNode entity : entities) {
      Map<String, List<String>> properties = new TreeMap<>();
      entity
          .get("properties")
          .properties()
          .forEach(
              p -> {
                List<String> values = new ArrayList<>();
                p.getValue()
                    .values()
                    .forEach(v -> values.add(position.getOrDefault(v.asString(), v.asString())));
                properties.put(p.getKey(), values);
              });
      canonical.add(entity.get("schema").asString() + " " + properties);
    }
    return canonical;
  }

  private static String counts(String report) {
    return "taken="
        + JsonPath.read(report, "$.taken")
        + " merged="
        + JsonPath.read(report, "$.merged")
        + " rejected="
        + JsonPath.read(report, "$.rejected");
  }

  private static Map<String, Map<String, Long>> outcomesBySchema(String report) {
    List<Map<String, Object>> entities = JsonPath.read(report, "$.entities");
    return entities.stream()
        .collect(
            Collectors.groupingBy(
                e -> (String) e.get("schema"),
                TreeMap::new,
                Collectors.groupingBy(
                    e -> (String) e.get("outcome"), TreeMap::new, Collectors.counting())));
  }
}
