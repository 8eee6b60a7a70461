package org.sequestra.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the freezing-service reads from the chart: its webhook settings (subscriptions are made
 * through the API; the chart passes the sealing key, the allowed hosts and the egress to the
 * targets) and its registry relay's identity (client secret, registry and token endpoint, and the
 * hub issuer's service clients in the trust registry).
 */
class FreezingServiceChartTest {

  private static final String FREEZING = "seq-sequestra-freezing";

  @Test
  void theRelayPresentsItsClientSecretFromASecretAndCallsTheRegistrysService() {
    RenderedChart defaults = RenderedChart.withDefaults();
    List<EnvVar> env = env(defaults, FREEZING);

    assertSecretRef(
        env, "SEQUESTRA_FREEZING_CLIENT_SECRET", "sequestra-freezing-client", "client-secret");
    assertThat(value(env, "SEQUESTRA_FREEZING_CLIENT_ID")).isEqualTo("freezing-service");
    assertThat(value(env, "SEQUESTRA_SERVICES_ASSET_REGISTRY_URL"))
        .isEqualTo("http://seq-sequestra-asset-registry");
    // the token endpoint follows the Keycloak URL unless tokenUri says otherwise
    assertThat(value(env, "SEQUESTRA_KEYCLOAK_URL")).isEqualTo("https://keycloak.example.org");
    assertThat(config(defaults, FREEZING)).doesNotContain("token-uri");
    // the other components hold no part of the relay's identity
    for (String other : List.of("gateway", "asset-registry", "financial-trace")) {
      assertThat(env(defaults, "seq-sequestra-" + other))
          .extracting(EnvVar::getName)
          .as(other)
          .doesNotContain("SEQUESTRA_FREEZING_CLIENT_SECRET", "SEQUESTRA_WEBHOOKS_SECRET_KEY");
    }
  }

  @Test
  void theProductionExampleNamesTheTokenEndpointAndTheHubsServiceClient() {
    RenderedChart production = RenderedChart.withProductionExample();

    assertSecretRef(
        env(production, FREEZING),
        "SEQUESTRA_FREEZING_CLIENT_SECRET",
        "sequestra-freezing-client",
        "client-secret");
    Map<String, Object> freezing = yaml(config(production, FREEZING));
    assertThat(path(freezing, "spring", "security", "oauth2", "client", "provider"))
        .isEqualTo(
            Map.of(
                "[sequestra-hub]",
                Map.of(
                    "token-uri",
                    "https://id.example.org/realms/sequestra/protocol/openid-connect/token")));
    // every component trusts the relay's token: the hub issuer lists its client and role
    for (String component : List.of("gateway", "asset-registry", "financial-trace", "freezing")) {
      List<?> issuers =
          (List<?>)
              path(
                  yaml(config(production, "seq-sequestra-" + component)),
                  "sequestra",
                  "security",
                  "trusted-issuers");
      assertThat(issuers)
          .as(component)
          .filteredOn(i -> "https://id.example.org/realms/sequestra".equals(map(i).get("issuer")))
          .singleElement()
          .satisfies(
              hub -> {
                assertThat(map(hub).get("service-clients"))
                    .isEqualTo(Map.of("[freezing-service]", List.of("FREEZING_SERVICE")));
                assertThat(map(hub)).containsKey("brokered-agencies");
              });
      assertThat(issuers)
          .as(component + ": agencies' issuers have no service clients")
          .filteredOn(i -> map(i).containsKey("agency"))
          .isNotEmpty()
          .allSatisfy(i -> assertThat(map(i)).doesNotContainKey("service-clients"));
    }
  }

  @Test
  void aTokenEndpointOfItsOwnAndAnotherClientIdAreRendered() {
    RenderedChart chart =
        RenderedChart.render(
            c ->
                c.set("freezing.registryRelay.clientId", "sequestra-relay")
                    .set("freezing.registryRelay.clientSecret.existingSecret", "relay")
                    .set("freezing.registryRelay.clientSecret.key", "secret")
                    .set(
                        "freezing.registryRelay.tokenUri",
                        "https://hub.example.org/realms/hub/protocol/openid-connect/token"));
    List<EnvVar> env = env(chart, FREEZING);

    assertSecretRef(env, "SEQUESTRA_FREEZING_CLIENT_SECRET", "relay", "secret");
    assertThat(value(env, "SEQUESTRA_FREEZING_CLIENT_ID")).isEqualTo("sequestra-relay");
    assertThat(config(chart, FREEZING))
        .contains(
            "token-uri: \"https://hub.example.org/realms/hub/protocol/openid-connect/token\"");
  }

