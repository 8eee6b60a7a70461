package org.sequestra.freezing.webhook.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs a subscription may point at: absolute {@code https} URLs; {@code http} only for hosts
 * the operator lists (e.g. a connector inside the cluster, a test double); no user information (no
 * credentials in URLs, where logs and screens would show them); no fragment. When the operator
 * lists allowed hosts, only those (an egress allow-list in step with the network policy).
 */
public final class TargetPolicy {

  private final Set<String> httpHosts;
  private final Set<String> allowedHosts;

  public TargetPolicy(Set<String> httpHosts, Set<String> allowedHosts) {
    this.httpHosts = lower(httpHosts);
    this.allowedHosts = lower(allowedHosts);
  }

  /** Why {@code url} may not be a target; empty when it may. */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid URL");
    }
    if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
      return Optional.of("must be an absolute URL with a host");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry user information (credentials)");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    if (!allowedHosts.isEmpty() && !allowedHosts.contains(host)) {
      return Optional.of("points at a host the operator does not allow");
    }
    if (scheme.equals("https")) {
      return Optional.empty();
    }
    if (scheme.equals("http") && httpHosts.contains(host)) {
      return Optional.empty();
    }
    return Optional.of("must use https");
  }

  public boolean allows(String url) {
    return refusal(url).isEmpty();
  }

  private static Set<String> lower(Set<String> hosts) {
    return hosts.stream()
        .map(host -> host.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
