package org.sequestra.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.AppRoleAssertions;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry connects as its application role, not as the owner Flyway migrates with (as every
 * test of this module does): its writes and their audit entries work, the audit trail cannot be
 * changed.
 */
class DatabaseRoleTest extends RegistryIntegrationTest {

  private static final String ANALYST =
      TestIssuers.token("agency-nl").username("de-vries").roles("ARO_ANALYST").bearer();
  private static final String AUDITOR =
      TestIssuers.token("agency-nl").username("visser").roles("AUDITOR").bearer();

  @Autowired JdbcTemplate jdbc;

  @Test
  void theServiceWritesAndAuditsAsTheApplicationRole() throws Exception {
    AppRoleAssertions.assertConnectedAsAppRole(jdbc, "asset_registry");
    long entries = jdbc.queryForObject("select count(*) from audit_log", Long.class);

    mvc.perform(
            post("/api/v1/cases")
                .header("Authorization", ANALYST)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"nationalReference\":\"NL-ARO/ROLE/"
                        + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"title\":\"Written by the application role\"}"))
        .andExpect(status().isCreated());

    assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class))
        .isGreaterThan(entries);
    mvc.perform(get("/api/v1/audit/verification").header("Authorization", AUDITOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(true));
  }

  @Test
  void theApplicationRoleCannotDropDisableOrTruncateTheAuditTrail() {
    AppRoleAssertions.assertCannotChangeTheAuditTrail(jdbc);
  }
}
