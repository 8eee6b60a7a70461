package org.sequestra.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Stand-in Keycloak for service tests: one RSA key per realm, published as JWKS over real HTTP at
 * the Keycloak path, and a builder that signs tokens like Keycloak's. The services fetch the keys
 * exactly as they do from the real Keycloak (which the e2e suite uses).
 */
public final class TestIssuers {

  private static HttpServer server;
  private static final Map<String, RSAKey> KEYS = new ConcurrentHashMap<>();

  private TestIssuers() {}

  public static synchronized String baseUrl() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext(
          "/realms/",
          exchange -> {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/");
            boolean certs = parts.length == 6 && path.endsWith("/protocol/openid-connect/certs");
            byte[] body =
                certs
                    ? new JWKSet(key(parts[2]).toPublicJWK())
                        .toString()
                        .getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(certs ? 200 : 404, certs ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Points the trust registry of the service under test at this stand-in. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add("sequestra.keycloak-url", TestIssuers::baseUrl);
  }

  /** A trusted agency of a test's own trust registry: its realm here, agency code and country. */
  public record Agency(String realm, String agency, String country) {}

  /**
   * Replaces the service's trust registry with these agencies, each issuing tokens from its realm
   * at this stand-in and allowed the given roles (comma-separated).
   */
  public static void registerAgencies(
      DynamicPropertyRegistry registry, String allowedRoles, List<Agency> agencies) {
    register(registry);
    String prefix = "sequestra.security.trusted-issuers";
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      registry.add(prefix + "[" + i + "].issuer", () -> issuer(agency.realm()));
      registry.add(prefix + "[" + i + "].agency", agency::agency);
      registry.add(prefix + "[" + i + "].country", agency::country);
      registry.add(prefix + "[" + i + "].allowed-roles", () -> allowedRoles);
    }
  }

  public static String issuer(String realm) {
    return baseUrl() + "/realms/" + realm;
  }

  private static RSAKey key(String realm) {
    return KEYS.computeIfAbsent(
        realm,
        name -> {
          try {
            return new RSAKeyGenerator(2048).keyID(name + "-key").generate();
          } catch (JOSEException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** A token from an agency realm, e.g. {@code token("agency-nl").roles("ARO_ANALYST")}. */
  public static TokenBuilder token(String realm) {
    return new TokenBuilder(realm);
  }

  public static final class TokenBuilder {
    private final String realm;
    private String issuer;
    private String subject = UUID.randomUUID().toString();
    private String username = "tester";
    private final List<String> roles = new ArrayList<>();
    private List<String> audience = List.of("sequestra-api", "account");
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
    private final Map<String, Object> extraClaims = new LinkedHashMap<>();
    private String signingRealm;

    private TokenBuilder(String realm) {
      this.realm = realm;
      this.signingRealm = realm;
    }

    public TokenBuilder roles(String... values) {
      roles.addAll(List.of(values));
      return this;
    }

    public TokenBuilder subject(String value) {
      subject = value;
      return this;
    }

    public TokenBuilder username(String value) {
      username = value;
      return this;
    }

    public TokenBuilder audience(String... values) {
      audience = List.of(values);
      return this;
    }

    public TokenBuilder expiresAt(Instant value) {
      expiresAt = value;
      return this;
    }

    public TokenBuilder issuer(String value) {
      issuer = value;
      return this;
    }

    public TokenBuilder claim(String name, Object value) {
      extraClaims.put(name, value);
      return this;
    }

    /** Signs with another realm's key, to test that a forged issuer is refused. */
    public TokenBuilder signedByRealm(String value) {
      signingRealm = value;
      return this;
    }

    public String build() {
      JWTClaimsSet.Builder claims =
          new JWTClaimsSet.Builder()
              .issuer(issuer != null ? issuer : TestIssuers.issuer(realm))
              .subject(subject)
              .audience(audience)
              .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
              .expirationTime(Date.from(expiresAt))
              .jwtID(UUID.randomUUID().toString())
              .claim("preferred_username", username)
              .claim("realm_access", Map.of("roles", roles));
      extraClaims.forEach(claims::claim);
      RSAKey key = key(signingRealm);
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
              claims.build());
      try {
        jwt.sign(new RSASSASigner(key));
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
      return jwt.serialize();
    }

    public String bearer() {
      return "Bearer " + build();
    }
  }
}
