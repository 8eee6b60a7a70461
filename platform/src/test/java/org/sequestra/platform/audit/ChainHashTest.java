package org.sequestra.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTest {

  private static AuditEntry entry(String username, String agency) {
    return new AuditEntry(
        1,
        Instant.parse("2026-03-01T10:00:00.123456Z"),
        "sub",
        username,
        agency,
        null,
        "case.read",
        "case",
        "c-1",
        null,
        null,
        "req-1",
        ChainHash.GENESIS,
        null);
  }

  @Test
  void theHashIsAStableSha256OfThePreviousHashAndTheContent() {
    String hash = ChainHash.of(ChainHash.GENESIS, entry("jansen", "NL-ARO"));
    assertThat(hash)
        .matches("[0-9a-f]{64}")
        .isEqualTo(ChainHash.of(ChainHash.GENESIS, entry("jansen", "NL-ARO")));
    assertThat(ChainHash.of("1".repeat(64), entry("jansen", "NL-ARO"))).isNotEqualTo(hash);
  }

  @Test
  void movingCharactersBetweenFieldsChangesTheHash() {
    assertThat(ChainHash.of(ChainHash.GENESIS, entry("jansenN", "L-ARO")))
        .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, entry("jansen", "NL-ARO")));
  }

  @Test
  void aMissingValueDiffersFromAnEmptyOne() {
    assertThat(ChainHash.of(ChainHash.GENESIS, entry(null, "NL-ARO")))
        .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, entry("", "NL-ARO")));
  }
}
