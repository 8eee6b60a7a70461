package org.sequestra.gateway.console;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sequestra.console.*}: the console's log-in at the hub realm (the gateway is the console's
 * backend-for-frontend, a confidential client of the hub).
 *
 * @param issuerUri the hub realm's issuer; its discovery document names the endpoints
 * @param clientId the hub's confidential client for the console
 * @param clientSecret that client's secret (env {@code SEQUESTRA_CONSOLE_CLIENT_SECRET}); without
 *     it the console cannot log in and the gateway serves the API exactly as before
 * @param publicUrl the gateway's URL as browsers see it (e.g. {@code https://sequestra.example.org}
 *     behind an ingress); empty: taken from each request
 * @param scopes what the log-in asks the hub for
 */
@ConfigurationProperties("sequestra.console")
public record ConsoleProperties(
    String issuerUri,
    @DefaultValue("console") String clientId,
    String clientSecret,
    String publicUrl,
    @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

  public ConsoleProperties {
    scopes = List.copyOf(scopes);
    publicUrl = publicUrl == null || publicUrl.isBlank() ? null : stripSlash(publicUrl.strip());
  }

  /** Whether the console's log-in is configured: a client secret and the hub's issuer. */
  public boolean loginEnabled() {
    return clientSecret != null
        && !clientSecret.isBlank()
        && issuerUri != null
        && !issuerUri.isBlank();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
