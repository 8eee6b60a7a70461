package org.sequestra.registry.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sequestra.screening.*}: the yente-compatible matcher subjects are screened against.
 *
 * @param enabled off unless a deployment turns it on (screening sends personal data out)
 * @param url base URL of the matcher, e.g. {@code https://api.opensanctions.org}
 * @param apiKey sent as {@code Authorization: ApiKey <key>} when set; never logged
 * @param dataset the collection to match against ({@code /match/{dataset}}), e.g. {@code default}
 * @param timeout how long one match may take, connecting included
 */
@ConfigurationProperties("sequestra.screening")
record ScreeningProperties(
    boolean enabled, String url, String apiKey, String dataset, Duration timeout) {

  ScreeningProperties {
    url = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
    apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    dataset = dataset == null || dataset.isBlank() ? "default" : dataset.strip();
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    if (enabled && url == null) {
      throw new IllegalArgumentException(
          "sequestra.screening.url is required when sequestra.screening.enabled is true");
    }
  }

  /** Without the key, which must not reach a log through a printed configuration. */
  @Override
  public String toString() {
    return "ScreeningProperties[enabled="
        + enabled
        + ", url="
        + url
        + ", apiKey="
        + (apiKey == null ? "none" : "(set)")
        + ", dataset="
        + dataset
        + ", timeout="
        + timeout
        + "]";
  }
}
