package org.sequestra.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the local stack runs and where. PostgreSQL always runs; Keycloak and each service can be
 * left out, e.g. to test the launcher before the service jars exist.
 *
 * @param repoRoot the Sequestra checkout: service jars are {@code
 *     <repoRoot>/<service>/target/<service>.jar}
 * @param stateDir data kept between runs: PostgreSQL data, Keycloak, secrets, logs
 * @param servicePorts a port for every service, also for those not started (the gateway is told all
 *     URLs): the port of its first instance
 * @param replicaPorts the ports of the further instances of every service ({@code replicas - 1}
 *     each)
 * @param replicas how many instances of each service run (1; more to try what several replicas do:
 *     the gateway balances over them, imports and scheduled work are claimed in the database)
 * @param managementPorts every service's port for health probes and metrics
 *     (MANAGEMENT_SERVER_PORT): that of its first instance
 * @param replicaManagementPorts the management ports of the further instances of every service
 * @param services the services to start
 * @param heaps the maximum Java heap of every service ({@code -Xmx}), e.g. {@code 512m}
 * @param extraEnv added to every service's environment, e.g. SEQUESTRA_SECURITY_CLOCK_SKEW
 * @param startTimeout how long each component may take to become ready
 * @param progress receives one line per step (default: standard output)
 */
