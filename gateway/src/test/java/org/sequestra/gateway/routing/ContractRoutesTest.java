package org.sequestra.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.yaml.snakeyaml.Yaml;

/**
 * Every public path of every service's contract reaches that service through the gateway: a path
 * added to {@code openapi/<service>.yaml} without a route in the gateway's {@code application.yaml}
 * would answer 404 at the gateway although the service serves it. Internal paths ({@code
 * /internal/...}) are not routed on purpose.
 */
class ContractRoutesTest {

  private record Route(String id, String uri, List<PathPattern> paths) {}

  @ParameterizedTest
  @CsvSource({
    "asset-registry.yaml, asset-registry",
    "financial-trace.yaml, financial-trace",
    "freezing.yaml, freezing"
  })
  void everyPublicPathOfTheContractIsRoutedToItsService(String contract, String service)
      throws IOException {
    List<Route> routes = routes();
    List<String> paths = publicPaths(contract);
    assertThat(paths).isNotEmpty();
    for (String path : paths) {
      PathContainer concrete = PathContainer.parsePath(path.replaceAll("\\{[^}]+}", "x"));
      List<Route> matching =
          routes.stream()
              .filter(route -> route.paths().stream().anyMatch(p -> p.matches(concrete)))
              .toList();
      assertThat(matching).as("routes of " + path).isNotEmpty();
      assertThat(matching)
          .as("routes of " + path)
          .allSatisfy(route -> assertThat(route.uri()).isEqualTo("lb://" + service));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> publicPaths(String contract) throws IOException {
    Map<String, Object> api = load("openapi/" + contract);
    return ((Map<String, Object>) api.get("paths"))
        .keySet().stream().filter(path -> !path.startsWith("/internal/")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Route> routes() throws IOException {
    Map<String, Object> node = load("application.yaml");
    for (String key : List.of("spring", "cloud", "gateway", "server", "webflux")) {
      node = (Map<String, Object>) node.get(key);
    }
    PathPatternParser parser = new PathPatternParser();
    List<Route> routes = new ArrayList<>();
    for (Map<String, Object> route : (List<Map<String, Object>>) node.get("routes")) {
      List<PathPattern> paths = new ArrayList<>();
      for (Object predicate : (List<Object>) route.get("predicates")) {
        if (predicate instanceof String text && text.startsWith("Path=")) {
          for (String pattern : text.substring("Path=".length()).split(",")) {
            paths.add(parser.parse(pattern.strip()));
          }
        }
      }
      routes.add(new Route((String) route.get("id"), (String) route.get("uri"), paths));
    }
    return routes;
  }

  private static Map<String, Object> load(String resource) throws IOException {
    try (InputStream in = ContractRoutesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new Yaml().load(in);
    }
  }
}
