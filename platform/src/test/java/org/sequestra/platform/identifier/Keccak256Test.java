package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Keccak256Test {

  private static final HexFormat HEX = HexFormat.of();

  /**
   * Keccak-256 (Ethereum's hash; pre-FIPS padding): the empty string's hash is Ethereum's
   * well-known empty-code hash (KECCAK_EMPTY); "abc" from the Keccak team's known-answer tests as
   * reproduced by Ethereum clients.
   */
  @ParameterizedTest
  @CsvSource({
    "'',c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    "abc,4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
  })
  void knownAnswers(String message, String hash) {
    assertThat(HEX.formatHex(Keccak256.hash(message))).isEqualTo(hash);
  }

  /**
   * The permutation and sponge are shared with SHA3-256, so comparing with the JDK's SHA3-256 over
   * lengths around the 136-byte rate checks absorbing, padding and multi-block handling.
   */
  @Test
  void sameSpongeAsJdkSha3() throws Exception {
    MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
    Random random = new Random(42);
    for (int length = 0; length <= 3 * 136 + 1; length++) {
      byte[] message = new byte[length];
      random.nextBytes(message);
      assertThat(Keccak256.sha3(message)).as("length %d", length).isEqualTo(sha3.digest(message));
    }
    assertThat(HEX.formatHex(Keccak256.sha3("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
  }
}
