package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures that must be reported before anything is started. */
class LocalStackTest {

  @TempDir Path stateDir;

  @Test
  void refusesAPortInUse() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      StackConfig config =
          StackConfig.builder(stateDir)
              .stateDir(stateDir)
              .freePorts()
              .keycloakPort(busy.getLocalPort())
              .services()
              .progress(line -> {})
              .build();

      StackStartException failure =
          assertThrows(StackStartException.class, () -> LocalStack.start(config));

      assertTrue(
          failure
              .getMessage()
              .contains("Port " + busy.getLocalPort() + " for Keycloak is already in use"),
          failure.getMessage());
      assertTrue(Files.notExists(stateDir.resolve("postgres")), "nothing was started");
    }
  }

  @Test
  void refusesAManagementPortThatIsAnotherServicesApiPort() {
    StackConfig.Builder builder =
        StackConfig.builder(stateDir)
            .stateDir(stateDir)
            .freePorts()
            .withoutKeycloak()
            .services(PlatformService.GATEWAY, PlatformService.FREEZING)
            .progress(line -> {});
    int gatewayPort = builder.build().port(PlatformService.GATEWAY);
    StackConfig config = builder.managementPort(PlatformService.FREEZING, gatewayPort).build();

    StackStartException failure =
        assertThrows(StackStartException.class, () -> LocalStack.start(config));

    assertTrue(
        failure
            .getMessage()
            .contains(
                "Port "
                    + gatewayPort
                    + " is configured for both freezing-service (management) and gateway"),
        failure.getMessage());
    assertTrue(Files.notExists(stateDir.resolve("postgres")), "nothing was started");
  }

  @Test
  void refusesAMissingServiceJar() {
    StackConfig config =
        StackConfig.builder(stateDir)
            .stateDir(stateDir)
            .freePorts()
            .withoutKeycloak()
            .services(PlatformService.GATEWAY)
            .progress(line -> {})
            .build();

    StackStartException failure =
        assertThrows(StackStartException.class, () -> LocalStack.start(config));

    assertTrue(
        failure.getMessage().contains("gateway/target/gateway.jar not found"),
        failure.getMessage());
    assertTrue(Files.notExists(stateDir.resolve("postgres")), "nothing was started");
  }

  @Test
  void refusesAStateDirectoryInUseByAnotherStack() throws Exception {
    Files.createDirectories(stateDir);
    try (StateLock ignored = StateLock.tryAcquire(stateDir).orElseThrow()) {
      StackConfig config =
          StackConfig.builder(stateDir).stateDir(stateDir).freePorts().progress(line -> {}).build();

      StackStartException failure =
          assertThrows(StackStartException.class, () -> LocalStack.start(config));

      assertTrue(
          failure.getMessage().contains("is in use by another running stack"),
          failure.getMessage());
    }
  }
}
