package org.sequestra.stack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line and the SEQUESTRA_* environment of {@link LocalStackMain}, as a command and a
 * configuration.
 */
record LaunchOptions(String command, Optional<String> service, StackConfig config) {

  static final String USAGE =
      """
            Usage: LocalStackMain [up|stop|status|restart SERVICE] [--repo=DIR] [--state=DIR]
                                                              (./sequestra runs it)
              up      start PostgreSQL, Keycloak and the services; Ctrl-C stops them (default)
              stop    stop a stack started from the same state directory in another terminal
              status  say what runs, and which services exited on their own
              restart SERVICE  start one service of the running stack again (after it exited, or
                      to pick up a rebuilt jar), e.g. restart financial-trace-service; with
                      replicas, one instance by its name, e.g. financial-trace-service-2
              --repo  the Sequestra checkout (default: the one this jar was built in)
              --state state directory (default: $SEQUESTRA_HOME, else <repo>/.sequestra)
            Environment:
              SEQUESTRA_GATEWAY_PORT (8080), SEQUESTRA_ASSET_REGISTRY_PORT (8081),
              SEQUESTRA_FINANCIAL_TRACE_PORT (8082), SEQUESTRA_FREEZING_PORT (8083),
              SEQUESTRA_KEYCLOAK_PORT (8180), SEQUESTRA_POSTGRES_PORT (5433),
              SEQUESTRA_GATEWAY_MANAGEMENT_PORT (9090), SEQUESTRA_ASSET_REGISTRY_MANAGEMENT_PORT
                                  (9091), SEQUESTRA_FINANCIAL_TRACE_MANAGEMENT_PORT (9092),
              SEQUESTRA_FREEZING_MANAGEMENT_PORT (9093)  health probes and metrics (/actuator)
              SEQUESTRA_ASSET_REGISTRY_HEAP, SEQUESTRA_FINANCIAL_TRACE_HEAP, SEQUESTRA_FREEZING_HEAP,
              SEQUESTRA_GATEWAY_HEAP  a service's maximum Java heap, e.g. 6g (512m); traces over
                                  large datasets need more (the graph is held in memory)
              SEQUESTRA_SERVICES  comma-separated services to start, or "none" (default: all)
              SEQUESTRA_REPLICAS  instances of each service, 1 to 4 (1): the gateways balance
                                  over them and share their rate limits in a Redis the stack
                                  starts; further instances on the ports + 10, + 20, ...
              SEQUESTRA_START_TIMEOUT  seconds each component may take to become ready (300)
            """;

  private static final List<String> COMMANDS = List.of("up", "stop", "status", "restart");
  private static final Pattern INSTANCE = Pattern.compile("(.+)-([1-9])");

  static LaunchOptions parse(String[] args, Map<String, String> environment) {
    String command = "up";
    String restarted = null;
    Path repo = null;
    Path state = null;
    for (String arg : args) {
      if (arg.startsWith("--repo=")) {
        repo = Path.of(arg.substring("--repo=".length()));
      } else if (arg.startsWith("--state=")) {
        state = Path.of(arg.substring("--state=".length()));
      } else if (COMMANDS.contains(arg)) {
        command = arg;
      } else if (command.equals("restart") && restarted == null) {
        restarted = restartable(arg);
      } else {
        throw new IllegalArgumentException("Unknown argument: " + arg);
      }
    }
    if (command.equals("restart") && restarted == null) {
      throw new IllegalArgumentException("restart needs the service to start again");
    }
    Path repoRoot = repo != null ? repo : defaultRepoRoot();
    StackConfig.Builder builder =
        StackConfig.builder(repoRoot)
            .stateDir(
                state != null
                    ? state
                    : Optional.ofNullable(environment.get("SEQUESTRA_HOME"))
                        .map(Path::of)
                        .orElse(repoRoot.resolve(".sequestra")));
    integer(environment, "SEQUESTRA_POSTGRES_PORT").ifPresent(builder::postgresPort);
    integer(environment, "SEQUESTRA_KEYCLOAK_PORT").ifPresent(builder::keycloakPort);
    for (PlatformService service : PlatformService.values()) {
      integer(environment, "SEQUESTRA_" + service.name() + "_PORT")
          .ifPresent(port -> builder.servicePort(service, port));
      integer(environment, "SEQUESTRA_" + service.name() + "_MANAGEMENT_PORT")
          .ifPresent(port -> builder.managementPort(service, port));
      Optional.ofNullable(environment.get("SEQUESTRA_" + service.name() + "_HEAP"))
          .filter(size -> !size.isBlank())
          .ifPresent(size -> builder.heap(service, size.strip()));
    }
    Optional.ofNullable(environment.get("SEQUESTRA_SERVICES"))
        .map(LaunchOptions::services)
        .ifPresent(builder::services);
    integer(environment, "SEQUESTRA_REPLICAS").ifPresent(builder::replicas);
    integer(environment, "SEQUESTRA_START_TIMEOUT")
        .ifPresent(seconds -> builder.startTimeout(Duration.ofSeconds(seconds)));
    return new LaunchOptions(command, Optional.ofNullable(restarted), builder.build());
  }

  /** A service's name, or an instance's ({@code financial-trace-service-2}); else an error. */
  private static String restartable(String name) {
    Matcher instance = INSTANCE.matcher(name);
    PlatformService.named(instance.matches() ? instance.group(1) : name);
    return name;
  }

  private static List<PlatformService> services(String list) {
    if (list.isBlank() || list.strip().equals("none")) {
      return List.of();
    }
    return Arrays.stream(list.split(",")).map(String::strip).map(PlatformService::named).toList();
  }

  private static Optional<Integer> integer(Map<String, String> environment, String variable) {
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " must be a number, not '" + value + "'");
    }
  }

  /**
   * The checkout this code was built in ({@code <repo>/local-stack/target/...}), else the working
   * directory.
   */
  private static Path defaultRepoRoot() {
    try {
      Path location =
          Path.of(LaunchOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = location.getParent();
      if (target != null
          && target.endsWith("target")
          && target.getParent().endsWith("local-stack")
          && Files.isDirectory(target.getParent().getParent())) {
        return target.getParent().getParent();
      }
    } catch (URISyntaxException | RuntimeException e) {
      // Unusual class path: fall back to the working directory.
    }
    return Path.of("").toAbsolutePath();
  }
}
