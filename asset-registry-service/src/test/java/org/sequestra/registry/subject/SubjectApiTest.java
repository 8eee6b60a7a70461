package org.sequestra.registry.subject;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.sequestra.registry.Fixtures.PROBLEM;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlProsecutor;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.test.web.servlet.ResultActions;

class SubjectApiTest extends RegistryIntegrationTest {

  private static final String PERSON =
      """
      {"kind":"NATURAL_PERSON","role":"SUSPECT",
       "naturalPerson":{"givenNames":"Jan Pieter","familyName":"de Vries",
         "aliases":["JP","De Boer"," JP "],"birthDate":"1975-04-12","birthPlace":"Rotterdam",
         "nationalities":["nl","ES"],
         "identityDocuments":[{"type":"PASSPORT","number":"NXC1234R5","issuingCountry":"NL"}]}}
      """;

  private static final String COMPANY =
      """
      {"kind":"LEGAL_ENTITY","role":"BENEFICIAL_OWNER",
       "legalEntity":{"name":"Tulip Holdings B.V.","legalForm":"Besloten vennootschap",
         "registrationNumber":"12345678","jurisdiction":"NL","lei":"hwupkr0mpou8fgxbt394"}}
      """;

  private Fixtures given;
  private String caseId;

  @BeforeEach
  void openCase() throws Exception {
    given = new Fixtures(mvc);
    caseId = given.openCase(nlAnalyst());
  }

  private ResultActions add(String bearer, String json) throws Exception {
    return given.postJson(bearer, "/api/v1/cases/" + caseId + "/subjects", json);
  }

  @Test
  void aNaturalPersonIsAddedWithNamesAliasesBirthNationalitiesAndDocuments() throws Exception {
    add(nlAnalyst(), PERSON)
        .andExpect(status().isCreated())
        .andExpect(
            header().string("Location", containsString("/api/v1/cases/" + caseId + "/subjects/")))
        .andExpect(jsonPath("$.caseId").value(caseId))
        .andExpect(jsonPath("$.kind").value("NATURAL_PERSON"))
        .andExpect(jsonPath("$.role").value("SUSPECT"))
        .andExpect(jsonPath("$.naturalPerson.familyName").value("de Vries"))
        .andExpect(jsonPath("$.naturalPerson.aliases", contains("JP", "De Boer")))
        .andExpect(jsonPath("$.naturalPerson.birthDate").value("1975-04-12"))
        .andExpect(jsonPath("$.naturalPerson.nationalities", contains("NL", "ES")))
        .andExpect(jsonPath("$.naturalPerson.identityDocuments[0].type").value("PASSPORT"))
        .andExpect(jsonPath("$.naturalPerson.identityDocuments[0].issuingCountry").value("NL"))
        .andExpect(jsonPath("$.legalEntity").doesNotExist());
  }

  @Test
  void aLegalEntityIsAddedWithItsLeiValidatedAndNormalised() throws Exception {
    String id = Fixtures.id(add(nlAnalyst(), COMPANY).andExpect(status().isCreated()));
    given
        .get(nlSupervisor(), "/api/v1/cases/" + caseId + "/subjects/" + id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("LEGAL_ENTITY"))
        .andExpect(jsonPath("$.role").value("BENEFICIAL_OWNER"))
        .andExpect(jsonPath("$.legalEntity.name").value("Tulip Holdings B.V."))
        .andExpect(jsonPath("$.legalEntity.jurisdiction").value("NL"))
        .andExpect(jsonPath("$.legalEntity.lei").value("HWUPKR0MPOU8FGXBT394"));
  }

