package org.sequestra.gateway.console;

import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /bff/logout}, after the gateway's session has ended: answers 200 {@code {"logoutUrl":
 * ...}}, the hub's end-session endpoint with the ID token as hint and the console as the place to
 * come back to (RP-initiated logout), so the SPA can end the hub's session too. Without a console
 * session there is nothing to end at the hub: the URL is the console's.
 */
public final class ConsoleLogout implements ServerLogoutSuccessHandler {

  static final String CONSOLE_PATH = "/console/";

  private final ReactiveClientRegistrationRepository registrations;
  private final ConsoleProperties properties;
  private final JsonMapper json;

  public ConsoleLogout(
      ReactiveClientRegistrationRepository registrations,
      ConsoleProperties properties,
      JsonMapper json) {
    this.registrations = registrations;
    this.properties = properties;
    this.json = json;
  }

  @Override
  public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
    String console = publicBase(exchange.getExchange().getRequest()) + CONSOLE_PATH;
    Mono<String> hubLogout =
        authentication instanceof OAuth2AuthenticationToken session
                && session.getPrincipal() instanceof OidcUser user
            ? registrations
                .findByRegistrationId(session.getAuthorizedClientRegistrationId())
                .mapNotNull(registration -> endSessionUrl(registration, user, console))
            : Mono.empty();
    return hubLogout
        .defaultIfEmpty(CONSOLE_PATH)
        .flatMap(url -> write(exchange.getExchange().getResponse(), url));
  }

  private static String endSessionUrl(
      ClientRegistration registration, OidcUser user, String postLogoutRedirect) {
    Object endpoint =
        registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
    if (endpoint == null) {
      return null;
    }
    return UriComponentsBuilder.fromUriString(endpoint.toString())
        .queryParam("id_token_hint", user.getIdToken().getTokenValue())
        .queryParam("post_logout_redirect_uri", postLogoutRedirect)
        .queryParam("client_id", registration.getClientId())
        .encode()
        .build()
        .toUriString();
  }

  /** The gateway's URL as the browser sees it: configured, or this request's scheme and host. */
  String publicBase(ServerHttpRequest request) {
    if (properties.publicUrl() != null) {
      return properties.publicUrl();
    }
    return UriComponentsBuilder.fromUri(request.getURI())
        .replacePath(null)
        .replaceQuery(null)
        .fragment(null)
        .build()
        .toUriString();
  }

  private Mono<Void> write(ServerHttpResponse response, String logoutUrl) {
    byte[] body = json.writeValueAsBytes(Map.of("logoutUrl", logoutUrl));
    response.setStatusCode(HttpStatus.OK);
    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    response.getHeaders().setContentLength(body.length);
    response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    DataBuffer buffer = response.bufferFactory().wrap(body);
    return response.writeWith(Mono.just(buffer));
  }
}
