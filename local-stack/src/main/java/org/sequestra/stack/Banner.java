package org.sequestra.stack;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code ./sequestra up} prints once everything is ready: where things are and how to try
 * them.
 */
final class Banner {

  private static final List<String> AGENCIES = List.of("nl", "es", "co");
  private static final List<String> ROLES =
      List.of(
          "analyst",
          "supervisor",
          "issuing",
          "executing",
          "prosecutor",
          "auditor",
          "admin",
          "guest");

  private Banner() {}

  static String text(LocalStack stack, Duration startup) {
    StackConfig config = stack.config();
    StringBuilder text = new StringBuilder();
    text.append(
        String.format("%nSequestra is up (started in %.1f s).%n%n", startup.toMillis() / 1000.0));
    boolean gateway = config.services().contains(PlatformService.GATEWAY);
    if (gateway) {
      line(text, "Gateway", String.join(", ", stack.gatewayUrls()));
      if (config.keycloakEnabled()) {
        line(text, "Console", consoleUrl(stack.gatewayUrl()));
      }
      line(text, "API docs", stack.gatewayUrl() + "/api-docs.html");
    }
    for (ServiceInstance instance : config.instances()) {
      if (instance.service() != PlatformService.GATEWAY) {
        line(text, instance.name(), config.serviceUrl(instance));
      }
    }
    if (!config.services().isEmpty()) {
      line(
          text,
          "Health and metrics",
          config.instances().stream()
                  .map(instance -> instance.name() + " " + config.managementPort(instance))
                  .collect(Collectors.joining(", "))
              + "  (http://localhost:PORT/actuator/health, /actuator/prometheus)");
    }
    if (config.keycloakEnabled()) {
      line(
          text,
          "Keycloak admin",
          stack.keycloakUrl()
              + "/admin/  (user admin, password: "
              + Secrets.KEYCLOAK_ADMIN_PASSWORD
              + " in "
              + stack.secrets().file()
              + ")");
    }
    line(
        text,
        "PostgreSQL",
        "localhost:"
            + stack.postgresPort()
            + "  (one database per service, owned by a role of its name and used by <name>_app;"
            + " passwords in "
            + stack.secrets().file()
            + ")");
    line(text, "Logs", config.stateDir().resolve("logs").toString());
    if (config.keycloakEnabled()) {
      text.append(
          String.format(
              "%nDemo users, password \"demo\" (realms %s):%n",
              AGENCIES.stream()
                  .map(agency -> "agency-" + agency)
                  .collect(Collectors.joining(", "))));
      for (String agency : AGENCIES) {
        text.append("  ")
            .append(
                ROLES.stream().map(role -> agency + "-" + role).collect(Collectors.joining(" ")))
            .append(System.lineSeparator());
      }
    }
    if (gateway && config.keycloakEnabled()) {
      text.append(consoleLogIn(stack.gatewayUrl()));
      text.append(
          String.format(
              "%nTry it (token for nl-analyst, then GET /api/v1/me):%n  %s%n",
              tryItCommand(stack.keycloakUrl(), stack.gatewayUrl())));
    }
    text.append(String.format("%nStop with Ctrl-C, or ./sequestra stop from another terminal.%n"));
    return text.toString();
  }

  static String consoleUrl(String gatewayUrl) {
    return gatewayUrl + "/console/";
  }

  /** How to log in to the console: through the hub, at the user's agency. */
  static String consoleLogIn(String gatewayUrl) {
    return String.format(
        "%nConsole: open %s, log in, choose your agency on the hub's page (%s) and log in there"
            + " as one of its demo users, e.g. agency-nl and nl-prosecutor / demo.%n",
        consoleUrl(gatewayUrl),
        AGENCIES.stream().map(agency -> "agency-" + agency).collect(Collectors.joining(", ")));
  }

  /** One copy-paste shell line; sed instead of jq, which is often not installed. */
  static String tryItCommand(String keycloakUrl, String gatewayUrl) {
    return "TOKEN=$(curl -s -d grant_type=password -d client_id=sequestra-cli -d username=nl-analyst -d password=demo "
        + keycloakUrl
        + "/realms/agency-nl/protocol/openid-connect/token"
        + " | sed -E 's/.*\"access_token\":\"([^\"]*)\".*/\\1/')"
        + " && curl -s -H \"Authorization: Bearer $TOKEN\" "
        + gatewayUrl
        + "/api/v1/me; echo";
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format("  %-24s %s%n", label, value));
  }
}
