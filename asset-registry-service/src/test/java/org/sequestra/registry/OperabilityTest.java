package org.sequestra.registry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;

/** Request ids and errors; probes and metrics (management port): {@link ManagementPortTest}. */
class OperabilityTest extends RegistryIntegrationTest {

  @Test
  void aRequestIdIsEchoedOrGenerated() throws Exception {
    String bearer = TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer();
    mvc.perform(get("/api/v1/me").header("Authorization", bearer).header("X-Request-Id", "abc-123"))
        .andExpect(header().string("X-Request-Id", "abc-123"));
    mvc.perform(
            get("/api/v1/me")
                .header("Authorization", bearer)
                .header("X-Request-Id", "bad id with spaces\nand a newline"))
        .andExpect(
            header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
  }

  @Test
  void anUnknownPathIsAProblemNotAWhitelabelPage() throws Exception {
    mvc.perform(
            get("/api/v1/nothing-here")
                .header(
                    "Authorization", TestIssuers.token("agency-nl").roles("ARO_ANALYST").bearer()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
  }
}
