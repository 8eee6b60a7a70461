package org.sequestra.stack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole platform on one machine: PostgreSQL, Keycloak and the Spring Boot services as child
 * processes. Everything it starts is stopped by {@link #close()}, also when the JVM exits without
 * calling it.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(StackConfig.builder(repoRoot).freePorts().build())) {
 *     String gateway = stack.gatewayUrl();
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

  private final StackConfig config;
  private final ProcessLedger ledger;
  private final Object lifecycle = new Object();
  private final Map<ServiceInstance, ServiceProcess> services = new LinkedHashMap<>();
  private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");
  private Instant startedAt;
  private boolean started;
  private boolean closed;
  private StateLock stateLock;
  private Secrets secrets;
  private EmbeddedDatabase database;
  private KeycloakServer keycloak;
  private SharedRedis redis;

  public LocalStack(StackConfig config) {
    this.config = config;
    this.ledger = new ProcessLedger(config.stateDir().resolve("run"));
  }

  /** Creates and starts a stack; see {@link #start()}. */
  public static LocalStack start(StackConfig config) {
    LocalStack stack = new LocalStack(config);
    stack.start();
    return stack;
  }

  /**
   * Starts PostgreSQL, then the services, with Keycloak alongside both, and returns once all are
   * ready. On failure everything already started is stopped again and a {@link StackStartException}
   * says why.
   */
  public void start() {
    synchronized (lifecycle) {
      if (started) {
        throw new IllegalStateException("The stack was already started");
      }
      started = true;
    }
    startedAt = Instant.now();
    CompletableFuture<Void> keycloakLaunch = CompletableFuture.completedFuture(null);
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      claimStateDirectory();
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      secrets =
          Secrets.loadOrCreate(config.stateDir().resolve("secrets.properties"), databaseNames());
      config
          .progress()
          .accept(
              "Starting " + componentNames() + " (state and logs in " + config.stateDir() + ")");
      if (config.keycloakEnabled()) {
        // Keycloak needs nothing from PostgreSQL: unpacking and booting it overlaps with the rest.
        keycloakLaunch = CompletableFuture.runAsync(this::launchKeycloak, executor);
      }
      startDatabase();
      startSharedStores();
      config.instances().forEach(this::launchService);
      unwrap(keycloakLaunch);
      List<Runnable> readinessChecks = new ArrayList<>();
      if (keycloak != null) {
        readinessChecks.add(this::awaitKeycloak);
      }
      List.copyOf(services.values())
          .forEach(service -> readinessChecks.add(() -> awaitService(service)));
      awaitAll(readinessChecks, executor);
    } catch (RuntimeException e) {
      keycloakLaunch.exceptionally(ignored -> null).join();
      boolean stoppedFromOutside = isClosed();
      close();
      throw stoppedFromOutside
          ? new StackStartException("The stack was stopped while it was starting", e)
          : e;
    }
    config.progress().accept("All components ready after " + secondsSince(startedAt));
  }

  /**
   * Stops what this stack started: services (in parallel), then Keycloak, then PostgreSQL.
   * Idempotent.
   */
  @Override
  public void close() {
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      stopServices(new ArrayList<>(services.values()));
      if (redis != null) {
        redis.close();
        ledger.forget(SharedRedis.NAME);
      }
      if (keycloak != null) {
        config.progress().accept("Stopping Keycloak");
        keycloak.stop();
        ledger.forget(KeycloakServer.NAME);
      }
      if (database != null) {
        config.progress().accept("Stopping PostgreSQL");
        database.close();
        ledger.forget("postgres");
      }
      if (stateLock != null) {
        stateLock.close();
      }
      removeShutdownHook();
    }
  }

  /**
   * Stops a service (all its instances) or one instance (SIGTERM, then SIGKILL after 40 s), e.g. to
   * test how the gateway copes without it.
   */
  public void stopService(String name) {
    List<ServiceProcess> toStop;
    synchronized (lifecycle) {
      toStop = services.values().stream().filter(p -> p.instance().isNamedBy(name)).toList();
      toStop.forEach(process -> services.remove(process.instance()));
    }
    if (toStop.isEmpty()) {
      instancesNamed(name); // an unknown name says so
      throw new IllegalStateException(name + " is not running");
    }
    stopServices(toStop);
  }

  /**
   * Kills one instance at once (SIGKILL, no graceful shutdown), as a crash or a lost machine would
   * end it; the stack reports it as exited on its own.
   */
  public void killInstance(String instanceName) {
    ServiceProcess process;
    synchronized (lifecycle) {
      process =
          services.values().stream()
              .filter(p -> p.instance().name().equals(instanceName))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException(instanceName + " is not running"));
    }
    process.process().handle().destroyForcibly();
    process.process().handle().onExit().join();
  }

  /**
   * Stops the service's instances (or the one instance) that run, starts them again and waits until
   * they are ready: e.g. after one exited on its own, or to pick up a rebuilt jar.
   */
  public void restartService(String name) {
    List<ServiceInstance> instances = instancesNamed(name);
    if (isRunning(name)) {
      stopService(name);
    }
    synchronized (lifecycle) {
      // Exited on their own: their processes are gone, only the entries are left to drop.
      instances.forEach(services::remove);
    }
    instances.forEach(this::startInstance);
  }

  /** Starts a service's instances (or the one instance) again and waits until they are ready. */
  public void startService(String name) {
    instancesNamed(name).forEach(this::startInstance);
  }

  private void startInstance(ServiceInstance instance) {
    ServiceProcess process;
    synchronized (lifecycle) {
      if (!started || closed) {
        throw new IllegalStateException("The stack is not running");
      }
      if (services.containsKey(instance)) {
        throw new IllegalStateException(instance.name() + " is already running");
      }
      launchService(instance);
      process = services.get(instance);
    }
    try {
      awaitService(process);
    } catch (RuntimeException e) {
      synchronized (lifecycle) {
        services.remove(instance);
      }
      stopServices(List.of(process));
      throw e;
    }
  }

  /** Whether any instance of the service (or the instance) runs. */
  public boolean isRunning(String name) {
    synchronized (lifecycle) {
      return services.values().stream()
          .anyMatch(p -> p.instance().isNamedBy(name) && p.process().isAlive());
    }
  }

  /** The instances a service's or an instance's name stands for. */
  private List<ServiceInstance> instancesNamed(String name) {
    List<ServiceInstance> named =
        config.instances().stream().filter(instance -> instance.isNamedBy(name)).toList();
    if (named.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown service or instance '"
              + name
              + "'; known: "
              + String.join(", ", config.instances().stream().map(ServiceInstance::name).toList()));
    }
    return named;
  }

  public StackConfig config() {
    return config;
  }

  /** The generated passwords and client secrets (e.g. {@link Secrets#empactSecret()}). */
  public Secrets secrets() {
    if (secrets == null) {
      throw new IllegalStateException("The stack has not been started");
    }
    return secrets;
  }

  /** The (first) gateway. */
  public String gatewayUrl() {
    return config.serviceUrl(PlatformService.GATEWAY);
  }

  /** Every gateway instance, first first. */
  public List<String> gatewayUrls() {
    return config.instances(PlatformService.GATEWAY).stream().map(config::serviceUrl).toList();
  }

  /** The URL of a service's first instance, or of the named instance. */
  public String serviceUrl(String name) {
    return config.serviceUrl(instancesNamed(name).getFirst());
  }

  public int servicePort(String serviceName) {
    return config.port(PlatformService.named(serviceName));
  }

  /**
   * Where the service's first instance, or the named instance, answers its health probes and
   * metrics ({@code /actuator/...}).
   */
  public String managementUrl(String name) {
    return config.managementUrl(instancesNamed(name).getFirst());
  }

  public String keycloakUrl() {
    return config.keycloakUrl();
  }

  public int keycloakPort() {
    return config.keycloakPort();
  }

  public int postgresPort() {
    return config.postgresPort();
  }

  /**
   * JDBC URL of a service database; log in as its owner, the role of the same name, with {@link
   * Secrets#databasePassword}, or as the role the service uses, {@link Secrets#appRole}, with
   * {@link Secrets#appPassword}.
   */
  public String jdbcUrl(String database) {
    return config.jdbcUrl(database);
  }

  private void claimStateDirectory() {
    StateDirectory.create(config.stateDir());
    stateLock =
        StateLock.tryAcquire(config.stateDir())
            .orElseThrow(
                () ->
                    new StackStartException(
                        "The state directory "
                            + config.stateDir()
                            + " is in use by another running stack: stop that one first"
                            + " (./sequestra stop) or use another state directory"));
    ledger.stopLeftovers(config.progress());
    requireFreePorts();
    config.services().forEach(service -> ServiceProcess.requireJar(service, config));
  }

  private void requireFreePorts() {
    Map<Integer, String> wanted = new LinkedHashMap<>();
    wanted.put(config.postgresPort(), "PostgreSQL");
    if (config.keycloakEnabled()) {
      requireDistinct(wanted, config.keycloakPort(), "Keycloak");
    }
    config
        .instances()
        .forEach(
            instance -> {
              requireDistinct(wanted, config.port(instance), instance.name());
              requireDistinct(
                  wanted, config.managementPort(instance), instance.name() + " (management)");
            });
    wanted.forEach(
        (port, component) -> {
          if (!Ports.isFree(port)) {
            throw new StackStartException(
                "Port "
                    + port
                    + " for "
                    + component
                    + " is already in use (another stack or program?): choose another port");
          }
        });
  }

  private static void requireDistinct(Map<Integer, String> wanted, int port, String component) {
    String other = wanted.putIfAbsent(port, component);
    if (other != null) {
      throw new StackStartException(
          "Port " + port + " is configured for both " + other + " and " + component);
    }
  }

  private void startDatabase() {
    EmbeddedDatabase started =
        EmbeddedDatabase.start(
            config.stateDir(),
            config.postgresPort(),
            secrets,
            databaseNames(),
            config.startTimeout());
    synchronized (lifecycle) {
      database = started;
      started
          .postmaster()
          .ifPresent(process -> ledger.record("postgres", process, started.probe()));
      stopIfClosed(started::close);
    }
    config
        .progress()
        .accept(
            "PostgreSQL ready on localhost:"
                + config.postgresPort()
                + " after "
                + secondsSince(startedAt));
  }

  private void launchKeycloak() {
    KeycloakServer launched = KeycloakServer.launch(config, secrets);
    synchronized (lifecycle) {
      keycloak = launched;
      ledger.record(KeycloakServer.NAME, launched.process().handle(), launched.process().probe());
      stopIfClosed(launched::stop);
    }
  }

  /**
   * With several gateways, their per-agency rate limits are kept in one Redis server the stack
   * starts (on loopback, with a generated password); with one, in the gateway's memory.
   */
  private void startSharedStores() {
    if (config.replicas() < 2 || !config.services().contains(PlatformService.GATEWAY)) {
      return;
    }
    SharedRedis started = SharedRedis.start(config.stateDir(), secrets.redisPassword());
    synchronized (lifecycle) {
      redis = started;
      started
          .process()
          .ifPresent(process -> ledger.record(SharedRedis.NAME, process, started.probe()));
      stopIfClosed(started::close);
    }
    config.progress().accept("Redis (gateway rate limits) ready on localhost:" + started.port());
  }

  private Map<String, String> stackEnv(ServiceInstance instance) {
    if (redis == null || instance.service() != PlatformService.GATEWAY) {
      return Map.of();
    }
    return Map.of(
        "SEQUESTRA_GATEWAY_RATE_LIMIT_STORE",
        "redis",
        "SPRING_DATA_REDIS_HOST",
        "127.0.0.1",
        "SPRING_DATA_REDIS_PORT",
        Integer.toString(redis.port()),
        "SPRING_DATA_REDIS_PASSWORD",
        secrets.redisPassword());
  }

  private void launchService(ServiceInstance instance) {
    ServiceProcess launched = ServiceProcess.launch(instance, config, secrets, stackEnv(instance));
    synchronized (lifecycle) {
      services.put(instance, launched);
      ledger.record(instance.name(), launched.process().handle(), launched.process().probe());
      stopIfClosed(launched::stop);
    }
  }

  /** A component that finished launching after {@link #close()} ran must not outlive the stack. */
  private void stopIfClosed(Runnable stop) {
    if (closed) {
      stop.run();
      throw new StackStartException("The stack was stopped while it was starting");
    }
  }

  private void awaitKeycloak() {
    keycloak.awaitReady(config.startTimeout());
    config
        .progress()
        .accept("Keycloak ready at " + config.keycloakUrl() + " after " + secondsSince(startedAt));
  }

  private void awaitService(ServiceProcess service) {
    service.awaitReady(config.startTimeout());
    service.process().onExit(code -> exitedOnItsOwn(service, code));
    config
        .progress()
        .accept(
            service.instance().name()
                + " ready at "
                + config.serviceUrl(service.instance())
                + " after "
                + secondsSince(startedAt));
  }

  /**
   * A ready service whose process ended without the stack stopping it (a crash, out of memory, a
   * kill from outside) is reported at once and recorded as down, so that {@code status} says so.
   */
  private void exitedOnItsOwn(ServiceProcess service, int exitCode) {
    String name = service.instance().name();
    synchronized (lifecycle) {
      if (closed || services.get(service.instance()) != service) {
        return; // stopped by the stack itself
      }
      services.remove(service.instance());
    }
    String exit =
        "exited with code "
            + exitCode
            + " at "
            + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
            + "; log "
            + service.process().log();
    ledger.recordExit(name, exit);
    config
        .progress()
        .accept(
            name
                + " "
                + exit
                + ". Start it again with: ./sequestra restart "
                + name
                + LogTail.of(service.process().log()));
  }

  /** Runs the checks in parallel; the first failure cancels the rest and is rethrown. */
  private static void awaitAll(List<Runnable> checks, ExecutorService executor) {
    CompletionService<Void> completion = new ExecutorCompletionService<>(executor);
    List<Future<Void>> futures =
        checks.stream().map(check -> completion.submit(check, null)).toList();
    try {
      for (int i = 0; i < futures.size(); i++) {
        completion.take().get();
      }
    } catch (ExecutionException e) {
      futures.forEach(future -> future.cancel(true));
      throw asRuntime(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(future -> future.cancel(true));
      throw new StackStartException("Interrupted while waiting for the stack to become ready");
    }
  }

  private void stopServices(List<ServiceProcess> toStop) {
    if (toStop.isEmpty()) {
      return;
    }
    config
        .progress()
        .accept(
            "Stopping "
                + String.join(
                    ", ", toStop.stream().map(service -> service.instance().name()).toList()));
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      toStop.forEach(
          service ->
              executor.submit(
                  () -> {
                    service.stop();
                    ledger.forget(service.instance().name());
                  }));
    }
    synchronized (lifecycle) {
      toStop.forEach(service -> services.remove(service.instance(), service));
    }
  }

  private boolean isClosed() {
    synchronized (lifecycle) {
      return closed;
    }
  }

  private void removeShutdownHook() {
    if (Thread.currentThread() == shutdownHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down (or the hook was never added): nothing to undo.
    }
  }

  private String componentNames() {
    List<String> names = new ArrayList<>(List.of("PostgreSQL"));
    if (config.keycloakEnabled()) {
      names.add("Keycloak");
    }
    config.instances().forEach(instance -> names.add(instance.name()));
    return String.join(", ", names);
  }

  private static List<String> databaseNames() {
    return Arrays.stream(PlatformService.values())
        .flatMap(service -> service.database().stream())
        .toList();
  }

  private static void unwrap(CompletableFuture<Void> future) {
    try {
      future.join();
    } catch (CompletionException e) {
      throw asRuntime(e.getCause());
    }
  }

  private static RuntimeException asRuntime(Throwable cause) {
    return cause instanceof RuntimeException runtime
        ? runtime
        : new StackStartException(cause.getMessage(), cause);
  }

  private static String secondsSince(Instant start) {
    return String.format("%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
  }
}
