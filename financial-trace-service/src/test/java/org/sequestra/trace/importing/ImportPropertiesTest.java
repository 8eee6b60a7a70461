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

  @Test
  void leasesAreRenewedWithinTheirDurationAndAJobIsTriedAtLeastOnce() {
    ImportProperties defaults = properties(DataSize.ofMegabytes(512));
    assertThat(defaults.leaseDuration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.leaseRenewInterval()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.sweepInterval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(defaults.maxAttempts()).isEqualTo(3);
    assertThatThrownBy(() -> leases(Duration.ofSeconds(30), Duration.ofSeconds(30), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lease-renew-interval");
    assertThatThrownBy(() -> leases(Duration.ofSeconds(30), Duration.ZERO, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lease-renew-interval");
    assertThatThrownBy(() -> leases(Duration.ofSeconds(30), Duration.ofSeconds(10), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max-attempts");
  }

  private static ImportProperties leases(Duration lease, Duration renew, int maxAttempts) {
    return new ImportProperties(
        2,
        8,
        null,
        Duration.ofSeconds(1),
        DataSize.ofMegabytes(512),
        lease,
        renew,
        Duration.ofSeconds(15),
        maxAttempts);
  }
}
