package org.sequestra.gateway.docs;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The API contracts from the {@code openapi} jar at {@code /api-docs/<file>.yaml} (all of them, so
 * the relative {@code $ref: 'common.yaml#...'} of the service contracts resolve in the browser),
 * and a Swagger UI page at {@code /api-docs.html} served from the {@code swagger-ui} webjar.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

  static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

  @Bean
  RouterFunction<ServerResponse> apiDocsRoutes() {
    Map<String, byte[]> contracts = loadContracts();
    String page =
        read(new ClassPathResource("api-docs/index.html"))
            .replace("{{swaggerUiVersion}}", swaggerUiVersion());
    CacheControl revalidate = CacheControl.noCache();
    return RouterFunctions.route(
            GET("/api-docs.html"),
            request ->
                ServerResponse.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .cacheControl(revalidate)
                    .bodyValue(page))
        .andRoute(
            GET("/api-docs/{file}"),
            request -> {
              byte[] contract = contracts.get(request.pathVariable("file"));
              if (contract == null) {
                return ServerResponse.notFound().build();
              }
              return ServerResponse.ok()
                  .contentType(YAML)
                  .cacheControl(revalidate)
                  .bodyValue(contract);
            })
        .andRoute(
            GET("/api-docs"),
            request ->
                ServerResponse.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(
                        contracts.keySet().stream().map(name -> "/api-docs/" + name).toList()));
  }

  private static Map<String, byte[]> loadContracts() {
    Map<String, byte[]> contracts = new TreeMap<>();
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:openapi/*.yaml")) {
        try (InputStream in = resource.getInputStream()) {
          contracts.put(resource.getFilename(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI contracts", e);
    }
    if (contracts.isEmpty()) {
      throw new IllegalStateException("no OpenAPI contracts (openapi/*.yaml) on the classpath");
    }
    return contracts;
  }

  /** The webjar's version, so the page can name its versioned asset paths. */
  static String swaggerUiVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        new ClassPathResource("META-INF/maven/org.webjars/swagger-ui/pom.properties")
            .getInputStream()) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("swagger-ui webjar not found", e);
    }
    String version = properties.getProperty("version");
    if (version == null || !version.matches("[0-9A-Za-z.\\-]+")) {
      throw new IllegalStateException("unexpected swagger-ui webjar version: " + version);
    }
    return version;
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
