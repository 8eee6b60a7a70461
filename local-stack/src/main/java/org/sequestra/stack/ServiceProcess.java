package org.sequestra.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One instance of a Spring Boot service of the platform, run from its jar in a JVM of its own. */
final class ServiceProcess {

  // C1 only, small stacks, serial GC: several JVMs start much faster side by side on two cores.
  // The heap is the stack's configuration (SEQUESTRA_<SERVICE>_HEAP).
  private static final List<String> JVM_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+UseSerialGC");
  // Spring's graceful shutdown may wait up to 30 s for requests in flight.
  private static final Duration STOP_GRACE = Duration.ofSeconds(40);

  private final ServiceInstance instance;
  private final ManagedProcess process;

  private ServiceProcess(ServiceInstance instance, ManagedProcess process) {
    this.instance = instance;
    this.process = process;
  }

  /**
   * Launches the instance without waiting for it; it needs PostgreSQL, but fetches Keycloak's keys
   * lazily.
   *
   * @param stackEnv what the stack adds for this instance (e.g. the gateways' shared rate-limit
   *     store)
   */
  static ServiceProcess launch(
      ServiceInstance instance, StackConfig config, Secrets secrets, Map<String, String> stackEnv) {
    PlatformService service = instance.service();
    Path jar = requireJar(service, config);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-Xmx" + config.heap(service));
    command.addAll(List.of("-jar", jar.toString()));
    ManagedProcess process =
        ManagedProcess.start(
            instance.name(),
            command,
            environment(instance, config, secrets, stackEnv),
            config.repoRoot(),
            config.stateDir().resolve("logs").resolve(instance.name() + ".log"),
            URI.create(config.managementUrl(instance) + "/actuator/health/readiness"));
    return new ServiceProcess(instance, process);
  }

  /**
   * The service's jar, {@code <repo>/<service>/target/<service>.jar}, which must have been built.
   */
  static Path requireJar(PlatformService service, StackConfig config) {
    Path jar =
        config
            .repoRoot()
            .resolve(service.serviceName())
            .resolve("target")
            .resolve(service.serviceName() + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new StackStartException(
          jar + " not found: build the platform first (mvn -DskipTests package)");
    }
    return jar;
  }

  ServiceInstance instance() {
    return instance;
  }

  PlatformService service() {
    return instance.service();
  }

  ManagedProcess process() {
    return process;
  }

  void awaitReady(Duration timeout) {
    process.awaitReady(timeout);
  }

  void stop() {
    process.stop(STOP_GRACE);
  }

  private static Map<String, String> environment(
      ServiceInstance instance, StackConfig config, Secrets secrets, Map<String, String> stackEnv) {
    PlatformService service = instance.service();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("SERVER_PORT", Integer.toString(config.port(instance)));
    environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(config.managementPort(instance)));
    environment.put("SEQUESTRA_KEYCLOAK_URL", config.keycloakUrl());
    service
        .database()
        .ifPresent(
            name -> {
              // The service connects as the application role (rows only); Flyway migrates as
              // the owner of the tables.
              environment.put("SPRING_DATASOURCE_URL", config.jdbcUrl(name));
              environment.put("SPRING_DATASOURCE_USERNAME", Secrets.appRole(name));
              environment.put("SPRING_DATASOURCE_PASSWORD", secrets.appPassword(name));
              environment.put("SPRING_FLYWAY_USER", name);
              environment.put("SPRING_FLYWAY_PASSWORD", secrets.databasePassword(name));
            });
    // The gateway routes to every backend, balancing over all its instances; the backends call
    // each other (the trace service proposes assets to the registry, the freezing service grants
    // executing-side access) through one URL: the first instance (in Kubernetes, the Service).
    for (PlatformService backend : PlatformService.values()) {
      if (backend != PlatformService.GATEWAY && backend != service) {
        environment.put(
            backend.urlVariable(),
            service == PlatformService.GATEWAY
                ? config.serviceUrls(backend)
                : config.serviceUrl(backend));
      }
    }
    if (service == PlatformService.FREEZING) {
      // The freezing service's own client-credentials identity (hub realm client
      // freezing-service), with which its relay applies effects in the registry.
      environment.put("SEQUESTRA_FREEZING_CLIENT_SECRET", secrets.freezingClientSecret());
    }
    if (service == PlatformService.GATEWAY) {
      // The console's log-in: the gateway is the hub realm's confidential client "console" (its
      // issuer follows SEQUESTRA_KEYCLOAK_URL).
      environment.put("SEQUESTRA_CONSOLE_CLIENT_SECRET", secrets.consoleClientSecret());
    }
    if (service == PlatformService.FINANCIAL_TRACE) {
      // Uploads wait here for their import: one directory for all instances, so that an instance
      // can take over the import of one that died.
      environment.put("SEQUESTRA_IMPORT_WORK_DIR", config.stateDir().resolve("imports").toString());
    }
    environment.putAll(stackEnv);
    environment.putAll(config.extraEnv());
    return environment;
  }
}
