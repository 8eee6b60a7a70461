package org.sequestra.freezing.registry;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The asset registry service, called directly (not through the gateway) with the freezing service's
 * own client-credentials token.
 *
 * @param url its base URL
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for its answer
 * @param clientRegistration the OAuth2 client registration ({@code
 *     spring.security.oauth2.client.registration.<name>}) whose token the registry is called with
 */
@ConfigurationProperties("sequestra.registry")
public record RegistryProperties(
    @DefaultValue("http://localhost:8081") URI url,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout,
    @DefaultValue("freezing-service") String clientRegistration) {}
