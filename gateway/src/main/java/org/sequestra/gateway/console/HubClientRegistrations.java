package org.sequestra.gateway.console;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The console's one client registration, {@value #REGISTRATION_ID}: the hub realm's confidential
 * client. Its endpoints come from the hub's discovery document, fetched on the first log-in (not at
 * start), so the gateway starts and serves the API while Keycloak is still down; a failed discovery
 * is a 503 and is tried again on the next log-in. Without a client secret there is no registration
 * at all.
 */
public final class HubClientRegistrations implements ReactiveClientRegistrationRepository {

  /** The registration id, part of {@code /oauth2/authorization/sequestra}. */
  public static final String REGISTRATION_ID = "sequestra";

  private static final Logger log = LoggerFactory.getLogger(HubClientRegistrations.class);

  private final ConsoleProperties properties;
  private final AtomicReference<ClientRegistration> discovered = new AtomicReference<>();

  public HubClientRegistrations(ConsoleProperties properties) {
    this.properties = properties;
  }

  @Override
  public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
    if (!REGISTRATION_ID.equals(registrationId) || !properties.loginEnabled()) {
      return Mono.empty();
    }
    ClientRegistration known = discovered.get();
    if (known != null) {
      return Mono.just(known);
    }
    return Mono.fromCallable(this::discover)
        .subscribeOn(Schedulers.boundedElastic())
        .doOnNext(discovered::set)
        .onErrorMap(
            error -> !(error instanceof ResponseStatusException),
            error -> {
              log.warn(
                  "Console log-in unavailable: discovery at {} failed: {}",
                  properties.issuerUri(),
                  error.toString());
              return new ResponseStatusException(
                  HttpStatus.SERVICE_UNAVAILABLE, "hub discovery failed", error);
            });
  }

  private ClientRegistration discover() {
    String redirectUri =
        (properties.publicUrl() != null ? properties.publicUrl() : "{baseUrl}")
            + "/login/oauth2/code/{registrationId}";
    return ClientRegistrations.fromIssuerLocation(properties.issuerUri())
        .registrationId(REGISTRATION_ID)
        .clientId(properties.clientId())
        .clientSecret(properties.clientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(redirectUri)
        .scope(properties.scopes())
        .build();
  }
}