  @Test
  void aPersonReadBackKeepsEveryDetail() throws Exception {
    String id = Fixtures.id(add(nlAnalyst(), PERSON));
    given
        .get(nlSupervisor(), "/api/v1/cases/" + caseId + "/subjects/" + id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.naturalPerson.aliases", contains("JP", "De Boer")))
        .andExpect(jsonPath("$.naturalPerson.identityDocuments", hasSize(1)))
        .andExpect(jsonPath("$.naturalPerson.birthPlace").value("Rotterdam"));
  }

  @Test
  void everySubjectRoleIsAccepted() throws Exception {
    for (String role :
        new String[] {"SUSPECT", "OWNER", "BENEFICIAL_OWNER", "NOMINEE", "THIRD_PARTY", "VICTIM"}) {
      add(nlAnalyst(), COMPANY.replace("BENEFICIAL_OWNER", role))
          .andExpect(status().isCreated())
          .andExpect(jsonPath("$.role").value(role));
    }
    add(nlAnalyst(), COMPANY.replace("BENEFICIAL_OWNER", "ACCOMPLICE"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("role"));
  }

  @Test
  void theSubjectsOfACaseAreListedInTheOrderTheyWereAdded() throws Exception {
    String person = Fixtures.id(add(nlAnalyst(), PERSON));
    String company = Fixtures.id(add(nlAnalyst(), COMPANY));
    given
        .get(nlSupervisor(), "/api/v1/cases/" + caseId + "/subjects?size=10")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", contains(person, company)))
        .andExpect(jsonPath("$.items[0].naturalPerson.nationalities", contains("NL", "ES")))
        .andExpect(jsonPath("$.page.totalElements").value(2));
  }

  @Test
  void aMalformedLeiOrCountryIsNamedInTheProblem() throws Exception {
    add(nlAnalyst(), COMPANY.replace("hwupkr0mpou8fgxbt394", "HWUPKR0MPOU8FGXBT395"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(PROBLEM))
        .andExpect(jsonPath("$.violations[0].field").value("legalEntity.lei"))
        .andExpect(jsonPath("$.violations[0].reason").value("LEI check digits invalid"));
    add(nlAnalyst(), PERSON.replace("\"ES\"", "\"UK\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("naturalPerson.nationalities[1]"))
        .andExpect(
            jsonPath("$.violations[0].reason")
                .value("UK is not an ISO 3166-1 country code (use GB)"));
    add(nlAnalyst(), PERSON.replace("\"issuingCountry\":\"NL\"", "\"issuingCountry\":\"QQ\""))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.violations[0].field")
                .value("naturalPerson.identityDocuments[0].issuingCountry"));
  }

  @Test
  void theDetailsMustMatchTheKindOfSubject() throws Exception {
    add(
            nlAnalyst(),
            "{\"kind\":\"LEGAL_ENTITY\",\"role\":\"OWNER\",\"naturalPerson\":{\"familyName\":\"X\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[*].field", contains("legalEntity", "naturalPerson")));
    add(
            nlAnalyst(),
            "{\"kind\":\"LEGAL_ENTITY\",\"role\":\"OWNER\",\"legalEntity\":{\"name\":\"X\",\"registrationNumber\":\"1\"}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("legalEntity.jurisdiction"));
  }

  @Test
  void aBirthDateInTheFutureIsRefused() throws Exception {
    add(nlAnalyst(), PERSON.replace("1975-04-12", LocalDate.now().plusDays(3).toString()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("naturalPerson.birthDate"));
  }

  @Test
  void anotherAgencysSubjectsAnswer404AndTheirCaseTakesNoSubjects() throws Exception {
    String id = Fixtures.id(add(nlAnalyst(), PERSON));
    given
        .get(esAnalyst(), "/api/v1/cases/" + caseId + "/subjects/" + id)
        .andExpect(status().isNotFound());
    given
        .get(esAnalyst(), "/api/v1/cases/" + caseId + "/subjects")
        .andExpect(status().isNotFound());
    add(esAnalyst(), PERSON).andExpect(status().isNotFound());
    // a subject is found only under its own case
    String otherCase = given.openCase(nlAnalyst());
    given
        .get(nlAnalyst(), "/api/v1/cases/" + otherCase + "/subjects/" + id)
        .andExpect(status().isNotFound());
  }

  @Test
  void supervisorsReadButDoNotAddAndProsecutorsDoNeither() throws Exception {
    add(nlSupervisor(), PERSON).andExpect(status().isForbidden());
    add(nlProsecutor(), PERSON).andExpect(status().isForbidden());
    // a prosecutor reads no case contents unless the case is shared with its agency
    given
        .get(nlProsecutor(), "/api/v1/cases/" + caseId + "/subjects")
        .andExpect(status().isNotFound());
    given.get(nlSupervisor(), "/api/v1/cases/" + caseId + "/subjects").andExpect(status().isOk());
  }
}
