package org.sequestra.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.nlSupervisor;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.LifecycleFixture.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every list of the registry costs a small, fixed number of SQL statements, whatever the page size:
 * what a page shows (identifiers, warnings, valuations, aliases, offences...) is fetched per page,
 * never per row. Counted with Hibernate's statistics, switched on around each request: a page of 20
 * or 200 items must cost exactly what a page of 2 costs (so a batch of lazy loads smaller than the
 * largest page shows as well as one load per row).
 */
class ListStatementCountTest extends RegistryIntegrationTest {

  /** More rows than the largest page (200) for the lists that fetch collections per page. */
  private static final int MANY = 201;

  /** The lists of plain rows: enough for a page of 20. */
  private static final int FEW = 21;

  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired JdbcTemplate jdbc;

  private Statistics statistics;
  private Fixtures given;
  private String caseId;

  @BeforeEach
  void statistics() throws Exception {
    statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    given = new Fixtures(mvc);
    caseId = given.openCase(nlAnalyst());
  }

  @AfterEach
  void statisticsOff() {
    statistics.setStatisticsEnabled(false);
  }

  /** The statements one GET prepares; the request must succeed. */
  private long statementsOf(String bearer, String path) throws Exception {
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    try {
      given.get(bearer, path).andExpect(status().isOk());
      return statistics.getPrepareStatementCount();
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  /**
   * The statements of a first page of 2, of 20 and (when {@code rows} fill it) of 200 items, all
   * full so that all count their total, must be equal and at most {@code most}; a page that is not
   * full needs no count and must cost no more.
   */
  private void pages(String bearer, String path, int rows, int most) throws Exception {
    String separator = path.contains("?") ? "&" : "?";
    given
        .get(bearer, path + separator + "size=20")
        .andExpect(jsonPath("$.items.length()").value(20));
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int size : rows > 200 ? List.of(2, 20, 200) : List.of(2, 20)) {
      counts.put("size " + size, statementsOf(bearer, path + separator + "size=" + size));
    }
    counts.put("last page", statementsOf(bearer, path + separator + "size=20&page=" + rows / 20));
    assertThat(counts.values()).as("statements of %s: %s", path, counts).allMatch(n -> n <= most);
    assertThat(counts.entrySet().stream().filter(e -> e.getKey().startsWith("size")))
        .as("a page of 200 or 20 costs what a page of 2 costs: %s, %s", path, counts)
        .extracting(Map.Entry::getValue)
        .containsOnly(counts.get("size 2"));
  }

  /** A BIC of a bank nobody else uses, in Germany (so a Dutch IBAN with it draws a warning). */
  private static String uniqueGermanBic() {
    StringBuilder bank = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      bank.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return bank + "DEFF";
  }

  private String account(String bic) throws Exception {
    return given.asset(
        nlAnalyst(),
        caseId,
        "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Account\",\"locationCountry\":\"NL\","
            + "\"identifiers\":{\"iban\":\""
            + uniqueDutchIban()
            + "\",\"bic\":\""
            + bic
            + "\"},\"valuation\":{\"estimatedValue\":{\"amount\":\"1000.00\",\"currency\":\"EUR\"},"
            + "\"valuationDate\":\"2025-01-05\",\"source\":\"Bank reply\"}}");
  }

  @Test
  void assetPagesLoadIdentifiersWarningsAndValuationsOncePerPage() throws Exception {
    String bic = uniqueGermanBic();
    for (int i = 0; i < MANY; i++) {
      account(bic);
    }
    given
        .get(nlSupervisor(), "/api/v1/assets?identifier=" + bic.toLowerCase(Locale.ROOT))
        .andExpect(jsonPath("$.items[0].identifiers.bic").value(bic))
        .andExpect(jsonPath("$.items[0].warnings.length()").value(1))
        .andExpect(jsonPath("$.items[0].currentValuation.estimatedValue.amount").value("1000.00"));
    given
        .get(esAnalyst(), "/api/v1/assets?identifier=" + bic)
        .andExpect(jsonPath("$.items.length()").value(0))
        .andExpect(jsonPath("$.page.totalElements").value(0));

    // the page with what it shows in one statement, and the count when the page is full
    pages(nlSupervisor(), "/api/v1/assets?identifier=" + bic, MANY, 2);
    // the same after the case's access check
    pages(nlSupervisor(), "/api/v1/assets?caseId=" + caseId, MANY, 3);
    pages(
        nlSupervisor(),
        "/api/v1/assets?caseId=" + caseId + "&type=BANK_ACCOUNT&status=IDENTIFIED&country=NL",
        MANY,
        3);
    pages(nlSupervisor(), "/api/v1/cases/" + caseId + "/assets", MANY, 3);
  }

  @Test
  void anIdentifierNobodyHoldsCostsOneStatement() throws Exception {
    long statements =
        statementsOf(nlSupervisor(), "/api/v1/assets?identifier=" + uniqueGermanBic());
    assertThat(statements).isEqualTo(1);
  }

  @Test
  void anIdentifierLookUpThatFindsCostsOneStatement() throws Exception {
    String iban = uniqueDutchIban();
    given.asset(
        nlAnalyst(),
        caseId,
        "{\"type\":\"BANK_ACCOUNT\",\"description\":\"Account\",\"identifiers\":{\"iban\":\""
            + iban
            + "\",\"bic\":\""
            + uniqueGermanBic()
            + "\"},\"valuation\":{\"estimatedValue\":{\"amount\":\"5.00\",\"currency\":\"EUR\"},"
            + "\"valuationDate\":\"2025-01-05\"}}");
    long statements =
        statementsOf(nlSupervisor(), "/api/v1/assets?identifier=" + iban.toLowerCase(Locale.ROOT));
    assertThat(statements).isEqualTo(1);
    given
        .get(nlSupervisor(), "/api/v1/assets?identifier=" + iban)
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].identifiers.iban").value(iban))
        .andExpect(jsonPath("$.items[0].warnings.length()").value(1))
        .andExpect(jsonPath("$.items[0].currentValuation.estimatedValue.amount").value("5.00"))
        .andExpect(jsonPath("$.page.totalElements").value(1));
  }

