package org.sequestra.registry.asset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sequestra.registry.reference-rates.*}: where the daily fetch takes the ECB's rates from.
 *
 * @param url an ECB file (e.g. the daily XML {@code eurofxref-daily.xml} or the historical {@code
 *     eurofxref-hist.zip}); no fetch runs without it (the default)
 * @param cron when the fetch runs; by default 16:30 UTC on weekdays, after the ECB publishes
 */
@ConfigurationProperties("sequestra.registry.reference-rates")
record ReferenceRateProperties(String url, String cron) {

  ReferenceRateProperties {
    url = url == null || url.isBlank() ? null : url.strip();
    cron = cron == null || cron.isBlank() ? "0 30 16 * * MON-FRI" : cron.strip();
  }
}
