package org.sequestra.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether POSTs honour {@code Idempotency-Key}
 * @param retention how long a key and its first response are kept; a retry after that runs again
 * @param inProgressTimeout after this, a key whose first request never finished (the instance died)
 *     may be used again; keep it well above the longest request
 */
@ConfigurationProperties("sequestra.idempotency")
public record IdempotencyProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("24h") Duration retention,
    @DefaultValue("5m") Duration inProgressTimeout) {}
