package org.sequestra.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.sequestra.registry.LifecycleFixture.act;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.LifecycleFixture;
import org.sequestra.registry.LifecycleFixture.Value;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Art 27/28 figures on a small seeded set. The acts all take effect in 2013, a year no other test
 * uses, so that the figures for that year are exact although the database is shared.
 */
class StatisticsApiTest extends RegistryIntegrationTest {

  private static final String EMPACT =
      TestIssuers.token("agency-nl").roles("EMPACT_INTEGRATION").bearer();

  @Autowired JdbcTemplate jdbc;

  private ResultActions statistics(String bearer, String query) throws Exception {
    return new Fixtures(mvc).get(bearer, "/api/v1/statistics?" + query);
  }

  private static String asset(String type, String country) {
    return "{\"type\":\""
        + type
        + "\",\"description\":\"Seized\",\"locationCountry\":\""
        + country
        + "\"}";
  }

  /** Returns the ids of what it registers, to check that none of them leaks. */
  private List<String> seed() throws Exception {
    Fixtures given = new Fixtures(mvc);
    LifecycleFixture lifecycle = new LifecycleFixture(mvc, jdbc);
    String nlCase = given.openCase(Fixtures.nlAnalyst());
    String esCase = given.openCase(Fixtures.esAnalyst());
    // NL: an account in NL, frozen and confiscated; a car in ES, frozen at a value in USD that
    // has no euro equivalent
    String account = given.asset(Fixtures.nlAnalyst(), nlCase, asset("BANK_ACCOUNT", "NL"));
    lifecycle.freezeRequested(account, act("NL/1", "2013-02-01", "NL", null));
    lifecycle.frozen(account, act("NL/1", "2013-02-10", "NL", Value.eur("1000.00")));
    lifecycle.confiscated(account, act("NL/2", "2013-09-01", "NL", Value.eur("900.00")));
    String car = given.asset(Fixtures.nlAnalyst(), nlCase, asset("VEHICLE", "ES"));
    lifecycle.freezeRequested(car, act("NL/3", "2013-02-20", "ES", null));
    lifecycle.frozen(car, act("NL/3", "2013-03-01", "ES", Value.withoutEuro("2000", "USD")));
    // ES: cash in ES, frozen, confiscated and disposed of
    String cash = given.asset(Fixtures.esAnalyst(), esCase, asset("CASH", "ES"));
    lifecycle.freezeRequested(cash, act("ES/1", "2013-04-20", "ES", null));
    lifecycle.frozen(cash, act("ES/1", "2013-05-01", "ES", Value.eur("500.00")));
    lifecycle.confiscated(cash, act("ES/2", "2013-11-01", "ES", Value.eur("450.50")));
    lifecycle.disposed(cash, act("ES/3", "2013-12-01", "ES", Value.eur("430.25")));
    return List.of(nlCase, esCase, account, car, cash);
  }

  private static String figures(String list, String filter) {
    return "$." + list + "[?(" + filter + ")].figures";
  }

