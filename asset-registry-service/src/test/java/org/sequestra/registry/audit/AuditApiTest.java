package org.sequestra.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/** The audit log through the API: what gets recorded, who may read it, and tamper detection. */
class AuditApiTest extends RegistryIntegrationTest {

  @Autowired JdbcTemplate jdbc;

  private static String bearer(String realm, String username, String... roles) {
    return TestIssuers.token(realm).username(username).roles(roles).bearer();
  }

  private final String nlAnalyst = bearer("agency-nl", "de-vries", "ARO_ANALYST");
  private final String nlSupervisor = bearer("agency-nl", "bakker", "ARO_SUPERVISOR");
  private final String esAnalyst = bearer("agency-es", "garcia", "ARO_ANALYST");
  private final String nlAuditor = bearer("agency-nl", "visser", "AUDITOR");
  private final String esAuditor = bearer("agency-es", "lopez", "AUDITOR");
  private final String platformAdmin = bearer("agency-nl", "admin", "PLATFORM_ADMIN");

  private String json(ResultActions actions, String path) throws Exception {
    return JsonPath.read(actions.andReturn().getResponse().getContentAsString(), path).toString();
  }

  private String openCase() throws Exception {
    return json(
        mvc.perform(
                post("/api/v1/cases")
                    .header("Authorization", nlAnalyst)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"nationalReference\":\"NL-ARO/AUD/"
                            + UUID.randomUUID().toString().substring(0, 8)
                            + "\",\"title\":\"Audited\"}"))
            .andExpect(status().isCreated()),
        "$.id");
  }

  private ResultActions entriesSince(String bearer, Instant from) throws Exception {
    return mvc.perform(
        get("/api/v1/audit/entries?size=200&from=" + from).header("Authorization", bearer));
  }

  @Test
  void writesAndReadsOfACaseAreRecordedForTheAuditorsOfTheAgenciesConcerned() throws Exception {
    Instant start = Instant.now().minusMillis(1);
    String caseId = openCase();
    String shareId =
        json(
            mvc.perform(
                    post("/api/v1/cases/" + caseId + "/shares")
                        .header("Authorization", nlSupervisor)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agency\":\"ES-ARO\",\"access\":\"CONTRIBUTOR\"}"))
                .andExpect(status().isCreated()),
            "$.id");
    mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", esAnalyst))
        .andExpect(status().isOk());
    mvc.perform(
            patch("/api/v1/cases/" + caseId)
                .header("Authorization", esAnalyst)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Changed by ES\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            delete("/api/v1/cases/" + caseId + "/shares/" + shareId)
                .header("Authorization", nlSupervisor))
        .andExpect(status().isNoContent());

    List<Map<String, Object>> forNl = entriesAbout(nlAuditor, start, caseId);
    assertThat(forNl)
        .extracting(e -> e.get("action"), e -> e.get("username"), e -> e.get("agency"))
        .containsExactly(
            tuple("case.create", "de-vries", "NL-ARO"),
            tuple("case.share", "bakker", "NL-ARO"),
            tuple("case.read", "garcia", "ES-ARO"),
            tuple("case.update", "garcia", "ES-ARO"),
            tuple("case.share.revoke", "bakker", "NL-ARO"));
    assertThat(forNl.get(2).get("objectAgency")).isEqualTo("NL-ARO");
    assertThat((String) forNl.get(1).get("detail")).contains("with ES-ARO, CONTRIBUTOR");
    assertThat((String) forNl.get(0).get("requestId")).isNotBlank();
    assertThat((String) forNl.get(0).get("hash")).matches("[0-9a-f]{64}");

    // ES's auditor sees what ES's people did to the NL case, not what NL did
    assertThat(entriesAbout(esAuditor, start, caseId))
        .extracting(e -> e.get("action"))
        .containsExactly("case.read", "case.update");
  }

  private List<Map<String, Object>> entriesAbout(String auditor, Instant from, String objectId)
      throws Exception {
    String body =
        entriesSince(auditor, from)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items[?(@.objectId == '" + objectId + "')]");
  }

  @Test
  void anotherAgencysOwnWorkStaysOutOfTheAuditorsList() throws Exception {
    Instant start = Instant.now().minusMillis(1);
    String caseId = openCase();

    entriesSince(esAuditor, start).andExpect(jsonPath("$.items[*].objectId", not(hasItem(caseId))));
    entriesSince(esAuditor, Instant.now().plusSeconds(3600))
        .andExpect(jsonPath("$.items", empty()))
        .andExpect(jsonPath("$.page.totalElements").value(0));
  }

  @Test
  void onlyAuditorsReadTheLog() throws Exception {
    mvc.perform(get("/api/v1/audit/entries").header("Authorization", nlSupervisor))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/audit/verification").header("Authorization", nlAnalyst))
        .andExpect(status().isForbidden());
  }

  @Test
  void theChainVerifiesAndATamperedRowIsNamed() throws Exception {
    String caseId = openCase();
    mvc.perform(get("/api/v1/audit/verification").header("Authorization", nlAuditor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.firstBrokenSequence").doesNotExist());
    long sequence =
        jdbc.queryForObject(
            "select seq from audit_log where action = 'case.create' and object_id = ?",
            Long.class,
            caseId);

    bypassingTriggers("update audit_log set username = 'nobody' where seq = " + sequence);
    try {
      mvc.perform(get("/api/v1/audit/verification").header("Authorization", platformAdmin))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.firstBrokenSequence").value(sequence))
          .andExpect(jsonPath("$.reason").value("CONTENT_HASH_MISMATCH"))
          .andExpect(jsonPath("$.entriesChecked").value(sequence));
    } finally {
      bypassingTriggers("update audit_log set username = 'de-vries' where seq = " + sequence);
    }
    mvc.perform(get("/api/v1/audit/verification").header("Authorization", nlAuditor))
        .andExpect(jsonPath("$.valid").value(true));
  }

  @Test
  void anIntactChainIsIntactForEveryAuditorAndTheAdministrator() throws Exception {
    openCase();
    for (String caller : List.of(nlAuditor, esAuditor)) {
      mvc.perform(get("/api/v1/audit/verification").header("Authorization", caller))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(true))
          .andExpect(jsonPath("$.scope").value("AGENCY"))
          .andExpect(jsonPath("$.brokenOutsideScope").value(false))
          .andExpect(jsonPath("$.entriesChecked").value(greaterThan(0)))
          .andExpect(jsonPath("$.firstBrokenSequence").doesNotExist())
          .andExpect(jsonPath("$.reason").doesNotExist());
    }
    mvc.perform(get("/api/v1/audit/verification").header("Authorization", platformAdmin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true))
        .andExpect(jsonPath("$.scope").value("PLATFORM"));
  }

  @Test
  void aBreakInAnotherAgencysEntryIsReportedToTheAuditorWithoutWhereOrWhat() throws Exception {
    String caseId = openCase();
    long sequence =
        jdbc.queryForObject(
            "select seq from audit_log where action = 'case.create' and object_id = ?",
            Long.class,
            caseId);
    String nlEntryHash =
        jdbc.queryForObject("select hash from audit_log where seq = ?", String.class, sequence);

    bypassingTriggers("update audit_log set username = 'nobody' where seq = " + sequence);
    try {
      String forEs =
          mvc.perform(get("/api/v1/audit/verification").header("Authorization", esAuditor))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.valid").value(false))
              .andExpect(jsonPath("$.scope").value("AGENCY"))
              .andExpect(jsonPath("$.brokenOutsideScope").value(true))
              .andExpect(jsonPath("$.entriesChecked").value(0))
              .andExpect(jsonPath("$.firstBrokenSequence").doesNotExist())
              .andExpect(jsonPath("$.reason").doesNotExist())
              .andExpect(jsonPath("$.detail").value(containsString("outside your agency")))
              .andReturn()
              .getResponse()
              .getContentAsString();
      // nothing of the NL entry: not its number, id, people or hash
      assertThat(forEs)
          .doesNotContain(Long.toString(sequence))
          .doesNotContain(caseId)
          .doesNotContain("de-vries")
          .doesNotContain("nobody")
          .doesNotContain(nlEntryHash);

      mvc.perform(get("/api/v1/audit/verification").header("Authorization", nlAuditor))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.scope").value("AGENCY"))
          .andExpect(jsonPath("$.brokenOutsideScope").value(false))
          .andExpect(jsonPath("$.firstBrokenSequence").value(sequence))
          .andExpect(jsonPath("$.reason").value("CONTENT_HASH_MISMATCH"))
          .andExpect(jsonPath("$.entriesChecked").value(sequence));

      mvc.perform(get("/api/v1/audit/verification").header("Authorization", platformAdmin))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.valid").value(false))
          .andExpect(jsonPath("$.scope").value("PLATFORM"))
          .andExpect(jsonPath("$.brokenOutsideScope").value(false))
          .andExpect(jsonPath("$.firstBrokenSequence").value(sequence))
          .andExpect(jsonPath("$.reason").value("CONTENT_HASH_MISMATCH"))
          .andExpect(jsonPath("$.entriesChecked").value(sequence));
    } finally {
      bypassingTriggers("update audit_log set username = 'de-vries' where seq = " + sequence);
    }
  }

  @Test
  void theAdministratorVerifiesButDoesNotListAndAnAnalystDoesNeither() throws Exception {
    mvc.perform(get("/api/v1/audit/entries").header("Authorization", platformAdmin))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/audit/verification").header("Authorization", esAnalyst))
        .andExpect(status().isForbidden());
  }

  @Test
  void theDatabaseItselfRefusesToChangeTheLog() throws Exception {
    openCase();
    // Even the owner of the table, whom privileges do not stop (the service's own role has none
    // to change it: DatabaseRoleTest).
    JdbcTemplate owner = new JdbcTemplate(TestDatabase.owner("asset_registry"));
    assertThatThrownBy(() -> owner.update("update audit_log set username = 'x'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> owner.update("delete from audit_log"))
        .hasMessageContaining("append-only");
    assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isPositive();
  }

  /** An intruder with superuser rights: the triggers are off for this one session. */
  private void bypassingTriggers(String sql) {
    new JdbcTemplate(TestDatabase.dataSource("asset_registry"))
        .execute(
            (Connection connection) -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                try {
                  statement.execute(sql);
                } finally {
                  statement.execute("set session_replication_role = origin");
                }
              }
              return null;
            });
  }
}
