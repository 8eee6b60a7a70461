package org.sequestra.registry.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScreeningPropertiesTest {

  @Test
  void theApiKeyNeverShowsInThePrintedConfiguration() {
    ScreeningProperties properties =
        new ScreeningProperties(true, "https://yente.example/", "s3cr3t-key", null, null);
    assertThat(properties.toString()).doesNotContain("s3cr3t-key").contains("apiKey=(set)");
    assertThat(properties.url()).isEqualTo("https://yente.example");
    assertThat(properties.dataset()).isEqualTo("default");
    assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void enablingScreeningWithoutAUrlFailsAtStartup() {
    assertThatThrownBy(() -> new ScreeningProperties(true, " ", null, null, null))
        .hasMessageContaining("sequestra.screening.url is required");
  }
}