  @Test
  void casePagesLoadOffencesAndSharesOncePerPage() throws Exception {
    String prefix = "NL-ARO/N1_" + UUID.randomUUID().toString().substring(0, 8) + "/";
    for (int i = 0; i < MANY; i++) {
      given
          .postJson(
              nlAnalyst(),
              "/api/v1/cases",
              "{\"nationalReference\":\""
                  + prefix
                  + i
                  + "\",\"title\":\"t\",\"offences\":[\"fraud\",\"laundering\"]}")
          .andExpect(status().isCreated());
    }
    pages(nlAnalyst(), "/api/v1/cases?referencePrefix=" + prefix, MANY, 5);
  }

  @Test
  void subjectPagesLoadAliasesNationalitiesAndDocumentsOncePerPage() throws Exception {
    for (int i = 0; i < MANY; i++) {
      given
          .postJson(
              nlAnalyst(),
              "/api/v1/cases/" + caseId + "/subjects",
              """
              {"kind":"NATURAL_PERSON","role":"SUSPECT",
               "naturalPerson":{"givenNames":"Jan","familyName":"de Vries %d",
                 "aliases":["JP","De Boer"],"nationalities":["NL","ES"],
                 "identityDocuments":[{"type":"PASSPORT","number":"NXC1234R5","issuingCountry":"NL"}]}}
              """
                  .formatted(i))
          .andExpect(status().isCreated());
    }
    pages(nlSupervisor(), "/api/v1/cases/" + caseId + "/subjects", MANY, 6);
  }

  @Test
  void valuationAndOwnerPagesAreOneQueryEach() throws Exception {
    String assetId = account(uniqueGermanBic());
    for (int i = 0; i < FEW; i++) {
      given
          .postJson(
              nlAnalyst(),
              "/api/v1/assets/" + assetId + "/valuations",
              "{\"estimatedValue\":{\"amount\":\""
                  + (100 + i)
                  + "\",\"currency\":\"EUR\"},"
                  + "\"valuationDate\":\"2025-02-01\"}")
          .andExpect(status().isCreated());
      String owner = given.person(nlAnalyst(), caseId, "Owner " + i);
      given
          .postJson(
              nlAnalyst(),
              "/api/v1/assets/" + assetId + "/owners",
              "{\"subjectId\":\"" + owner + "\",\"kind\":\"BENEFICIAL\"}")
          .andExpect(status().isCreated());
    }
    pages(nlSupervisor(), "/api/v1/assets/" + assetId + "/valuations", FEW, 4);
    pages(nlSupervisor(), "/api/v1/assets/" + assetId + "/owners", FEW, 4);
  }

  @Test
  void hitPagesAreOneQuery() throws Exception {
    String esCase = given.openCase(esAnalyst());
    for (int i = 0; i < FEW; i++) {
      String iban = uniqueDutchIban();
      given.asset(nlAnalyst(), caseId, Fixtures.bankAccount(iban));
      given.asset(esAnalyst(), esCase, Fixtures.bankAccount(iban));
    }
    pages(nlAnalyst(), "/api/v1/hits", FEW, 2);
  }

  @Test
  void aHistoryAndTheCostsOfAnAssetAreOneQueryEach() throws Exception {
    String assetId = account(uniqueGermanBic());
    LifecycleFixture lifecycle = new LifecycleFixture(mvc, jdbc);
    lifecycle.freezeRequested(
        assetId, LifecycleFixture.act("ORD-1", "2025-03-01", "NL", Value.eur("1000")));
    long requested = statementsOf(nlSupervisor(), "/api/v1/assets/" + assetId + "/transitions");
    lifecycle.frozen(assetId, LifecycleFixture.act("ORD-2", "2025-03-02", "NL", Value.eur("1000")));
    for (int i = 0; i < FEW; i++) {
      given
          .postJson(
              nlAnalyst(),
              "/api/v1/assets/" + assetId + "/costs",
              "{\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},\"incurredOn\":\"2025-05-01\","
                  + "\"description\":\"Storage\"}")
          .andExpect(status().isCreated());
    }
    long frozen = statementsOf(nlSupervisor(), "/api/v1/assets/" + assetId + "/transitions");
    long costs = statementsOf(nlSupervisor(), "/api/v1/assets/" + assetId + "/costs");
    assertThat(frozen).isEqualTo(requested).isLessThanOrEqualTo(4);
    assertThat(costs).isLessThanOrEqualTo(4);
  }
}
