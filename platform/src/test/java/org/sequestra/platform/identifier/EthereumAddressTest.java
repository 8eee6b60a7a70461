package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthereumAddressTest {

  /** EIP-55 "Test Cases": all caps, all lower, normal (checksummed). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
      })
  void eip55Vectors(String address) {
    ValidationResult r = EthereumAddress.validate(address);
    assertThat(r.valid()).as(r.reason()).isTrue();
    assertThat(r.key()).isEqualTo("ethereum:0x" + address.substring(2).toLowerCase(Locale.ROOT));
    assertThat(r.warnings()).isEmpty();
  }

  /** The EIP-55 spelling of the "normal" vectors, recomputed from their lower-case form. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
      })
  void normalisesToChecksumForm(String checksummed) {
    String lower = "0x" + checksummed.substring(2).toLowerCase(Locale.ROOT);
    String upper = "0x" + checksummed.substring(2).toUpperCase(Locale.ROOT);
    assertThat(EthereumAddress.validate(lower).normalised()).isEqualTo(checksummed);
    assertThat(EthereumAddress.validate(upper).normalised()).isEqualTo(checksummed);
    assertThat(EthereumAddress.toChecksumAddress(lower)).isEqualTo(checksummed);
    assertThat(EthereumAddress.validate(upper).key())
        .isEqualTo(EthereumAddress.validate(checksummed).key());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // EIP-55 vectors with the case of one letter flipped
        "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed|Ethereum address EIP-55 checksum invalid",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5D359|Ethereum address EIP-55 checksum invalid",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6Fb|Ethereum address EIP-55 checksum invalid",
        "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed|Ethereum address must start with 0x",
        "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed|Ethereum address must start with 0x",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe|Ethereum address must have 40 hex digits after 0x",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00|Ethereum address must have 40 hex digits after 0x",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg|Ethereum address contains invalid character 'g'"
      })
  void invalidWithReason(String address, String reason) {
    ValidationResult r = EthereumAddress.validate(address);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
  }

  @Test
  void trimsSurroundingWhitespace() {
    assertThat(EthereumAddress.validate(" 0x27b1fdb04752bbc536007a920d24acb045561c26\n").valid())
        .isTrue();
  }
}
