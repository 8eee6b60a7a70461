package org.sequestra.registry.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.sequestra.registry.Fixtures.bankAccount;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AssetSearchApiTest extends RegistryIntegrationTest {

  @Autowired JdbcTemplate jdbc;

  private Fixtures given;
  private String caseId;

  @BeforeEach
  void openCase() throws Exception {
    given = new Fixtures(mvc);
    caseId = given.openCase(nlAnalyst());
  }

  private String search(String query) throws Exception {
    return given
        .get(nlSupervisor(), "/api/v1/assets?" + query)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void filtersByTypeStatusAndCountryWithinACase() throws Exception {
    String dutchCar =
        given.asset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"VEHICLE\",\"description\":\"Porsche\",\"locationCountry\":\"NL\"}");
    String spanishCar =
        given.asset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"VEHICLE\",\"description\":\"Seat\",\"locationCountry\":\"ES\"}");
    String account = given.asset(nlAnalyst(), caseId, bankAccount(uniqueDutchIban()));

    given
        .get(nlSupervisor(), "/api/v1/assets?caseId=" + caseId + "&type=VEHICLE&sort=createdAt,asc")
        .andExpect(jsonPath("$.items[*].id", contains(dutchCar, spanishCar)));
    given
        .get(nlSupervisor(), "/api/v1/assets?caseId=" + caseId + "&type=VEHICLE&country=ES")
        .andExpect(jsonPath("$.items[*].id", contains(spanishCar)));
    given
        .get(nlSupervisor(), "/api/v1/assets?caseId=" + caseId + "&status=IDENTIFIED")
        .andExpect(jsonPath("$.page.totalElements").value(3))
        .andExpect(jsonPath("$.items[*].id", hasItem(account)));
    given
        .get(nlSupervisor(), "/api/v1/assets?caseId=" + caseId + "&status=FROZEN")
        .andExpect(jsonPath("$.items", hasSize(0)));
  }

  @Test
  void findsAnAssetByItsIdentifierInAnyUsualSpelling() throws Exception {
    String iban = uniqueDutchIban();
    String account = given.asset(nlAnalyst(), caseId, bankAccount(iban));
    String printed = iban.replaceAll("(.{4})", "$1 ").trim().toLowerCase();

    mvc.perform(
            get("/api/v1/assets")
                .param("identifier", printed)
                .header("Authorization", nlSupervisor()))
        .andExpect(jsonPath("$.items[*].id", contains(account)));
    given
        .get(nlSupervisor(), "/api/v1/assets?identifier=" + iban)
        .andExpect(jsonPath("$.items[*].id", contains(account)));
  }

  /**
   * A page fetches identifiers and warnings in one statement (one row per pair): each asset, each
   * identifier and each warning still shows once, warnings in their order, and a page of one is one
   * asset.
   */
  @Test
  void showsEachAssetIdentifierAndWarningOnceHoweverManyEachHas() throws Exception {
    List<String> accounts = new ArrayList<>();
    List<String> ibans = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String iban = uniqueDutchIban();
      ibans.add(iban);
      // a German BIC for a Dutch IBAN draws a warning; a second one is added below
      accounts.add(
          given.asset(
              nlAnalyst(),
              caseId,
              "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Account\",\"identifiers\":"
                  + "{\"iban\":\""
                  + iban
                  + "\",\"bic\":\"DEUTDEFF\"}}"));
      jdbc.update(
          "insert into asset_warning (asset_id, position, message) values (?, 1, 'Second look')",
          UUID.fromString(accounts.get(i)));
    }

    given
        .get(nlSupervisor(), "/api/v1/assets?identifier=" + ibans.get(1))
        .andExpect(jsonPath("$.items[*].id", contains(accounts.get(1))))
        .andExpect(jsonPath("$.items[0].identifiers.iban").value(ibans.get(1)))
        .andExpect(jsonPath("$.items[0].identifiers.bic").value("DEUTDEFF"))
        .andExpect(jsonPath("$.items[0].warnings", hasSize(2)))
        .andExpect(
            jsonPath(
                "$.items[0].warnings",
                contains(
                    "BIC country DE differs from IBAN country NL (possible, but worth a second look)",
                    "Second look")))
        .andExpect(jsonPath("$.page.totalElements").value(1));
    for (int page = 0; page < 2; page++) {
      given
          .get(
              nlSupervisor(),
              "/api/v1/assets?caseId=" + caseId + "&sort=createdAt,asc&size=1&page=" + page)
          .andExpect(jsonPath("$.items[*].id", contains(accounts.get(page))))
          .andExpect(jsonPath("$.items[0].warnings", hasSize(2)))
          .andExpect(jsonPath("$.page.totalElements").value(2));
    }
    given
        .get(nlSupervisor(), "/api/v1/cases/" + caseId + "/assets")
        .andExpect(jsonPath("$.items[*].id", contains(accounts.get(0), accounts.get(1))))
        .andExpect(jsonPath("$.items[1].warnings", hasSize(2)));
  }

  @Test
  void findsFreeFormIdentifiersRegardlessOfCase() throws Exception {
    String registration = "PH-" + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
    String aircraft =
        given.asset(
            nlAnalyst(),
            caseId,
            "{\"type\":\"AIRCRAFT\",\"description\":\"Jet\",\"identifiers\":{\"aircraftRegistration\":\""
                + registration
                + "\"}}");
    given
        .get(
            nlSupervisor(),
            "/api/v1/assets?caseId=" + caseId + "&identifier=" + registration.toLowerCase())
        .andExpect(jsonPath("$.items[*].id", contains(aircraft)));
  }

  @Test
  void neverShowsAssetsOfAnotherAgency() throws Exception {
    String iban = uniqueDutchIban();
    String esCase = given.openCase(esAnalyst());
    String esAccount = given.asset(esAnalyst(), esCase, bankAccount(iban));
    String nlAccount = given.asset(nlAnalyst(), caseId, bankAccount(iban));

    given
        .get(nlSupervisor(), "/api/v1/assets?identifier=" + iban)
        .andExpect(jsonPath("$.items[*].id", contains(nlAccount)));
    given
        .get(nlSupervisor(), "/api/v1/assets?type=BANK_ACCOUNT&size=200")
        .andExpect(jsonPath("$.items[*].id", not(hasItem(esAccount))))
        .andExpect(jsonPath("$.items[*].caseId", everyItem(not(is(esCase)))));
    // naming another agency's case does not reveal that it exists
    given.get(nlSupervisor(), "/api/v1/assets?caseId=" + esCase).andExpect(status().isNotFound());
  }

  @Test
  void pagesAreStableAndDisjointEvenWhenTheSortKeyTies() throws Exception {
    List<String> registered = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      registered.add(
          given.asset(
              nlAnalyst(), caseId, "{\"type\":\"CASH\",\"description\":\"bundle " + i + "\"}"));
    }
    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      String body = search("caseId=" + caseId + "&sort=type,asc&size=2&page=" + page);
      List<String> ids = JsonPath.read(body, "$.items[*].id");
      assertThat(ids).hasSizeLessThanOrEqualTo(2);
      seen.addAll(ids);
      assertThat(search("caseId=" + caseId + "&sort=type,asc&size=2&page=" + page))
          .as("the same page twice")
          .isEqualTo(body);
      assertThat((Integer) JsonPath.read(body, "$.page.totalPages")).isEqualTo(3);
    }
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(registered);
    assertThat(seen).isSortedAccordingTo(String::compareTo);
  }

  @Test
  void sortsByTheRequestedPropertyAndDirection() throws Exception {
    String cash = given.asset(nlAnalyst(), caseId, "{\"type\":\"CASH\",\"description\":\"x\"}");
    String vessel = given.asset(nlAnalyst(), caseId, "{\"type\":\"VESSEL\",\"description\":\"x\"}");
    String account = given.asset(nlAnalyst(), caseId, bankAccount(uniqueDutchIban()));
    given
        .get(nlSupervisor(), "/api/v1/assets?caseId=" + caseId + "&sort=type,desc")
        .andExpect(jsonPath("$.items[*].id", contains(vessel, cash, account)));
    given
        .get(nlSupervisor(), "/api/v1/assets?caseId=" + caseId + "&sort=createdAt")
        .andExpect(jsonPath("$.items[*].id", contains(cash, vessel, account)));
  }

  @Test
  void pageSizeIsBoundedAndUnknownSortsOrFiltersAreRefused() throws Exception {
    given
        .get(nlSupervisor(), "/api/v1/assets?size=201")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("size"));
    given.get(nlSupervisor(), "/api/v1/assets?size=200").andExpect(status().isOk());
    given.get(nlSupervisor(), "/api/v1/assets").andExpect(jsonPath("$.page.size").value(20));
    given
        .get(nlSupervisor(), "/api/v1/assets?sort=description,asc")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("sort"));
    given
        .get(nlSupervisor(), "/api/v1/assets?type=SUBMARINE")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("type"));
    given
        .get(nlSupervisor(), "/api/v1/assets?country=Netherlands")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("country"));
  }
}
