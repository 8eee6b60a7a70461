package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  @Test
  void defaultsToUpWithDefaultPortsAndAllServices() {
    LaunchOptions options = LaunchOptions.parse(new String[] {"--repo=/repo"}, Map.of());

    assertEquals("up", options.command());
    StackConfig config = options.config();
    assertEquals(Path.of("/repo/.sequestra"), config.stateDir());
    assertEquals(Path.of("/repo/keycloak"), config.realmDir());
    assertEquals(5433, config.postgresPort());
    assertEquals(8180, config.keycloakPort());
    assertEquals(8080, config.port(PlatformService.GATEWAY));
    assertEquals(9090, config.managementPort(PlatformService.GATEWAY));
    assertEquals(9091, config.managementPort(PlatformService.ASSET_REGISTRY));
    assertEquals(9092, config.managementPort(PlatformService.FINANCIAL_TRACE));
    assertEquals(9093, config.managementPort(PlatformService.FREEZING));
    assertEquals(Set.of(PlatformService.values()), config.services());
    assertEquals(Duration.ofSeconds(300), config.startTimeout());
    for (PlatformService service : PlatformService.values()) {
      assertEquals("512m", config.heap(service));
    }
  }

  @Test
  void readsAServicesHeapAndRefusesOneTheJvmWouldNotTake() {
    StackConfig config =
        LaunchOptions.parse(
                new String[] {"--repo=/repo"}, Map.of("SEQUESTRA_FINANCIAL_TRACE_HEAP", " 6g "))
            .config();
    assertEquals("6g", config.heap(PlatformService.FINANCIAL_TRACE));
    assertEquals("512m", config.heap(PlatformService.ASSET_REGISTRY));

    for (String wrong : new String[] {"6", "6 GB", "-1g", "0m", "6t"}) {
      IllegalArgumentException failure =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  LaunchOptions.parse(
                      new String[] {"--repo=/repo"},
                      Map.of("SEQUESTRA_FINANCIAL_TRACE_HEAP", wrong)));
      assertTrue(failure.getMessage().contains("financial-trace-service"), failure.getMessage());
    }
  }

  @Test
  void readsPortsServicesTimeoutAndStateFromTheEnvironment() {
    LaunchOptions options =
        LaunchOptions.parse(
            new String[] {"status", "--repo=/repo"},
            Map.of(
                "SEQUESTRA_HOME", "/state",
                "SEQUESTRA_POSTGRES_PORT", "15433",
                "SEQUESTRA_KEYCLOAK_PORT", "18280",
                "SEQUESTRA_FINANCIAL_TRACE_PORT", "9082",
                "SEQUESTRA_FINANCIAL_TRACE_MANAGEMENT_PORT", "19082",
                "SEQUESTRA_SERVICES", "gateway, freezing-service",
                "SEQUESTRA_START_TIMEOUT", "60"));

    assertEquals("status", options.command());
    StackConfig config = options.config();
    assertEquals(Path.of("/state"), config.stateDir());
    assertEquals(15433, config.postgresPort());
    assertEquals(18280, config.keycloakPort());
    assertEquals(9082, config.port(PlatformService.FINANCIAL_TRACE));
    assertEquals(19082, config.managementPort(PlatformService.FINANCIAL_TRACE));
    assertEquals(9091, config.managementPort(PlatformService.ASSET_REGISTRY));
    assertEquals(Set.of(PlatformService.GATEWAY, PlatformService.FREEZING), config.services());
    assertEquals(Duration.ofSeconds(60), config.startTimeout());
  }

  @Test
  void replicasRunOnTheFirstInstancesPortsPlusTenEach() {
    StackConfig config =
        LaunchOptions.parse(
                new String[] {"--repo=/repo"},
                Map.of("SEQUESTRA_REPLICAS", "2", "SEQUESTRA_FINANCIAL_TRACE_PORT", "9082"))
            .config();
    assertEquals(2, config.replicas());
    assertEquals(
        List.of("financial-trace-service-1", "financial-trace-service-2"),
        config.instances(PlatformService.FINANCIAL_TRACE).stream()
            .map(ServiceInstance::name)
            .toList());
    assertEquals(9092, config.port(config.instances(PlatformService.FINANCIAL_TRACE).get(1)));
    assertEquals(8090, config.port(config.instances(PlatformService.GATEWAY).get(1)));
    assertEquals(
        "http://localhost:8081,http://localhost:8091",
        config.serviceUrls(PlatformService.ASSET_REGISTRY));
    assertEquals(8, config.instances().size());

    IllegalArgumentException tooMany =
        assertThrows(
            IllegalArgumentException.class,
            () -> LaunchOptions.parse(new String[] {}, Map.of("SEQUESTRA_REPLICAS", "5")));
    assertTrue(tooMany.getMessage().contains("between 1 and 4"), tooMany.getMessage());
    assertEquals(
        java.util.Optional.of("gateway-2"),
        LaunchOptions.parse(new String[] {"restart", "gateway-2"}, Map.of()).service());
    assertThrows(
        IllegalArgumentException.class,
        () -> LaunchOptions.parse(new String[] {"restart", "nothing-2"}, Map.of()));
  }

  @Test
  void acceptsNoServicesAndAnExplicitStateDirectory() {
    LaunchOptions options =
        LaunchOptions.parse(
            new String[] {"--repo=/repo", "--state=/elsewhere"},
            Map.of("SEQUESTRA_SERVICES", "none", "SEQUESTRA_HOME", "/state"));

    assertTrue(options.config().services().isEmpty());
    assertEquals(Path.of("/elsewhere"), options.config().stateDir());
  }

  @Test
  void rejectsUnknownArgumentsServicesAndNumbers() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LaunchOptions.parse(new String[] {"start"}, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LaunchOptions.parse(
                new String[] {"--repo=/r"}, Map.of("SEQUESTRA_SERVICES", "billing")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LaunchOptions.parse(
                new String[] {"--repo=/r"}, Map.of("SEQUESTRA_GATEWAY_PORT", "eighty")));
  }

  @Test
  void restartNamesTheServiceToStartAgain() {
    LaunchOptions options =
        LaunchOptions.parse(
            new String[] {"restart", "financial-trace-service", "--repo=/repo"}, Map.of());
    assertEquals("restart", options.command());
    assertEquals(java.util.Optional.of("financial-trace-service"), options.service());

    assertThrows(
        IllegalArgumentException.class,
        () -> LaunchOptions.parse(new String[] {"restart", "--repo=/repo"}, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> LaunchOptions.parse(new String[] {"restart", "billing", "--repo=/repo"}, Map.of()));
  }
}
