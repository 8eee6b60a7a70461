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

  /**
   * Known hashes of fixed entries, computed once from the canonical form (length-prefixed fields,
   * times in microseconds, UTF-8). A change of the canonical form must fail this test: the chains
   * already stored would no longer verify.
   */
  @Test
  void theHashOfAFixedEntryIsTheOneStoredChainsWereWrittenWith() {
    assertThat(ChainHash.of(ChainHash.GENESIS, entry("jansen", "NL-ARO")))
        .isEqualTo("0dcaa66ed86e62ae7a469f31f252de4da09c9e1d4b6911520521caf329329673");
    AuditEntry everyField =
        new AuditEntry(
            42,
            Instant.parse("2026-03-01T10:00:00.123456Z"),
            "sub",
            "jansen",
            "NL-ARO",
            "ES-ARO",
            "case.read",
            "case",
            "c-1",
            "screening",
            "\u00dcberweisung 1 \u20ac",
            "req-1",
            "ab".repeat(32),
            null);
    assertThat(ChainHash.of("ab".repeat(32), everyField))
        .isEqualTo("c3e16a411e3de47f083fd2144a337faf59d743b3c5b1ddaf5ade6c17aa35c523");
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
