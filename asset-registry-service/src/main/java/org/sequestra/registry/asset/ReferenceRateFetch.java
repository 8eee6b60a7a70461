package org.sequestra.registry.asset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.sequestra.platform.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Fetches the ECB file at {@code sequestra.registry.reference-rates.url} once a day and loads it.
 * Only present when the URL is configured; a failed fetch is logged and retried the next day. With
 * several replicas one of them fetches per schedule (the platform's scheduler lock).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ReferenceRateProperties.class)
@ConditionalOnProperty(prefix = "sequestra.registry.reference-rates", name = "url")
class ReferenceRateFetch {

  private static final Logger log = LoggerFactory.getLogger(ReferenceRateFetch.class);

  private final ReferenceRateProperties properties;
  private final ReferenceRateImport imports;
  private final RestClient http;

  ReferenceRateFetch(ReferenceRateProperties properties, ReferenceRateImport imports) {
    this.properties = properties;
    this.imports = imports;
    this.http = RestClient.create();
  }

  @Scheduled(cron = "${sequestra.registry.reference-rates.cron:0 30 16 * * MON-FRI}", zone = "UTC")
  @SchedulerLock(name = "reference-rate-fetch", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
  void daily() {
    try {
      fetch();
    } catch (RuntimeException e) {
      log.warn("ECB reference rates not loaded from {}: {}", properties.url(), e.getMessage());
    }
  }

  /** Fetches and loads the configured file now. */
  ReferenceRateImport.Report fetch() {
    byte[] file;
    try {
      file = http.get().uri(properties.url()).retrieve().body(byte[].class);
    } catch (RestClientException e) {
      throw new IllegalStateException("fetch failed: " + e.getMessage(), e);
    }
    ReferenceRateImport.Report report =
        imports.load(
            file,
            properties.url(),
            new AuditEvent(
                "system:reference-rate-fetch",
                null,
                null,
                null,
                "reference-rates.import",
                "reference-rates",
                null,
                null,
                null));
    log.info(
        "ECB reference rates loaded from {}: {} days, {} rates",
        properties.url(),
        report.days(),
        report.rates());
    return report;
  }
}