  @Test
  void figuresAreExactAndScopedToTheCaller() throws Exception {
    long frozenBefore = frozenInSpain(Fixtures.nlAnalyst());
    List<String> seeded = seed();

    ResultActions platform =
        statistics(EMPACT, "year=2013")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.scope").value("PLATFORM"))
            .andExpect(jsonPath("$.agency").doesNotExist())
            .andExpect(jsonPath("$.year").value(2013))
            .andExpect(jsonPath("$.valueAtFreezing.acts").value(3))
            .andExpect(jsonPath("$.valueAtFreezing.valueEur.amount").value("1500.00"))
            .andExpect(jsonPath("$.valueAtFreezing.valueEur.currency").value("EUR"))
            .andExpect(jsonPath("$.valueAtFreezing.actsWithoutEurValue").value(1))
            .andExpect(jsonPath("$.valueAtConfiscation.acts").value(2))
            .andExpect(jsonPath("$.valueAtConfiscation.valueEur.amount").value("1350.50"))
            .andExpect(jsonPath("$.valueAtConfiscation.actsWithoutEurValue").value(0))
            .andExpect(jsonPath("$.valueAtDisposal.acts").value(1))
            .andExpect(jsonPath("$.valueAtDisposal.valueEur.amount").value("430.25"))
            .andExpect(jsonPath("$.byStatus", hasSize(4)))
            .andExpect(
                jsonPath(figures("byStatus", "@.status == 'FREEZE_REQUESTED'") + ".acts").value(3))
            .andExpect(
                jsonPath(
                        figures("byStatus", "@.status == 'FREEZE_REQUESTED'")
                            + ".actsWithoutEurValue")
                    .value(3))
            .andExpect(jsonPath("$.byAssetType", hasSize(9)))
            .andExpect(
                jsonPath(
                        figures("byAssetType", "@.assetType == 'VEHICLE' && @.status == 'FROZEN'")
                            + ".valueEur.amount")
                    .value("0.00"))
            .andExpect(
                jsonPath(
                        figures("byAssetType", "@.assetType == 'VEHICLE' && @.status == 'FROZEN'")
                            + ".actsWithoutEurValue")
                    .value(1))
            .andExpect(
                jsonPath(
                        figures("byAssetType", "@.assetType == 'CASH' && @.status == 'DISPOSED'")
                            + ".valueEur.amount")
                    .value("430.25"))
            .andExpect(
                jsonPath(
                        figures("byCountry", "@.country == 'ES' && @.status == 'FROZEN'") + ".acts")
                    .value(2))
            .andExpect(
                jsonPath(
                        figures("byCountry", "@.country == 'ES' && @.status == 'FROZEN'")
                            + ".valueEur.amount")
                    .value("500.00"))
            .andExpect(
                jsonPath(
                        figures("byCountry", "@.country == 'NL' && @.status == 'CONFISCATED'")
                            + ".valueEur.amount")
                    .value("900.00"))
            .andExpect(jsonPath("$.byYear[*].year", not(hasItem(2012))))
            .andExpect(
                jsonPath(figures("byYear", "@.year == 2013 && @.status == 'FROZEN'") + ".acts")
                    .value(3));
    // aggregates only: no case or asset leaks into the answer
    for (String id : seeded) {
      platform.andExpect(content().string(not(containsString(id))));
    }

    statistics(Fixtures.nlAnalyst(), "year=2013")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scope").value("AGENCY"))
        .andExpect(jsonPath("$.agency").value("NL-ARO"))
        .andExpect(jsonPath("$.valueAtFreezing.acts").value(2))
        .andExpect(jsonPath("$.valueAtFreezing.valueEur.amount").value("1000.00"))
        .andExpect(jsonPath("$.valueAtFreezing.actsWithoutEurValue").value(1))
        .andExpect(jsonPath("$.valueAtConfiscation.valueEur.amount").value("900.00"))
        .andExpect(jsonPath("$.valueAtDisposal.acts").value(0))
        .andExpect(jsonPath("$.valueAtDisposal.valueEur.amount").value("0.00"));

    statistics(EMPACT, "year=2013&country=ES")
        .andExpect(jsonPath("$.country").value("ES"))
        .andExpect(jsonPath("$.valueAtFreezing.acts").value(2))
        .andExpect(jsonPath("$.valueAtFreezing.valueEur.amount").value("500.00"))
        .andExpect(jsonPath("$.valueAtFreezing.actsWithoutEurValue").value(1))
        .andExpect(jsonPath("$.byCountry[*].country", not(hasItem("NL"))));

    // today's snapshot: the car is frozen in Spain
    assertThat(frozenInSpain(Fixtures.nlAnalyst())).isEqualTo(frozenBefore + 1);
  }

  private long frozenInSpain(String bearer) throws Exception {
    String body = statistics(bearer, "country=ES").andReturn().getResponse().getContentAsString();
    List<Number> frozen = JsonPath.read(body, "$.currentStatus[?(@.status == 'FROZEN')].assets");
    return frozen.isEmpty() ? 0 : frozen.getFirst().longValue();
  }

  /** A case opened on {@code openedOn} with {@code priorities} (JSON strings); returns its id. */
  private String openCase(String bearer, String openedOn, String priorities) throws Exception {
    return Fixtures.id(
        new Fixtures(mvc)
            .postJson(
                bearer,
                "/api/v1/cases",
                "{\"nationalReference\":\"ARO/STAT/"
                    + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"title\":\"t\",\"openedOn\":\""
                    + openedOn
                    + "\",\"empactPriorities\":["
                    + priorities
                    + "]}")
            .andExpect(status().isCreated()));
  }

