package org.sequestra.freezing.snapshot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reading the certificate's assets from the registry at issue (the registry's URL and time-outs are
 * the relay's, {@code sequestra.registry}).
 *
 * @param retryAfter what a 503 tells the issuer to wait when the registry could not be read
 */
@ConfigurationProperties("sequestra.asset-snapshot")
public record SnapshotProperties(@DefaultValue("30s") Duration retryAfter) {}
