package org.sequestra.freezing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.platform.test.AppRoleAssertions;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The freezing service connects as its application role, not as the owner Flyway migrates with (as
 * every test of this module does): requests are stored and read, the audit trail cannot be changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseRoleTest {

  private static final String ISSUER =
      TestIssuers.token("agency-nl").roles("ISSUING_AUTHORITY").bearer();

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void theServiceStoresAndReadsRequestsAsTheApplicationRole() throws Exception {
    AppRoleAssertions.assertConnectedAsAppRole(jdbc, "freezing");

    String body =
        mvc.perform(
                post("/api/v1/freezing-requests")
                    .header("Authorization", ISSUER)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Certificates.urgentFreezingDraft()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();

    String id = JsonPath.read(body, "$.id");
    mvc.perform(get("/api/v1/freezing-requests/" + id).header("Authorization", ISSUER))
        .andExpect(status().isOk());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from freezing_request where id = ?::uuid", Long.class, id))
        .isOne();
  }

  @Test
  void theApplicationRoleCannotDropDisableOrTruncateTheAuditTrail() {
    AppRoleAssertions.assertCannotChangeTheAuditTrail(jdbc);
  }
}