public record StackConfig(
    Path repoRoot,
    Path stateDir,
    int postgresPort,
    boolean keycloakEnabled,
    int keycloakPort,
    Path realmDir,
    Path keycloakZip,
    Map<PlatformService, Integer> servicePorts,
    Map<PlatformService, Integer> managementPorts,
    Map<PlatformService, List<Integer>> replicaPorts,
    Map<PlatformService, List<Integer>> replicaManagementPorts,
    int replicas,
    Set<PlatformService> services,
    Map<PlatformService, String> heaps,
    Map<String, String> extraEnv,
    Duration startTimeout,
    Consumer<String> progress) {

  public static final int DEFAULT_POSTGRES_PORT = 5433;
  public static final int DEFAULT_KEYCLOAK_PORT = 8180;
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(300);

  /**
   * Enough for every service on small data. A trace over a large dataset needs more: its graph is
   * held in the heap (about 48 bytes a transaction, see financial-trace-service's graph budget).
   */
  public static final String DEFAULT_HEAP = "512m";

  private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]{0,6}[mMgG]");

  /** The most instances of one service the stack runs. */
  public static final int MAX_REPLICAS = 4;

  public StackConfig {
    if (replicas < 1 || replicas > MAX_REPLICAS) {
      throw new IllegalArgumentException(
          "replicas must be between 1 and " + MAX_REPLICAS + ", not " + replicas);
    }
    servicePorts = Collections.unmodifiableMap(new EnumMap<>(servicePorts));
    managementPorts = Collections.unmodifiableMap(new EnumMap<>(managementPorts));
    replicaPorts = furtherPorts(replicaPorts, replicas);
    replicaManagementPorts = furtherPorts(replicaManagementPorts, replicas);
    heaps = Collections.unmodifiableMap(new EnumMap<>(heaps));
    services =
        services.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(services));
    extraEnv = Map.copyOf(extraEnv);
  }

  private static Map<PlatformService, List<Integer>> furtherPorts(
      Map<PlatformService, List<Integer>> ports, int replicas) {
    Map<PlatformService, List<Integer>> further = new EnumMap<>(PlatformService.class);
    for (PlatformService service : PlatformService.values()) {
      List<Integer> list = ports.getOrDefault(service, List.of());
      if (list.size() != replicas - 1) {
        throw new IllegalArgumentException(
            service.serviceName() + " needs " + (replicas - 1) + " further ports, has " + list);
      }
      further.put(service, List.copyOf(list));
    }
    return Collections.unmodifiableMap(further);
  }

  /**
   * Defaults: state in {@code <repoRoot>/.sequestra}, realms from {@code <repoRoot>/keycloak},
   * default ports, everything on.
   */
  public static Builder builder(Path repoRoot) {
    return new Builder(repoRoot);
  }

  /** The port of the service's first instance. */
  public int port(PlatformService service) {
    return servicePorts.get(service);
  }

  public int managementPort(PlatformService service) {
    return managementPorts.get(service);
  }

  public int managementPort(ServiceInstance instance) {
    return instance.number() == 1
        ? managementPort(instance.service())
        : replicaManagementPorts.get(instance.service()).get(instance.number() - 2);
  }

  public String managementUrl(ServiceInstance instance) {
    return "http://localhost:" + managementPort(instance);
  }

  public int port(ServiceInstance instance) {
    return instance.number() == 1
        ? port(instance.service())
        : replicaPorts.get(instance.service()).get(instance.number() - 2);
  }

  /** Every instance of the service, first first. */
  public List<ServiceInstance> instances(PlatformService service) {
    return IntStream.rangeClosed(1, replicas)
        .mapToObj(number -> new ServiceInstance(service, number, replicas))
        .toList();
  }

  /** Every instance of the services the stack starts. */
  public List<ServiceInstance> instances() {
    return services.stream().flatMap(service -> instances(service).stream()).toList();
  }

  public String serviceUrl(ServiceInstance instance) {
    return "http://localhost:" + port(instance);
  }

  /** The base URLs of all instances of the service, comma-separated (as the gateway takes them). */
  public String serviceUrls(PlatformService service) {
    return instances(service).stream().map(this::serviceUrl).collect(Collectors.joining(","));
  }

  public String heap(PlatformService service) {
    return heaps.get(service);
  }

  public String serviceUrl(PlatformService service) {
    return "http://localhost:" + port(service);
  }

  /** Where the service answers {@code /actuator/health/...} and {@code /actuator/prometheus}. */
  public String managementUrl(PlatformService service) {
    return "http://localhost:" + managementPort(service);
  }

  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
  }

  public static final class Builder {
    private final Path repoRoot;
    private Path stateDir;
    private int postgresPort = DEFAULT_POSTGRES_PORT;
    private boolean keycloakEnabled = true;
    private int keycloakPort = DEFAULT_KEYCLOAK_PORT;
    private Path realmDir;
    private Path keycloakZip;
    private final Map<PlatformService, Integer> servicePorts = new EnumMap<>(PlatformService.class);
    private final Map<PlatformService, Integer> managementPorts =
        new EnumMap<>(PlatformService.class);
    private int replicas = 1;
    private boolean freePorts;
    private Set<PlatformService> services = EnumSet.allOf(PlatformService.class);
    private final Map<PlatformService, String> heaps = new EnumMap<>(PlatformService.class);
    private final Map<String, String> extraEnv = new LinkedHashMap<>();
    private Duration startTimeout = DEFAULT_START_TIMEOUT;
    private Consumer<String> progress = line -> System.out.println("[stack] " + line);

    private Builder(Path repoRoot) {
      this.repoRoot = repoRoot.toAbsolutePath().normalize();
      Arrays.stream(PlatformService.values())
          .forEach(service -> servicePorts.put(service, service.defaultPort()));
      Arrays.stream(PlatformService.values())
          .forEach(service -> managementPorts.put(service, service.defaultManagementPort()));
      Arrays.stream(PlatformService.values()).forEach(service -> heaps.put(service, DEFAULT_HEAP));
    }

    public Builder stateDir(Path stateDir) {
      this.stateDir = stateDir.toAbsolutePath().normalize();
      return this;
    }

    public Builder postgresPort(int port) {
      this.postgresPort = port;
      return this;
    }

    public Builder keycloakPort(int port) {
      this.keycloakPort = port;
      return this;
    }

    public Builder withoutKeycloak() {
      this.keycloakEnabled = false;
      return this;
    }

    /** Directory whose {@code *.json} files are imported as realms. */
    public Builder realmDir(Path realmDir) {
      this.realmDir = realmDir.toAbsolutePath().normalize();
      return this;
    }

    public Builder keycloakZip(Path keycloakZip) {
      this.keycloakZip = keycloakZip.toAbsolutePath().normalize();
      return this;
    }

    /** The service's maximum heap as the JVM's -Xmx takes it: a number and m or g, e.g. 6g. */
    public Builder heap(PlatformService service, String size) {
      if (!HEAP_SIZE.matcher(size).matches()) {
        throw new IllegalArgumentException(
            "The heap of "
                + service.serviceName()
                + " must be a size like 512m or 6g, not '"
                + size
                + "'");
      }
      heaps.put(service, size);
      return this;
    }

    public Builder servicePort(PlatformService service, int port) {
      servicePorts.put(service, port);
      return this;
    }

    public Builder managementPort(PlatformService service, int port) {
      managementPorts.put(service, port);
      return this;
    }

    /**
     * Unused ports for PostgreSQL, Keycloak and every service (API and management), so a test run
     * collides with nothing.
     */
    public Builder freePorts() {
      freePorts = true;
      Iterator<Integer> ports = Ports.free(2 + 2 * PlatformService.values().length).iterator();
      postgresPort = ports.next();
      keycloakPort = ports.next();
      for (PlatformService service : PlatformService.values()) {
        servicePorts.put(service, ports.next());
        managementPorts.put(service, ports.next());
      }
      return this;
    }

    /**
     * How many instances of each service to run (1 to {@link #MAX_REPLICAS}). The further
     * instances' ports are free ones when {@link #freePorts()} was chosen, else the first
     * instance's port plus 10 per instance (8090, 8091, … for the second).
     */
    public Builder replicas(int replicas) {
      this.replicas = replicas;
      return this;
    }

    /** Only these services are started (none: only PostgreSQL and Keycloak). */
    public Builder services(Collection<PlatformService> services) {
      this.services =
          services.isEmpty() ? EnumSet.noneOf(PlatformService.class) : EnumSet.copyOf(services);
      return this;
    }

    public Builder services(PlatformService... services) {
      return services(Arrays.asList(services));
    }

    public Builder extraEnv(String name, String value) {
      extraEnv.put(name, value);
      return this;
    }

    public Builder extraEnv(Map<String, String> variables) {
      extraEnv.putAll(variables);
      return this;
    }

    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = startTimeout;
      return this;
    }

    public Builder progress(Consumer<String> progress) {
      this.progress = progress;
      return this;
    }

    public StackConfig build() {
      Map<PlatformService, List<Integer>> replicaPorts = new EnumMap<>(PlatformService.class);
      Map<PlatformService, List<Integer>> replicaManagementPorts =
          new EnumMap<>(PlatformService.class);
      int further = Math.max(0, replicas - 1);
      Set<Integer> taken = new HashSet<>(servicePorts.values());
      taken.addAll(managementPorts.values());
      taken.add(postgresPort);
      taken.add(keycloakPort);
      Iterator<Integer> free =
          freePorts
              ? Ports.free(2 * further * PlatformService.values().length, taken).iterator()
              : null;
      for (PlatformService service : PlatformService.values()) {
        List<Integer> ports = new ArrayList<>();
        List<Integer> management = new ArrayList<>();
        for (int n = 2; n <= replicas; n++) {
          ports.add(free != null ? free.next() : servicePorts.get(service) + 10 * (n - 1));
          management.add(free != null ? free.next() : managementPorts.get(service) + 10 * (n - 1));
        }
        replicaPorts.put(service, ports);
        replicaManagementPorts.put(service, management);
      }
      return new StackConfig(
          repoRoot,
          stateDir != null ? stateDir : repoRoot.resolve(".sequestra"),
          postgresPort,
          keycloakEnabled,
          keycloakPort,
          realmDir != null ? realmDir : repoRoot.resolve("keycloak"),
          keycloakZip != null ? keycloakZip : KeycloakDistribution.defaultZip(repoRoot),
          servicePorts,
          managementPorts,
          replicaPorts,
          replicaManagementPorts,
          replicas,
          services,
          heaps,
          extraEnv,
          startTimeout,
          progress);
    }
  }
}
