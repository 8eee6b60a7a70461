package org.sequestra.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One authentication manager per trusted issuer, built on first use (so keys are fetched from the
 * registry's JWKS URL when the first token arrives, with no discovery call at start-up). An issuer
 * that is not in the registry gets none, which Spring answers with 401. Servlet and reactive
 * managers alike.
 */
final class ManagersByIssuer<M> {

  private final TrustRegistry registry;
  private final Function<TrustedIssuer, M> build;
  private final Map<String, M> managers = new ConcurrentHashMap<>();

  ManagersByIssuer(TrustRegistry registry, Function<TrustedIssuer, M> build) {
    this.registry = registry;
    this.build = build;
  }

  Optional<M> find(String issuer) {
    return registry
        .find(issuer)
        .map(entry -> managers.computeIfAbsent(entry.issuer(), key -> build.apply(entry)));
  }
}
