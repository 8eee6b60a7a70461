package org.sequestra.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/** The checks every token passes once its signature is verified: issuer, lifetime, audience. */
public final class TokenValidators {

  private TokenValidators() {}

  /** The checks with the configured audience and clock skew. */
  public static OAuth2TokenValidator<Jwt> forIssuer(
      TrustedIssuer issuer, SecurityProperties properties) {
    return forIssuer(issuer, properties.audience(), properties.clockSkew());
  }

  public static OAuth2TokenValidator<Jwt> forIssuer(
      TrustedIssuer issuer, String audience, Duration clockSkew) {
    return new DelegatingOAuth2TokenValidator<>(
        List.of(
            new JwtTimestampValidator(clockSkew),
            new JwtIssuerValidator(issuer.issuer()),
            new AudienceValidator(audience)));
  }
}
