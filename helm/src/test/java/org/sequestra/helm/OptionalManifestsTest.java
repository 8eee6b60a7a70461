package org.sequestra.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The manifests an operator turns on: operators' resources for PostgreSQL and Keycloak, HTTPRoute,
 * and the gateway's shared rate-limit store with its whole connection URL in a Secret.
 */
class OptionalManifestsTest {

  private final RenderedChart chart =
      RenderedChart.render(
          c ->
              c.set("postgresql.cnpg.enabled", true)
                  .set("keycloak.operator.enabled", true)
                  .setFile(
                      "keycloak.operator.realms.agency-nl",
                      RenderedChart.CHART.resolve("../../keycloak/agency-nl-realm.json"))
                  .set("gateway.httpRoute.enabled", true)
                  .set("gateway.httpRoute.parentRefs[0].name", "public")
                  .set("gateway.ingress.enabled", false)
                  .set("gateway.rateLimit.store", "redis")
                  .set("gateway.rateLimit.redis.existingSecret", "gateway-redis")
                  .set("gateway.rateLimit.redis.urlKey", "url")
                  .set("gateway.rateLimit.redis.ssl", true)
                  .set("gateway.secretEnv.SEQUESTRA_EXTRA_TOKEN.secret", "extra")
                  .set("gateway.secretEnv.SEQUESTRA_EXTRA_TOKEN.key", "token"));

  @Test
  void aCloudNativePgClusterPerServiceDatabaseWhoseSecretTheServiceUses() {
    assertThat(ofKind("Cluster"))
        .extracting(o -> o.getMetadata().getName())
        .containsExactlyInAnyOrder(
            "seq-sequestra-asset-registry-db",
            "seq-sequestra-financial-trace-db",
            "seq-sequestra-freezing-db");
    Deployment freezing =
        chart.all(Deployment.class).stream()
            .filter(d -> d.getMetadata().getName().equals("seq-sequestra-freezing"))
            .findFirst()
            .orElseThrow();
    List<EnvVar> env =
        freezing.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv();
    assertThat(env)
        .filteredOn(e -> e.getName().equals("SPRING_DATASOURCE_PASSWORD"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo("seq-sequestra-freezing-db-app"));
    assertThat(env)
        .filteredOn(e -> e.getName().equals("SPRING_DATASOURCE_URL"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getValue())
                    .isEqualTo("jdbc:postgresql://seq-sequestra-freezing-db-rw:5432/freezing"));
    NetworkPolicy freezingPolicy =
        chart.all(NetworkPolicy.class).stream()
            .filter(p -> p.getMetadata().getName().equals("seq-sequestra-freezing"))
            .findFirst()
            .orElseThrow();
    assertThat(freezingPolicy.getSpec().getEgress())
        .flatExtracting(rule -> rule.getTo())
        .anySatisfy(
            peer ->
                assertThat(peer.getPodSelector().getMatchLabels())
                    .containsEntry("cnpg.io/cluster", "seq-sequestra-freezing-db"));
  }

  @Test
  void aKeycloakRealmImportFromTheRealmFile() {
    assertThat(ofKind("KeycloakRealmImport"))
        .singleElement()
        .satisfies(
            o ->
                assertThat(Serialization.asYaml(o))
                    .contains("keycloakCRName: \"keycloak\"")
                    .contains("realm: \"agency-nl\""));
  }

  @Test
  void anHttpRouteToTheGatewayOnly() {
    assertThat(ofKind("HTTPRoute"))
        .singleElement()
        .satisfies(
            o ->
                assertThat(Serialization.asYaml(o))
                    .contains("name: \"public\"")
                    .contains("name: \"seq-sequestra-gateway\"")
                    .doesNotContain("asset-registry"));
  }

  @Test
  void theRedisUrlComesWholeFromItsSecretBesideTheOtherSecretEnv() {
    Deployment gateway =
        chart.all(Deployment.class).stream()
            .filter(d -> d.getMetadata().getName().equals("seq-sequestra-gateway"))
            .findFirst()
            .orElseThrow();
    List<EnvVar> env =
        gateway.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv();

    assertThat(env)
        .filteredOn(e -> e.getName().startsWith("SPRING_DATA_REDIS"))
        .extracting(EnvVar::getName)
        .containsExactlyInAnyOrder("SPRING_DATA_REDIS_URL", "SPRING_DATA_REDIS_SSL_ENABLED");
    assertThat(env)
        .filteredOn(e -> e.getName().equals("SPRING_DATA_REDIS_URL"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getValue()).isNull();
              assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("gateway-redis");
              assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("url");
            });
    assertThat(env)
        .filteredOn(e -> e.getName().equals("SEQUESTRA_EXTRA_TOKEN"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("extra"));
    // no peers configured: egress to any destination on Redis's port, from the gateway only
    NetworkPolicy policy =
        chart.all(NetworkPolicy.class).stream()
            .filter(p -> p.getMetadata().getName().equals("seq-sequestra-gateway"))
            .findFirst()
            .orElseThrow();
    assertThat(policy.getSpec().getEgress())
        .filteredOn(
            rule ->
                rule.getPorts().stream()
                    .anyMatch(p -> Integer.valueOf(6379).equals(p.getPort().getIntVal())))
        .singleElement()
        .satisfies(rule -> assertThat(rule.getTo()).isNullOrEmpty());
  }

  private List<HasMetadata> ofKind(String kind) {
    return chart.objects().stream().filter(o -> o.getKind().equals(kind)).toList();
  }
}
