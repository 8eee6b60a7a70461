package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Generic bech32 / bech32m test vectors of BIP-173 and BIP-350 ("Test vectors" sections). */
class Bech32Test {

  /** BIP-173: "The following strings are valid Bech32". */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "A12UEL5L",
        "a12uel5l",
        "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
        "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
        "?1ezyfcl"
      })
  void validBech32(String s) {
    Bech32.Decoded d = Bech32.decode(s);
    assertThat(d.encoding()).isEqualTo(Bech32.Encoding.BECH32);
    assertThat(Bech32.encode(d.hrp(), d.data(), d.encoding())).isEqualTo(s.toLowerCase());
  }

  /** BIP-350: "The following strings are valid Bech32m" (and so invalid Bech32). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "A1LQFN3A",
        "a1lqfn3a",
        "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
        "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
        "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
        "split1checkupstagehandshakeupstreamerranterredcaperredlc445v",
        "?1v759aa"
      })
  void validBech32m(String s) {
    Bech32.Decoded d = Bech32.decode(s);
    assertThat(d.encoding()).isEqualTo(Bech32.Encoding.BECH32M);
    assertThat(Bech32.encode(d.hrp(), d.data(), d.encoding())).isEqualTo(s.toLowerCase());
  }

  /**
   * BIP-173 and BIP-350 invalid strings, with the reason each BIP gives, in our wording (values
   * with a leading space are quoted: CsvSource trims unquoted values).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // BIP-173
        "'\u00201nwldj5'|bech32 string contains invalid character U+0020",
        "\u007f1axkwrx|bech32 string contains invalid character U+007F",
        "\u00801eym55h|bech32 string contains invalid character U+0080",
        "an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx"
            + "|bech32 string is longer than 90 characters",
        "pzry9x0s0muk|bech32 string has no separator '1'",
        "1pzry9x0s0muk|bech32 string has an empty human-readable part",
        "x1b4n0q5v|bech32 data contains invalid character 'b'",
        "li1dgmt3|bech32 checksum too short",
        "de1lg7wt\u00ff|bech32 string contains invalid character U+00FF",
        "A1G7SGD8|bech32 checksum invalid",
        "10a06t8|bech32 string has an empty human-readable part",
        "1qzzfhee|bech32 string has an empty human-readable part",
        // BIP-350
        "'\u00201xj0phk'|bech32 string contains invalid character U+0020",
        "\u007f1g6xzxy|bech32 string contains invalid character U+007F",
        "\u00801vctc34|bech32 string contains invalid character U+0080",
        "an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4"
            + "|bech32 string is longer than 90 characters",
        "qyrz8wqd2c9m|bech32 string has no separator '1'",
        "1qyrz8wqd2c9m|bech32 string has an empty human-readable part",
        "y1b0jsk6g|bech32 data contains invalid character 'b'",
        "lt1igcx5c0|bech32 data contains invalid character 'i'",
        "in1muywd|bech32 checksum too short",
        "mm1crxm3i|bech32 data contains invalid character 'i'",
        "au1s5cgom|bech32 data contains invalid character 'o'",
        "M1VUXWEZ|bech32 checksum invalid",
        "16plkw9|bech32 string has an empty human-readable part",
        "1p2gdwpf|bech32 string has an empty human-readable part"
      })
  void invalid(String s, String reason) {
    assertThatThrownBy(() -> Bech32.decode(s))
        .isInstanceOf(Bech32.DecodeException.class)
        .hasMessage(reason);
  }
}
