package org.sequestra.freezing.webhook;

import java.security.SecureRandom;
import java.util.Set;
import org.sequestra.freezing.webhook.domain.RetrySchedule;
import org.sequestra.freezing.webhook.domain.SecretSeal;
import org.sequestra.freezing.webhook.domain.TargetPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

  private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

  @Bean
  SecretSeal webhookSecretSeal(WebhookProperties properties) {
    SecretSeal seal = SecretSeal.withKey(properties.secretKey(), new SecureRandom());
    if (!seal.encrypts()) {
      log.warn(
          "sequestra.webhooks.secret-key is not set: webhook signing secrets are stored"
              + " unencrypted, protected only by the database's access rules");
    }
    return seal;
  }

  @Bean
  TargetPolicy webhookTargetPolicy(WebhookProperties properties) {
    return new TargetPolicy(
        Set.copyOf(properties.allowHttpHosts()), Set.copyOf(properties.allowedHosts()));
  }

  @Bean
  RetrySchedule webhookRetrySchedule(WebhookProperties properties) {
    return new RetrySchedule(
        properties.initialBackoff(),
        properties.backoffMultiplier(),
        properties.maxBackoff(),
        properties.maxAttempts());
  }
}
