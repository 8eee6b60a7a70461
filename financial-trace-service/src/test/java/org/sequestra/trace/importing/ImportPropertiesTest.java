package org.sequestra.trace.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImportPropertiesTest {

  @Test
  void indexBuildMemoryStaysWithinWhatPostgreSqlAccepts() {
    assertThat(properties(DataSize.ofMegabytes(512)).indexBuildMemory().toKilobytes())
        .isEqualTo(524_288);
    assertThatThrownBy(() -> properties(DataSize.ofGigabytes(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index-build-memory");
    assertThatThrownBy(() -> properties(DataSize.ofKilobytes(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index-build-memory");
  }

  private static ImportProperties properties(DataSize indexBuildMemory) {
    return new ImportProperties(2, 8, null, Duration.ofSeconds(1), indexBuildMemory);
  }
}