  @Test
  void theFreezingServiceReachesTheRegistryAndTheIdentityProvider() {
    NetworkPolicy policy = policy(RenderedChart.withProductionExample(), FREEZING);

    // the registry in this release (its own pods), and the token endpoint of the identity provider
    assertThat(policy.getSpec().getEgress())
        .flatExtracting(NetworkPolicyEgressRule::getTo)
        .extracting(RenderedChart::componentOf)
        .contains("asset-registry");
    assertThat(policy.getSpec().getEgress())
        .filteredOn(
            rule ->
                rule.getTo() != null
                    && rule.getTo().stream()
                        .anyMatch(
                            peer ->
                                peer.getIpBlock() != null
                                    && "203.0.113.10/32".equals(peer.getIpBlock().getCidr())))
        .singleElement()
        .satisfies(
            rule ->
                assertThat(rule.getPorts())
                    .extracting(p -> p.getPort().getIntVal())
                    .containsExactly(443));
  }

  @Test
  void theProductionExampleSealsSigningSecretsAndAllowsOnlyItsTargets() {
    RenderedChart production = RenderedChart.withProductionExample();

    assertSecretRef(
        env(production, FREEZING),
        "SEQUESTRA_WEBHOOKS_SECRET_KEY",
        "sequestra-freezing-webhooks",
        "secret-key");
    Map<String, Object> config = yaml(config(production, FREEZING));
    assertThat(path(config, "sequestra", "webhooks", "allowed-hosts"))
        .isEqualTo(List.of("cases.nl-aro.example.org"));
    assertThat(map(path(config, "sequestra", "webhooks"))).doesNotContainKey("allow-http-hosts");
    assertThat(config).doesNotContainKey("freezing");
    assertThat(map(config.get("sequestra"))).doesNotContainKey("freezing");

    // egress to the webhook targets from the freezing-service only
    assertThat(webhookRules(production, FREEZING))
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.getPorts())
                  .singleElement()
                  .satisfies(p -> assertThat(p.getPort().getIntVal()).isEqualTo(443));
            });
    for (String other : List.of("gateway", "asset-registry", "financial-trace")) {
      assertThat(webhookRules(production, "seq-sequestra-" + other)).as(other).isEmpty();
    }
  }

  @Test
  void withoutTargetsNoWebhookEgressNorSealingKeyNorHostLists() {
    RenderedChart defaults = RenderedChart.withDefaults();

    assertThat(env(defaults, FREEZING))
        .extracting(EnvVar::getName)
        .doesNotContain("SEQUESTRA_WEBHOOKS_SECRET_KEY");
    assertThat(config(defaults, FREEZING)).doesNotContain("webhooks");
    // only the identity provider's rule opens 443 (to any destination, as no peers are set)
    assertThat(policy(defaults, FREEZING).getSpec().getEgress())
        .filteredOn(
            rule ->
                rule.getPorts().stream()
                    .anyMatch(p -> Integer.valueOf(443).equals(p.getPort().getIntVal())))
        .hasSize(1);
  }

  @Test
  void listedTargetsOpenEgressAndTheHostListsReachTheServicesConfiguration() {
    RenderedChart chart =
        RenderedChart.render(
            c ->
                c.set("networkPolicy.webhookTargets.to[0].ipBlock.cidr", "192.0.2.0/28")
                    .set("freezing.webhooks.allowedHosts[0]", "hooks.example.org")
                    .set("freezing.webhooks.allowedHosts[1]", "connector.cases.svc")
                    .set("freezing.webhooks.allowHttpHosts[0]", "connector.cases.svc")
                    .set("freezing.webhooks.secretKey.existingSecret", "hooks")
                    .set("freezing.webhooks.secretKey.key", "aes"));

    assertSecretRef(env(chart, FREEZING), "SEQUESTRA_WEBHOOKS_SECRET_KEY", "hooks", "aes");
    Map<String, Object> webhooks =
        map(path(yaml(config(chart, FREEZING)), "sequestra", "webhooks"));
    assertThat(webhooks.get("allowed-hosts"))
        .isEqualTo(List.of("hooks.example.org", "connector.cases.svc"));
    assertThat(webhooks.get("allow-http-hosts")).isEqualTo(List.of("connector.cases.svc"));
    assertThat(policy(chart, FREEZING).getSpec().getEgress())
        .filteredOn(
            rule ->
                rule.getTo() != null
                    && rule.getTo().stream()
                        .anyMatch(
                            peer ->
                                peer.getIpBlock() != null
                                    && "192.0.2.0/28".equals(peer.getIpBlock().getCidr())))
        .singleElement()
        .satisfies(
            rule ->
                assertThat(rule.getPorts())
                    .extracting(p -> p.getPort().getIntVal())
                    .containsExactly(443));
  }

  @Test
  void allowedHostsWithoutTargetsInThePolicyAreRefused() {
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    c -> c.set("freezing.webhooks.allowedHosts[0]", "hooks.example.org")))
        .hasMessageContaining("networkPolicy.webhookTargets");
    // without network policies there is nothing to keep in step
    assertThat(
            config(
                RenderedChart.render(
                    c ->
                        c.set("networkPolicy.enabled", false)
                            .set("freezing.webhooks.allowedHosts[0]", "hooks.example.org")),
                FREEZING))
        .contains("allowed-hosts: [\"hooks.example.org\"]");
  }

  @Test
  void schemaRejectsTheStaticSubscriptionsAndAPlaintextKey() {
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    c -> c.set("freezing.webhooks.subscriptions[0].name", "nl-case-system")))
        .hasMessageContaining("subscriptions");
    assertThatThrownBy(
            () -> RenderedChart.render(c -> c.set("freezing.webhooks.secretKey.value", "k3y")))
        .hasMessageContaining("value");
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    c -> c.set("freezing.registryRelay.clientSecret.value", "s3cret")))
        .hasMessageContaining("value");
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    c -> c.set("freezing.webhooks.allowedHosts[0]", "https://hooks.example.org/")))
        .hasMessageContaining("allowedHosts");
  }

  @Test
  void schemaRejectsServiceClientRolesTheyMayNotHold() {
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    c ->
                        c.set(
                                "trustRegistry.issuers[0].issuer",
                                "https://id.example.org/realms/hub")
                            .set("trustRegistry.issuers[0].brokeredAgencies.agency-nl", "NL-ARO")
                            .set(
                                "trustRegistry.issuers[0].serviceClients.freezing-service[0]",
                                "PLATFORM_ADMIN")))
        .hasMessageContaining("serviceClients");
  }

  @Test
  void realmImportsGetTheClientSecretTheServicePresents() throws IOException {
    var hubRealm = RenderedChart.CHART.resolve("../../keycloak/sequestra-realm.json");
    assertThat(Files.readString(hubRealm))
        .as("the hub realm has the relay's client, its secret a placeholder")
        .contains("\"clientId\": \"freezing-service\"")
        .contains("${SEQUESTRA_FREEZING_CLIENT_SECRET");
    RenderedChart chart =
        RenderedChart.render(
            c ->
                c.set("keycloak.operator.enabled", true)
                    .setFile("keycloak.operator.realms.sequestra", hubRealm)
                    .set("keycloak.operator.placeholders.SEQUESTRA_BROKER_SECRET.secret", "broker")
                    .set("keycloak.operator.placeholders.SEQUESTRA_BROKER_SECRET.key", "secret"));

    HasMetadata realmImport =
        chart.objects().stream()
            .filter(o -> o.getKind().equals("KeycloakRealmImport"))
            .findFirst()
            .orElseThrow();
    Map<String, Object> spec = map(yaml(Serialization.asYaml(realmImport)).get("spec"));
    assertThat(spec.get("placeholders"))
        .isEqualTo(
            Map.of(
                "SEQUESTRA_FREEZING_CLIENT_SECRET",
                Map.of(
                    "secret", Map.of("name", "sequestra-freezing-client", "key", "client-secret")),
                "SEQUESTRA_BROKER_SECRET",
                Map.of("secret", Map.of("name", "broker", "key", "secret"))));
  }

  private static List<NetworkPolicyEgressRule> webhookRules(RenderedChart chart, String name) {
    return policy(chart, name).getSpec().getEgress().stream()
        .filter(
            rule ->
                rule.getTo() != null
                    && rule.getTo().stream()
                        .anyMatch(
                            peer ->
                                peer.getIpBlock() != null
                                    && "198.51.100.0/24".equals(peer.getIpBlock().getCidr())))
        .toList();
  }

  private static void assertSecretRef(List<EnvVar> env, String name, String secret, String key) {
    assertThat(env)
        .filteredOn(e -> e.getName().equals(name))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getValue()).isNull();
              assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo(secret);
              assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(key);
            });
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

  private static String value(List<EnvVar> env, String name) {
    return env.stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow().getValue();
  }

  private static String config(RenderedChart chart, String name) {
    return chart.all(ConfigMap.class).stream()
        .filter(m -> m.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getData()
        .get("application.yaml");
  }

  private static NetworkPolicy policy(RenderedChart chart, String name) {
    return chart.all(NetworkPolicy.class).stream()
        .filter(p -> p.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow();
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

  private static Object path(Map<String, Object> root, String... keys) {
    Object node = root;
    for (String key : keys) {
      node = map(node).get(key);
    }
    return node;
  }
}
