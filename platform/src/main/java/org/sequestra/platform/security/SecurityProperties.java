package org.sequestra.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sequestra.security.*}: the trust registry and token checks shared by every service and the
 * gateway.
 *
 * @param audience the audience every token must carry
 * @param clockSkew tolerance for {@code exp}/{@code nbf} between the issuer's clock and ours
 * @param trustedIssuers the trust registry
 */
@ConfigurationProperties("sequestra.security")
public record SecurityProperties(
    String audience, Duration clockSkew, List<TrustedIssuer> trustedIssuers) {

  public SecurityProperties {
    audience = audience == null ? "sequestra-api" : audience;
    clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    trustedIssuers = trustedIssuers == null ? List.of() : List.copyOf(trustedIssuers);
  }

  public TrustRegistry trustRegistry() {
    return new TrustRegistry(trustedIssuers);
  }
}
