package org.sequestra.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the gateway reads from the chart for the console's log-in (it is the hub realm's
 * confidential client "console"): the client secret from an existing Secret, optional so that a
 * missing Secret leaves the API running; the hub's issuer and the URL browsers use; and, with the
 * Keycloak Operator, the same secret and URL in the hub realm's import.
 */
class ConsoleChartTest {

  private static final String GATEWAY = "seq-sequestra-gateway";
  private static final Path HUB_REALM =
      RenderedChart.CHART.resolve("../../keycloak/sequestra-realm.json");

  @Test
  void byDefaultTheGatewayHasNoConsoleClientAndServesTheApiOnly() {
    assertThat(env(RenderedChart.withDefaults(), GATEWAY))
        .extracting(EnvVar::getName)
        .doesNotContain("SEQUESTRA_CONSOLE_CLIENT_SECRET", "SEQUESTRA_CONSOLE_CLIENT_ID");
  }

  @Test
  void theGatewayPresentsTheConsolesSecretFromAnOptionalSecret() {
    RenderedChart chart =
        RenderedChart.render(
            c ->
                c.set("gateway.console.clientSecret.existingSecret", "console-client")
                    .set("gateway.console.clientSecret.key", "secret")
                    .set("gateway.ingress.enabled", true)
                    .set("gateway.ingress.host", "sequestra.example.eu"));
    List<EnvVar> env = env(chart, GATEWAY);

    EnvVar secret = named(env, "SEQUESTRA_CONSOLE_CLIENT_SECRET");
    assertThat(secret.getValue()).isNull();
    assertThat(secret.getValueFrom().getSecretKeyRef().getName()).isEqualTo("console-client");
    assertThat(secret.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("secret");
    assertThat(secret.getValueFrom().getSecretKeyRef().getOptional()).isTrue();
    assertThat(named(env, "SEQUESTRA_CONSOLE_CLIENT_ID").getValue()).isEqualTo("console");
    assertThat(named(env, "SEQUESTRA_CONSOLE_PUBLIC_URL").getValue())
        .isEqualTo("https://sequestra.example.eu");
    assertThat(named(env, "SERVER_REACTIVE_SESSION_COOKIE_SECURE").getValue()).isEqualTo("true");
    // the issuer follows keycloak.url unless issuerUri says otherwise
    assertThat(env).extracting(EnvVar::getName).doesNotContain("SEQUESTRA_CONSOLE_ISSUER_URI");
    for (String other : List.of("asset-registry", "financial-trace", "freezing")) {
      assertThat(env(chart, "seq-sequestra-" + other))
          .extracting(EnvVar::getName)
          .as(other)
          .doesNotContain("SEQUESTRA_CONSOLE_CLIENT_SECRET");
    }
  }

  @Test
  void theProductionExampleLogsInAtItsHub() {
    List<EnvVar> env = env(RenderedChart.withProductionExample(), GATEWAY);

    assertThat(
            named(env, "SEQUESTRA_CONSOLE_CLIENT_SECRET")
                .getValueFrom()
                .getSecretKeyRef()
                .getName())
        .isEqualTo("sequestra-console-client");
    assertThat(named(env, "SEQUESTRA_CONSOLE_ISSUER_URI").getValue())
        .isEqualTo("https://id.example.org/realms/sequestra");
    assertThat(named(env, "SEQUESTRA_CONSOLE_PUBLIC_URL").getValue())
        .isEqualTo("https://sequestra.example.org");
  }

  @Test
  void theHubRealmImportGetsTheConsolesSecretAndUrl() {
    RenderedChart chart =
        RenderedChart.render(
            c ->
                c.set("keycloak.operator.enabled", true)
                    .setFile("keycloak.operator.realms.sequestra", HUB_REALM)
                    .set("gateway.console.clientSecret.existingSecret", "console-client")
                    .set("gateway.console.publicUrl", "https://console.example.eu"));

    HasMetadata realmImport =
        chart.objects().stream()
            .filter(o -> o.getKind().equals("KeycloakRealmImport"))
            .findFirst()
            .orElseThrow();
    Map<String, Object> spec = map(yaml(Serialization.asYaml(realmImport)).get("spec"));
    assertThat(map(spec.get("placeholders")))
        .containsEntry(
            "SEQUESTRA_CONSOLE_CLIENT_SECRET",
            Map.of("secret", Map.of("name", "console-client", "key", "client-secret")));
    Map<String, Object> console =
        ((List<?>) map(spec.get("realm")).get("clients"))
            .stream()
                .map(ConsoleChartTest::map)
                .filter(client -> "console".equals(client.get("clientId")))
                .findFirst()
                .orElseThrow();
    assertThat(console.get("redirectUris"))
        .isEqualTo(List.of("https://console.example.eu/login/oauth2/code/sequestra"));
    assertThat(map(console.get("attributes")).get("post.logout.redirect.uris"))
        .isEqualTo("https://console.example.eu/console/");
    assertThat(console.get("secret")).isEqualTo("${SEQUESTRA_CONSOLE_CLIENT_SECRET}");
  }

  @Test
  void schemaRejectsAPlaintextSecretAndAUrlWithAPath() {
    assertThatThrownBy(
            () -> RenderedChart.render(c -> c.set("gateway.console.clientSecret.value", "s3cret")))
        .hasMessageContaining("value");
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    c ->
                        c.set(
                            "gateway.console.publicUrl", "https://sequestra.example.org/console/")))
        .hasMessageContaining("publicUrl");
  }

  private static EnvVar named(List<EnvVar> env, String name) {
    return env.stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
  }

  private static List<EnvVar> env(RenderedChart chart, String deployment) {
    return chart.all(Deployment.class).stream()
        .filter(d -> d.getMetadata().getName().equals(deployment))
        .findFirst()
        .orElseThrow()
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .getFirst()
        .getEnv();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String text) {
    return Serialization.unmarshal(text, Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }
}
