package org.sequestra.gateway.console;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.path;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sequestra.gateway.web.RequestIdFilter;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.security.CallerAuthentication;
import org.sequestra.platform.web.Problems;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * What the gateway serves for the console itself: the SPA's files under {@code /console/} (from the
 * console jar's {@code META-INF/resources/console/}; any path without a file extension that is no
 * file is {@code index.html}, for client-side routing), {@code /} and {@code /console} sent to
 * {@code /console/}, and {@code GET /bff/session} (who is logged in). Log-in paths without a
 * configured client answer a 503 problem instead of a 404.
 */
final class ConsoleRoutes {

  private static final String LOCATION = "META-INF/resources/console/";
  private static final CacheControl HASHED_ASSET =
      CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable();

  private ConsoleRoutes() {}

  static RouterFunction<ServerResponse> routes() {
    Resource root = new ClassPathResource(LOCATION);
    Resource index = new ClassPathResource(LOCATION + "index.html");
    Function<ServerRequest, Mono<Resource>> files =
        RouterFunctions.resourceLookupFunction("/console/**", root);
    Function<ServerRequest, Mono<Resource>> filesOrIndex =
        request ->
            files
                .apply(request)
                .switchIfEmpty(
                    Mono.defer(
                        () ->
                            isClientRoute(request.path()) && index.exists()
                                ? Mono.just(index)
                                : Mono.empty()));
    return RouterFunctions.route(GET("/"), ConsoleRoutes::toConsole)
        .andRoute(GET("/console"), ConsoleRoutes::toConsole)
        .andRoute(GET("/bff/session"), ConsoleRoutes::session)
        .andRoute(
            path("/oauth2/authorization/**").or(path("/login/oauth2/code/**")),
            ConsoleRoutes::loginUnavailable)
        .and(RouterFunctions.resources(filesOrIndex, ConsoleRoutes::cacheHeaders));
  }

  /** A path the SPA routes itself: under /console/, its last segment without a dot. */
  static boolean isClientRoute(String path) {
    if (!path.startsWith("/console/")) {
      return false;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".");
  }

  private static void cacheHeaders(Resource resource, HttpHeaders headers) {
    String name = resource.getFilename();
    boolean hashed =
        resource instanceof ClassPathResource file
            && file.getPath().startsWith(LOCATION + "assets/");
    headers.setCacheControl(
        hashed && name != null && !name.equals("index.html")
            ? HASHED_ASSET.getHeaderValue()
            : CacheControl.noCache().getHeaderValue());
  }

  private static Mono<ServerResponse> toConsole(ServerRequest request) {
    return ServerResponse.status(HttpStatus.FOUND)
        .location(URI.create(ConsoleLogout.CONSOLE_PATH))
        .build();
  }

  /** The session user as the API sees them (the security chain made them a caller). */
  private static Mono<ServerResponse> session(ServerRequest request) {
    return request
        .principal()
        .filter(CallerAuthentication.class::isInstance)
        .cast(CallerAuthentication.class)
        .flatMap(
            authentication -> {
              Caller caller = authentication.caller();
              String name = authentication.getToken().getClaimAsString("name");
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("username", caller.username());
              body.put("agency", caller.agency());
              body.put("roles", List.copyOf(new java.util.TreeSet<>(caller.roles())));
              body.put("displayName", name != null && !name.isBlank() ? name : caller.username());
              return ServerResponse.ok().cacheControl(CacheControl.noStore()).bodyValue(body);
            })
        .switchIfEmpty(ServerResponse.status(HttpStatus.UNAUTHORIZED).build());
  }

  private static Mono<ServerResponse> loginUnavailable(ServerRequest request) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.SERVICE_UNAVAILABLE,
            "console-login-unavailable",
            "Console log-in unavailable",
            "Console log-in is not configured on this gateway (no client secret for the hub's"
                + " console client). The API takes bearer tokens as before.",
            RequestIdFilter.requestId(request.exchange()));
    return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyValue(Problems.body(problem, request.path()));
  }
}
