package org.sequestra.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sequestra.services.*-url}: where the gateway finds each service, as one base URL or a
 * comma-separated list of them (one per instance). In Kubernetes the one URL is the Service, which
 * spreads calls itself; a list is for instances the gateway spreads calls over (round robin).
 *
 * @param assetRegistryUrl base URL(s) of asset-registry-service
 * @param financialTraceUrl base URL(s) of financial-trace-service
 * @param freezingUrl base URL(s) of freezing-service
 */
@ConfigurationProperties("sequestra.services")
record ServiceUrls(String assetRegistryUrl, String financialTraceUrl, String freezingUrl) {

  /** The service ids the routes name as {@code lb://<id>}. */
  static final String ASSET_REGISTRY = "asset-registry";

  static final String FINANCIAL_TRACE = "financial-trace";
  static final String FREEZING = "freezing";

  /** The instances of every service, by the service id of its routes. */
  Map<String, List<URI>> instances() {
    Map<String, List<URI>> instances = new LinkedHashMap<>();
    instances.put(ASSET_REGISTRY, parse("asset-registry-url", assetRegistryUrl));
    instances.put(FINANCIAL_TRACE, parse("financial-trace-url", financialTraceUrl));
    instances.put(FREEZING, parse("freezing-url", freezingUrl));
    return instances;
  }

  /**
   * A comma-separated list of base URLs: http or https, a host, optionally a port, no path beyond
   * {@code /} (the gateway keeps the request's path as it is).
   */
  static List<URI> parse(String property, String value) {
    String name = "sequestra.services." + property;
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " needs at least one base URL");
    }
    List<URI> urls = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String text = part.strip();
      if (text.isEmpty()) {
        throw new IllegalArgumentException(name + " has an empty entry: '" + value + "'");
      }
      URI url;
      try {
        url = URI.create(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": '" + text + "' is not a URL", e);
      }
      boolean web =
          "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
      String path = url.getRawPath();
      if (!web
          || url.getHost() == null
          || (path != null && !path.isEmpty() && !path.equals("/"))
          || url.getRawQuery() != null
          || url.getRawFragment() != null
          || url.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            name
                + ": '"
                + text
                + "' must be a base URL such as http://host:8081 (http or https, a host, no path)");
      }
      if (urls.contains(url)) {
        throw new IllegalArgumentException(name + " lists " + text + " twice");
      }
      urls.add(url);
    }
    return List.copyOf(urls);
  }
}
