package org.sequestra.stack;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The platform's Spring Boot services: module (and jar) name, default API and management ports and
 * own database.
 */
public enum PlatformService {
  ASSET_REGISTRY("asset-registry-service", 8081, 9091, "asset_registry"),
  FINANCIAL_TRACE("financial-trace-service", 8082, 9092, "financial_trace"),
  FREEZING("freezing-service", 8083, 9093, "freezing"),
  GATEWAY("gateway", 8080, 9090, null);

  private final String serviceName;
  private final int defaultPort;
  private final int defaultManagementPort;
  private final String database;

  PlatformService(String serviceName, int defaultPort, int defaultManagementPort, String database) {
    this.serviceName = serviceName;
    this.defaultPort = defaultPort;
    this.defaultManagementPort = defaultManagementPort;
    this.database = database;
  }

  /**
   * The Maven module name, also used as jar name, log name and in {@link
   * LocalStack#stopService(String)}.
   */
  public String serviceName() {
    return serviceName;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /**
   * Port of the health probes and metrics ({@code /actuator/...}): the API port serves only the
   * API. The same as the service's own default when run by itself.
   */
  public int defaultManagementPort() {
    return defaultManagementPort;
  }

  public Optional<String> database() {
    return Optional.ofNullable(database);
  }

  /**
   * Environment variable through which the gateway and the other services learn this service's URL.
   */
  String urlVariable() {
    return "SEQUESTRA_SERVICES_" + name() + "_URL";
  }

  public static PlatformService named(String serviceName) {
    return Arrays.stream(values())
        .filter(service -> service.serviceName.equals(serviceName))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown service '"
                        + serviceName
                        + "'; known: "
                        + Arrays.stream(values())
                            .map(PlatformService::serviceName)
                            .collect(Collectors.joining(", "))));
  }
}
