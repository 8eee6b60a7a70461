package org.sequestra.registry;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;

class OperabilityTest extends RegistryIntegrationTest {

  @Test
  void probesAndMetricsAreOpenToTheOrchestratorWithoutAToken() throws Exception {
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/prometheus"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jvm_memory_used_bytes")));
  }

  @Test
  void otherActuatorEndpointsAreNotExposed() throws Exception {
    mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    mvc.perform(
            get("/actuator/env")
                .header(
                    "Authorization",
                    TestIssuers.token("agency-nl").roles("PLATFORM_ADMIN").bearer()))
        .andExpect(status().isNotFound());
  }

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