  private void frozen(String assetId, String day, String eur) throws Exception {
    LifecycleFixture lifecycle = new LifecycleFixture(mvc, jdbc);
    lifecycle.freezeRequested(assetId, act("ORD/" + day, day, "NL", null));
    lifecycle.frozen(assetId, act("ORD/" + day, day, "NL", Value.eur(eur)));
  }

  /**
   * The acts of 2011 (a year no other test uses) by the EMPACT cycle of their case; a priority code
   * that recurs in both cycles counts within each cycle apart.
   */
  @Test
  void figuresGroupByEmpactCycleAndByPriorityWithinItsCycle() throws Exception {
    Fixtures given = new Fixtures(mvc);
    String old =
        openCase(Fixtures.nlAnalyst(), "2024-05-01", "\"DRUGS_SYNTHETIC_NPS\",\"DOCUMENT_FRAUD\"");
    String current = openCase(Fixtures.nlAnalyst(), "2026-03-01", "\"DRUGS_TRAFFICKING\"");
    String withoutCycle = openCase(Fixtures.esAnalyst(), "2019-06-01", "");
    frozen(given.asset(Fixtures.nlAnalyst(), old, asset("CASH", "NL")), "2011-02-01", "100.00");
    frozen(given.asset(Fixtures.nlAnalyst(), current, asset("CASH", "NL")), "2011-03-01", "200.00");
    frozen(
        given.asset(Fixtures.nlAnalyst(), current, asset("VEHICLE", "NL")), "2011-04-01", "50.00");
    frozen(
        given.asset(Fixtures.esAnalyst(), withoutCycle, asset("CASH", "ES")), "2011-05-01", "7.00");

    String body =
        statistics(EMPACT, "year=2011")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.valueAtFreezing.acts").value(4))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Map<String, Object>> byCycle =
        JsonPath.read(body, "$.byEmpactCycle[?(@.status == 'FROZEN')]");
    assertThat(byCycle)
        .extracting(row -> row.get("cycle"), row -> figure(row, "acts"), row -> figure(row, "eur"))
        .containsExactlyInAnyOrder(
            tuple("2022-2025", "1", "100.00"),
            tuple("2026-2029", "2", "250.00"),
            tuple(null, "1", "7.00"));
    List<Map<String, Object>> byPriority =
        JsonPath.read(body, "$.byEmpactPriority[?(@.status == 'FROZEN')]");
    assertThat(byPriority)
        .extracting(
            row -> row.get("cycle"),
            row -> row.get("priority"),
            row -> figure(row, "acts"),
            row -> figure(row, "eur"))
        .containsExactlyInAnyOrder(
            tuple("2022-2025", "DOCUMENT_FRAUD", "1", "100.00"),
            tuple("2022-2025", "DRUGS_SYNTHETIC_NPS", "1", "100.00"),
            tuple("2026-2029", "DRUGS_TRAFFICKING", "2", "250.00"));
    assertThat(
            JsonPath.<List<Object>>read(body, "$.byEmpactCycle[?(@.status == 'FREEZE_REQUESTED')]"))
        .hasSize(3);

    // an agency sees its own cases' figures only
    String nl =
        statistics(Fixtures.nlAnalyst(), "year=2011")
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<Object>>read(nl, "$.byEmpactCycle[?(@.status == 'FROZEN')].cycle"))
        .containsExactlyInAnyOrder("2022-2025", "2026-2029");
  }

  private static String figure(Map<String, Object> row, String which) {
    @SuppressWarnings("unchecked")
    Map<String, Object> figures = (Map<String, Object>) row.get("figures");
    if (which.equals("acts")) {
      return figures.get("acts").toString();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> value = (Map<String, Object>) figures.get("valueEur");
    return value.get("amount").toString();
  }

  @Test
  void prosecutorsAndAuditorsGetNoStatistics() throws Exception {
    statistics(Fixtures.nlProsecutor(), "").andExpect(status().isForbidden());
    statistics(TestIssuers.token("agency-nl").roles("AUDITOR").bearer(), "")
        .andExpect(status().isForbidden());
    statistics(TestIssuers.token("agency-nl").roles("PLATFORM_ADMIN").bearer(), "year=1990")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scope").value("PLATFORM"))
        .andExpect(jsonPath("$.valueAtFreezing.acts").value(0));
  }
}
