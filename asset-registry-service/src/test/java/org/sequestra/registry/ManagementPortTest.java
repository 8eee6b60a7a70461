package org.sequestra.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Health probes and metrics are served on the management port only, as deployed (the service on
 * real ports; the test's management port is a free one, as Spring Boot picks it for a random server
 * port). The servlet services share this setup through the platform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementPortTest {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Value("${local.server.port}")
  int apiPort;

  @Value("${local.management.port}")
  int managementPort;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "asset_registry");
    TestIssuers.register(registry);
  }

  @Test
  void probesAndMetricsAreOpenToTheOrchestratorWithoutAToken() throws Exception {
    assertThat(managementPort).isPositive().isNotEqualTo(apiPort);
    assertThat(get(managementPort, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness", null);
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"status\":\"UP\"");
    HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus", null);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
  }

  @Test
  void otherActuatorEndpointsAreNotExposed() throws Exception {
    assertThat(get(managementPort, "/actuator/env", null).statusCode()).isEqualTo(401);
    String admin = TestIssuers.token("agency-nl").roles("PLATFORM_ADMIN").bearer();
    assertThat(get(managementPort, "/actuator/env", admin).statusCode()).isEqualTo(404);
  }

  @Test
  void theApiPortServesNoActuatorEndpoint() throws Exception {
    for (String path :
        new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus"}) {
      HttpResponse<String> answer = get(apiPort, path, null);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type"))
          .as(path)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(answer.body()).as(path).doesNotContain("UP").doesNotContain("jvm_");
    }
  }

  private HttpResponse<String> get(int port, String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
