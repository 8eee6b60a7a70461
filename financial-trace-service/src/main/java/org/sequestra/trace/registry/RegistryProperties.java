package org.sequestra.trace.registry;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The asset registry service, called directly (not through the gateway).
 *
 * @param url its base URL
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for its answer
 */
@ConfigurationProperties("sequestra.registry")
public record RegistryProperties(
    @DefaultValue("http://localhost:8081") URI url,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout) {}
