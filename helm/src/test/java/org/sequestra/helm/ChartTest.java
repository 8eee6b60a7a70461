package org.sequestra.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartTest {

  static Stream<RenderedChart> renderings() {
    return Stream.of(RenderedChart.withDefaults(), RenderedChart.withProductionExample());
  }

  @Test
  void lintsCleanInStrictMode() {
    LintResult result = new Helm(RenderedChart.CHART).lint().strict().call();

    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
  }

  @Test
  void rendersTheFourComponentsAndExposesOnlyTheGateway() {
    RenderedChart production = RenderedChart.withProductionExample();

    assertThat(production.all(Deployment.class))
        .extracting(d -> d.getMetadata().getName())
        .containsExactlyInAnyOrder(
            "seq-sequestra-gateway",
            "seq-sequestra-asset-registry",
            "seq-sequestra-financial-trace",
            "seq-sequestra-freezing");
    assertThat(production.objects())
        .filteredOn(o -> o.getKind().equals("Ingress") || o.getKind().equals("HTTPRoute"))
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.getMetadata().getName()).isEqualTo("seq-sequestra"))
        .allSatisfy(o -> assertThat(o.toString()).contains("seq-sequestra-gateway"));
  }

  @Test
  void schemaRejectsAWrongType() {
    assertThatThrownBy(() -> RenderedChart.render(c -> c.set("gateway.replicas", "two")))
        .hasMessageContaining("replicas");
  }

  @Test
  void schemaRejectsAnUnknownKey() {
    assertThatThrownBy(() -> RenderedChart.render(c -> c.set("freezing.replicaz", "2")))
        .hasMessageContaining("replicaz");
  }

  @Test
  void schemaRejectsAPlaintextPasswordSlot() {
    assertThatThrownBy(
            () -> RenderedChart.render(c -> c.set("assetRegistry.database.password", "secret")))
        .hasMessageContaining("password");
  }

  @Test
  void schemaRejectsACredentialAsAnEnvironmentLiteral() {
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    c -> c.set("assetRegistry.env.SEQUESTRA_SCREENING_API_KEY", "k3y")))
        .hasMessageContaining("SEQUESTRA_SCREENING_API_KEY");
  }

  @Test
  void schemaRejectsAnHttpRouteWithoutAParentGateway() {
    assertThatThrownBy(() -> RenderedChart.render(c -> c.set("gateway.httpRoute.enabled", true)))
        .hasMessageContaining("parentRefs");
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void everyContainerHasProbesResourcesAndALockedDownSecurityContext(RenderedChart chart) {
    assertThat(chart.all(Deployment.class)).hasSize(4);
    for (Deployment deployment : chart.all(Deployment.class)) {
      PodSpec pod = deployment.getSpec().getTemplate().getSpec();
      assertThat(pod.getAutomountServiceAccountToken()).isFalse();
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
      assertThat(pod.getSecurityContext().getSeccompProfile().getType())
          .isEqualTo("RuntimeDefault");
      assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(20 + 5);
      assertThat(pod.getTopologySpreadConstraints()).isNotEmpty();
      assertThat(pod.getVolumes())
          .anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull())
          .allSatisfy(v -> assertThat(v.getHostPath()).isNull());
      assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
      for (Container container : pod.getContainers()) {
        assertThat(container.getStartupProbe().getHttpGet().getPath())
            .isEqualTo("/actuator/health/liveness");
        assertThat(container.getLivenessProbe().getHttpGet().getPath())
            .isEqualTo("/actuator/health/liveness");
        assertThat(container.getReadinessProbe().getHttpGet().getPath())
            .isEqualTo("/actuator/health/readiness");
        assertThat(
                List.of(
                    container.getStartupProbe().getHttpGet().getPort().getStrVal(),
                    container.getLivenessProbe().getHttpGet().getPort().getStrVal(),
                    container.getReadinessProbe().getHttpGet().getPort().getStrVal()))
            .containsOnly("management");
        assertThat(container.getPorts())
            .anySatisfy(
                p -> {
                  assertThat(p.getName()).isEqualTo("management");
                  assertThat(p.getContainerPort()).isEqualTo(9090);
                });
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        var security = container.getSecurityContext();
        assertThat(security.getRunAsNonRoot()).isTrue();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(container.getVolumeMounts())
            .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void everyDeploymentHasADisruptionBudget(RenderedChart chart) {
    for (Deployment deployment : chart.all(Deployment.class)) {
      assertThat(chart.all(PodDisruptionBudget.class))
          .as(deployment.getMetadata().getName())
          .anySatisfy(
              pdb ->
                  assertThat(pdb.getSpec().getSelector().getMatchLabels())
                      .isEqualTo(deployment.getSpec().getSelector().getMatchLabels()));
    }
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void networkPoliciesDenyByDefaultAndAllowOnlyTheCallGraph(RenderedChart chart) {
    List<NetworkPolicy> policies = chart.all(NetworkPolicy.class);
    assertThat(policies)
        .anySatisfy(
            p -> {
              assertThat(p.getSpec().getPolicyTypes())
                  .containsExactlyInAnyOrder("Ingress", "Egress");
              assertThat(p.getSpec().getIngress()).isNullOrEmpty();
              assertThat(p.getSpec().getEgress()).isNullOrEmpty();
            });

    Set<String> allowedIngress = new HashSet<>();
    Set<String> allowedEgress = new HashSet<>();
    for (NetworkPolicy policy : policies) {
      String target = RenderedChart.component(policy.getSpec().getPodSelector().getMatchLabels());
      if (target == null) {
        continue;
      }
      policy.getSpec().getIngress().stream()
          .flatMap(rule -> rule.getFrom().stream())
          .map(RenderedChart::componentOf)
          .filter(Objects::nonNull)
          .forEach(caller -> allowedIngress.add(caller + " -> " + target));
      policy.getSpec().getEgress().stream()
          .flatMap(rule -> rule.getTo().stream())
          .map(RenderedChart::componentOf)
          .filter(Objects::nonNull)
          .forEach(callee -> allowedEgress.add(target + " -> " + callee));
    }
    Set<String> callGraph =
        Set.of(
            "gateway -> asset-registry",
            "gateway -> financial-trace",
            "gateway -> freezing",
            "financial-trace -> asset-registry",
            "freezing -> asset-registry");
    assertThat(allowedIngress).isEqualTo(callGraph);
    assertThat(allowedEgress).isEqualTo(callGraph);
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void credentialsComeOnlyFromSecretReferences(RenderedChart chart) {
    assertThat(chart.all(Secret.class)).as("the chart creates no Secret").isEmpty();
    for (Deployment deployment : chart.all(Deployment.class)) {
      for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
        for (EnvVar env : container.getEnv()) {
          if (env.getName().matches(".*(PASSWORD|SECRET|USERNAME|API_KEY|TOKEN).*")) {
            assertThat(env.getValue()).as(env.getName()).isNull();
            assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
          }
        }
      }
    }
    for (ConfigMap configMap : chart.all(ConfigMap.class)) {
      assertThat(String.join("\n", configMap.getData().values()))
          .doesNotContainIgnoringCase("password")
          .doesNotContainIgnoringCase("secret");
    }
  }

  @Test
  void theDefaultInMemoryRateLimitGetsNoRedisConnectionNorEgress() {
    RenderedChart defaults = RenderedChart.withDefaults();

    assertThat(gatewayEnv(defaults))
        .extracting(EnvVar::getName)
        .noneMatch(name -> name.startsWith("SPRING_DATA_REDIS"));
    assertThat(gatewayConfig(defaults)).contains("store: \"memory\"");
    assertThat(gatewayEgressPorts(defaults)).doesNotContain(6379);
  }

  @Test
  void theProductionExampleSharesRateLimitsThroughRedisWithThePasswordFromItsSecret() {
    RenderedChart production = RenderedChart.withProductionExample();
    List<EnvVar> env = gatewayEnv(production);

    assertThat(env)
        .filteredOn(e -> e.getName().startsWith("SPRING_DATA_REDIS"))
        .extracting(EnvVar::getName)
        .containsExactlyInAnyOrder(
            "SPRING_DATA_REDIS_HOST", "SPRING_DATA_REDIS_PORT", "SPRING_DATA_REDIS_PASSWORD");
    assertThat(value(env, "SPRING_DATA_REDIS_HOST")).isEqualTo("redis.sequestra-data.svc");
    assertThat(value(env, "SPRING_DATA_REDIS_PORT")).isEqualTo("6379");
    EnvVar password =
        env.stream()
            .filter(e -> e.getName().equals("SPRING_DATA_REDIS_PASSWORD"))
            .findFirst()
            .orElseThrow();
    assertThat(password.getValue()).isNull();
    assertThat(password.getValueFrom().getSecretKeyRef().getName()).isEqualTo("sequestra-redis");
    assertThat(password.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
    assertThat(gatewayConfig(production))
        .contains("store: \"redis\"")
        .contains("store-timeout: \"200ms\"");

    // egress to Redis from the gateway only, to the peers networkPolicy.redis names
    NetworkPolicy gateway = policy(production, "seq-sequestra-gateway");
    assertThat(gateway.getSpec().getEgress())
        .filteredOn(
            rule ->
                rule.getPorts().stream()
                    .anyMatch(p -> Integer.valueOf(6379).equals(p.getPort().getIntVal())))
        .singleElement()
        .satisfies(
            rule ->
                assertThat(rule.getTo())
                    .singleElement()
                    .satisfies(
                        peer ->
                            assertThat(peer.getPodSelector().getMatchLabels())
                                .containsEntry("app", "redis")));
    for (String service : List.of("asset-registry", "financial-trace", "freezing")) {
      assertThat(
              policy(production, "seq-sequestra-" + service).getSpec().getEgress().stream()
                  .flatMap(rule -> rule.getPorts().stream())
                  .map(p -> p.getPort().getIntVal()))
          .as(service)
          .doesNotContain(6379);
    }
  }

  @Test
  void consoleSessionsInRedisGetTheRateLimitsConnectionAndEgressEvenWithInMemoryBuckets() {
    RenderedChart chart =
        RenderedChart.render(
            c ->
                c.set("gateway.console.sessionStore", "redis")
                    .set("gateway.rateLimit.redis.host", "redis.data.svc")
                    .set("gateway.rateLimit.redis.existingSecret", "redis-credentials"));
    List<EnvVar> env = gatewayEnv(chart);

    assertThat(value(env, "SEQUESTRA_CONSOLE_SESSION_STORE")).isEqualTo("redis");
    assertThat(value(env, "SPRING_DATA_REDIS_HOST")).isEqualTo("redis.data.svc");
    assertThat(env).extracting(EnvVar::getName).contains("SPRING_DATA_REDIS_PASSWORD");
    assertThat(gatewayConfig(chart)).contains("store: \"memory\"");
    assertThat(gatewayEgressPorts(chart)).contains(6379);
    // the production example keeps its sessions there too
    assertThat(
            value(
                gatewayEnv(RenderedChart.withProductionExample()),
                "SEQUESTRA_CONSOLE_SESSION_STORE"))
        .isEqualTo("redis");
    // and without a host the chart says what is missing
    assertThatThrownBy(
            () -> RenderedChart.render(c -> c.set("gateway.console.sessionStore", "redis")))
        .hasMessageContaining("gateway.rateLimit.redis.host");
    assertThatThrownBy(
            () -> RenderedChart.render(c -> c.set("gateway.console.sessionStore", "disk")))
        .hasMessageContaining("sessionStore");
  }

  @Test
  void schemaRejectsTheRedisStoreWithoutAHostOrUrl() {
    assertThatThrownBy(() -> RenderedChart.render(c -> c.set("gateway.rateLimit.store", "redis")))
        .hasMessageContaining("host");
  }

  @Test
  void schemaRejectsAnUnknownStoreAndAPlaintextRedisPassword() {
    assertThatThrownBy(() -> RenderedChart.render(c -> c.set("gateway.rateLimit.store", "disk")))
        .hasMessageContaining("store");
    assertThatThrownBy(
            () -> RenderedChart.render(c -> c.set("gateway.rateLimit.redis.password", "secret")))
        .hasMessageContaining("password");
  }

  private static List<EnvVar> gatewayEnv(RenderedChart chart) {
    return chart.all(Deployment.class).stream()
        .filter(d -> d.getMetadata().getName().equals("seq-sequestra-gateway"))
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

  private static String gatewayConfig(RenderedChart chart) {
    return chart.all(ConfigMap.class).stream()
        .filter(m -> m.getMetadata().getName().equals("seq-sequestra-gateway"))
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

  private static List<Integer> gatewayEgressPorts(RenderedChart chart) {
    return policy(chart, "seq-sequestra-gateway").getSpec().getEgress().stream()
        .flatMap(rule -> rule.getPorts().stream())
        .map(p -> p.getPort().getIntVal())
        .filter(Objects::nonNull)
        .toList();
  }

  @Test
  void theProductionExampleMigratesAsTheOwnerAndRunsAsTheApplicationRole() {
    RenderedChart production = RenderedChart.withProductionExample();
    for (String service : List.of("asset-registry", "financial-trace", "freezing")) {
      List<EnvVar> env =
          production.all(Deployment.class).stream()
              .filter(d -> d.getMetadata().getName().equals("seq-sequestra-" + service))
              .findFirst()
              .orElseThrow()
              .getSpec()
              .getTemplate()
              .getSpec()
              .getContainers()
              .getFirst()
              .getEnv();
      for (String[] expected :
          new String[][] {
            {"SPRING_DATASOURCE_USERNAME", "sequestra-" + service + "-db", "username"},
            {"SPRING_DATASOURCE_PASSWORD", "sequestra-" + service + "-db", "password"},
            {"SPRING_FLYWAY_USER", "sequestra-" + service + "-db-owner", "username"},
            {"SPRING_FLYWAY_PASSWORD", "sequestra-" + service + "-db-owner", "password"},
          }) {
        assertThat(env)
            .as(service)
            .filteredOn(e -> e.getName().equals(expected[0]))
            .singleElement()
            .satisfies(
                e -> {
                  assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo(expected[1]);
                  assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(expected[2]);
                });
      }
    }
  }
}
