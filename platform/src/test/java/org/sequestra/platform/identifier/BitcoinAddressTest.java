package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BitcoinAddressTest {

  /**
   * BIP-350 "Test vectors for v0-v16 native segregated witness addresses": valid addresses and the
   * scriptPubKey they translate to. (The v0 ones are also BIP-173's.)
   */
  @ParameterizedTest
  @CsvSource({
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4,0014751e76e8199196d454941c45d1b3a323f1433bd6,P2WPKH",
    "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7,"
        + "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262,P2WSH",
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y,"
        + "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6,"
        + "WITNESS_UNKNOWN",
    "BC1SW50QGDZ25J,6002751e,WITNESS_UNKNOWN",
    "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs,5210751e76e8199196d454941c45d1b3a323,WITNESS_UNKNOWN",
    "tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy,"
        + "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433,P2WSH",
    "tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c,"
        + "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433,P2TR",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0,"
        + "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798,P2TR"
  })
  void bip350ValidAddresses(String address, String scriptPubKey, BitcoinAddress.Kind kind) {
    BitcoinAddress a = BitcoinAddress.parse(address);
    assertThat(a.scriptPubKeyHex()).isEqualTo(scriptPubKey);
    assertThat(a.kind()).isEqualTo(kind);
    assertThat(a.address()).isEqualTo(address.toLowerCase(Locale.ROOT));
    ValidationResult r = BitcoinAddress.validate(address);
    assertThat(r.valid()).isTrue();
    assertThat(r.normalised()).isEqualTo(address.toLowerCase(Locale.ROOT));
  }

  /** BIP-350's invalid segwit addresses, each with the reason the BIP gives, in our wording. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Invalid human-readable part
        "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut"
            + "|unknown Bitcoin address prefix 'tc' (expected bc for mainnet or tb for testnet)",
        // Invalid checksum (Bech32 instead of Bech32m)
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd"
            + "|Bitcoin address with witness version 1 must use bech32m (BIP-350), not bech32",
        "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf"
            + "|Bitcoin address with witness version 2 must use bech32m (BIP-350), not bech32",
        "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL"
            + "|Bitcoin address with witness version 16 must use bech32m (BIP-350), not bech32",
        // Invalid checksum (Bech32m instead of Bech32)
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"
            + "|Bitcoin address with witness version 0 must use bech32 (BIP-173), not bech32m",
        "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47"
            + "|Bitcoin address with witness version 0 must use bech32 (BIP-173), not bech32m",
        // Invalid character in checksum
        "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4"
            + "|Bitcoin address: bech32 data contains invalid character 'o'",
        // Invalid witness version
        "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R"
            + "|Bitcoin address has invalid witness version 17",
        // Invalid program length (1 byte)
        "bc1pw5dgrnzv|Bitcoin witness program must have 2 to 40 bytes, not 1",
        // Invalid program length (41 bytes)
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav"
            + "|Bitcoin witness program must have 2 to 40 bytes, not 41",
        // Invalid program length for witness version 0 (per BIP141)
        "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"
            + "|Bitcoin witness version 0 program must have 20 or 32 bytes, not 16",
        // Mixed case
        "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq"
            + "|Bitcoin address: bech32 string mixes upper and lower case",
        // zero padding of more than 4 bits
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf"
            + "|Bitcoin address: bech32 data has more than 4 bits of padding",
        // Non-zero padding in 8-to-5 conversion
        "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j"
            + "|Bitcoin address: bech32 data has non-zero padding",
        // Empty data section
        "bc1gmk9yu|Bitcoin address has no witness version"
      })
  void bip350InvalidAddresses(String address, String reason) {
    ValidationResult r = BitcoinAddress.validate(address);
    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).isEqualTo(reason);
  }

  /**
   * BIP-173's invalid segwit addresses, plus its v1+ "valid" addresses, which BIP-350 made invalid
   * (they use bech32; v1+ must use bech32m).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
        "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2",
        "bc1rw5uspcuh",
        "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90",
        "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7",
        "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du",
        "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv",
        "bc1gmk9yu",
        // BIP-173 valid v1+, invalid since BIP-350
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
        "BC1SW50QA3JX3S",
        "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj"
      })
  void bip173InvalidAddresses(String address) {
    assertThat(BitcoinAddress.validate(address).valid()).isFalse();
  }

  @Test
  void bip173ChecksumAndV1Reasons() {
    assertThat(BitcoinAddress.validate("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5").reason())
        .isEqualTo("Bitcoin address: bech32 checksum invalid");
    assertThat(BitcoinAddress.validate("BC1SW50QA3JX3S").reason())
        .isEqualTo(
            "Bitcoin address with witness version 16 must use bech32m (BIP-350), not bech32");
  }

  /**
   * Bitcoin Core src/test/data/key_io_valid.json: address, scriptPubKey, chain (testnet4, signet
   * and regtest share the testnet Base58 version bytes; signet shares the tb prefix).
   */
  @ParameterizedTest
  @CsvSource({
    "1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo,76a914a31c06bd463e3923bc1aadbde48b16976c08071788ac,MAINNET,P2PKH",
    "36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm,a914373b819a068f32b7a6b38b6b38729647cfde01c287,MAINNET,P2SH",
    "1FjL87pn8ky6Vbavd1ZHeChRXtoxwRGCRd,76a914a19331b7b2627e663e25a7b001e4c0dcc5e21bc788ac,MAINNET,P2PKH",
    "3BZECeAH8gSKkjrTx8PwMrNQBLG18yHpvf,a9146c382dcdf5b284760c8e3fead91f7422cd76aa8787,MAINNET,P2SH",
    "mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ,76a914ce28b26c57472737f5c3561a1761185bd8589a4388ac,TESTNET,P2PKH",
    "2NC2hEhe28ULKAJkW5MjZ3jtTMJdvXmByvK,a914ce0bba75891ff9ec60148d4bd4a09ee2dc5c933187,TESTNET,P2SH",
    "mww4LvqtTMKvmeQvizPz2EQv26xTneWrbg,76a914b4110ba93ac54afc14da3bdd19614774a2d55d2988ac,TESTNET,P2PKH",
    "2N1r7aC69VHeE7yQJPDLi9T1PYq4wnwvjuT,a9145e5a35ab44b3efaea5129ba22b88ba3e2976614587,TESTNET,P2SH",
    "n4fajahJrAuKbN7uNsKjLjQkz9Qn5ewJXQ,76a914fdeca3b08e38af53d7c4c60e3ad208ce5066441088ac,TESTNET,P2PKH",
    "2MxFajLApXpYk4VodBSZSt7rw8y4ryABkfA,a91436e9f191e0b75036a77f65e2eaa4752443233fbe87,TESTNET,P2SH",
    "bc1qvyq0cc6rahyvsazfdje0twl7ez82ndmuac2lhv,00146100fc6343edc8c874496cb2f5bbfec88ea9b77c,MAINNET,P2WPKH",
    "bc1qyucykdlhp62tezs0hagqury402qwhk589q80tqs5myh3rxq34nwqhkdhv7,"
        + "002027304b37f70e94bc8a0fbf500e0c957a80ebda87280ef58214d92f119811acdc,MAINNET,P2WSH",
    "bc1p83n3au0rjylefxq2nc2xh2y4jzz4pm6zxj4mw5pagdjjr2a9f36s6jjnnu,"
        + "51203c671ef1e3913f94980a9e146ba895908550ef4234abb7503d436521aba54c75,MAINNET,P2TR",
    "bc1z2rksukkjr8,520250ed,MAINNET,WITNESS_UNKNOWN",
    "bc1qhxt04s5xnpy0kxw4x99n5hpdf5pmtzpqs52es2,0014b996fac2869848fb19d5314b3a5c2d4d03b58820,MAINNET,P2WPKH",
    "bc1pve739yap4uxjvfk0jrey69078u0gasm2nwvv483ec6zkzulgw9xqu4w9fd,"
        + "5120667d1293a1af0d2626cf90f24d15fe3f1e8ec36a9b98ca9e39c6856173e8714c,MAINNET,P2TR",
    "bc1zmjtqxkzs89,5202dc96,MAINNET,WITNESS_UNKNOWN",
    "tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54,0014c0ef1202759fff90ff19128936814321ee59e111,TESTNET,P2WPKH",
    "tb1quyl9ujpgwr2chdzdnnalen48sup245vdfnh2jxhsuq3yx80rrwlq5hqfe4,"
        + "0020e13e5e482870d58bb44d9cfbfccea78702aad18d4ceea91af0e022431de31bbe,TESTNET,P2WSH",
    "tb1p35n52jy6xkm4wd905tdy8qtagrn73kqdz73xe4zxpvq9t3fp50aqk3s6gz,"
        + "51208d2745489a35b75734afa2da43817d40e7e8d80d17a26cd4460b0055c521a3fa,TESTNET,P2TR",
    "tb1rgv5m6uvdk3kc7qsuz0c79v88ycr5w4wa,53104329bd718db46d8f021c13f1e2b0e726,TESTNET,WITNESS_UNKNOWN",
    "tb1q3vya2h5435jkugq2few7dmktlrwq4ejmfaw7kr,00148b09d55e958d256e200a4e5de6eecbf8dc0ae65b,TESTNET,P2WPKH"
  })
  void bitcoinCoreValidAddresses(
      String address,
      String scriptPubKey,
      BitcoinAddress.Network network,
      BitcoinAddress.Kind kind) {
    BitcoinAddress a = BitcoinAddress.parse(address);
    assertThat(a.scriptPubKeyHex()).isEqualTo(scriptPubKey);
    assertThat(a.network()).isEqualTo(network);
    assertThat(a.kind()).isEqualTo(kind);
    // key_io_valid's "tryCaseFlip": bech32 is case-insensitive, and normalises to lower case
    if (address.startsWith("bc1") || address.startsWith("tb1")) {
      BitcoinAddress upper = BitcoinAddress.parse(address.toUpperCase(Locale.ROOT));
      assertThat(upper).isEqualTo(a);
    }
  }

  /** Bitcoin Core src/test/data/key_io_invalid.json: none is a valid address on any network. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "x",
        "1GAdfviErV2Ew95FPtZyikz2qGP3gyCB6Hyu94sedAkPpA523m3fQwps9YKUZkKgQckGPKhRsFR",
        "37G2kMDLpmWVhimxRdzwNfE8JFvWXnJYnVcXeeGrek2qumdJuK7XArcVVpRtLLjRra3t64BEPF2",
        "giymtio7u7oqWtmC9YnvAEKkLF3JQpAdkEFkVJKYrVDfaLbhaDpX1ihfF2vZmya1i61fwLPC3YQ",
        "8iVk9nLM3nYwRuwypjy9NK5rsuZH7BbrQRZ1pgcQmvMnjAgRXD",
        "cPTVQ1hbo4qdoysf6Jx5GthqucNmdfqt6J2pZRFeXv8Ep7Kmjqud",
        "cQbR2Ny85XFBzUMx3Ed6HsTLw2pVruSgPvt5AofnBUnhiv86gYeW",
        "2UB3iG3VJbX2TRrMwm6ssWskgvU9VjFBYSqCzwqkrihCwo7mg4mtS4WuGZgxTKuxf5A3EcotYEymz",
        "cQe12pqwPR6ExtZKfrKf1q4b3CTh1Qi7MwuvMvzs79nWXDvESfBJ",
        "tc1qeul5g2xfkvdkrhcfmdursv73ad64jnkjl9c40f",
        "bt1pq65rzej5glw3ra79gav6fqnx4haa0z257qr3mc8cggkefahmgvyseufhc0",
        "tb13hty4qmumlwpp6chxjvcyzza4duqgtmxw3xhm3u9ahj4nyhtwz8eq7ynrj4",
        "bcrt1r2qxpwuge",
        "bc10uexgzna2dpfk0vjt35srz6a27ps6m0l89jweznt83n2sqn2fx4hvn9ym5af8wut34sfrqhk3",
        "tb1qum6uh0pt4q253qaf520929737v63w5gf",
        "bcrt1q888ryfgxpvl0k7vum8zpyar2u2sexvdhkf38ue37yknmqq0ycrwpl3w48y",
        "bc1qdsuzmn04k2z8vryw8l4dj8m5ygqgnne5n",
        "tb1qlj8es50nc8j8r8xshrjgzmw5azx89efghmw8ju6zcqla0g6xcnrstsjz7k",
        "bcrt1qzwmyj0z924g7fzs5yvnrkc43y76RVyr2lh5t4r",
        "bc1qpu6d26mrulzetu4jqhd7rsunv9aqru26f5c4j8",
        "tb1qun6d26ufh77ghny6u5u8cwz9da7qwc6k4wkuceae9tth06eqlw0syupl4w",
        "bcrt1qj7g2jps453kj9htk9cxyyc2nxe69x4kzzmth7v",
        "bc1p702xksx4z3uqf0u2phllxkfe5cgu0adxptqs0uelx0tqt8e885sqryes2l",
        "tb1z7gmh0v6pc30z4xum76lmw8w86yswrlmw",
        "bcrt1sjsrw6nun4h502cr97xmnyyuhkr22q0s6efrgtu",
        "2UVPFpGYnLHJezFzjUo42our6PMEoozzRdM",
        "2MygHQjE1U33q3LSC53p69YqFjP8PihumJAF",
        "KzNbAQ4mexfAxa6RKBzHQqfoTycaeWpv2p",
        "2jDPrDfAKihCGPbPD9ztY8TswAia4V8Bc6vx",
        "4VQUNG1hG64QFtaNyQZQWDdwpxB275Pwb3tvyPt2HDxB8Mi2MgH8Tz3AC83YYiz9LydsLNXEZJLHY",
        "39TKsUQ5QpEL1wowc6GMUqak94ijirPuP69ooV3xsFmiKQX2dau",
        "2UEJjT3dSdwc8dAo7oedPzznXceXCEsBbDfAvSymqpqDrkZMv7JBEUpLyhkghioYAWC9W4sKysry",
        "7VmMEkphxCFSV1y659Th4dkk6x6bJS5eQvbt8rzUYKQyd6ACgwQ4vXHtXKFUwP2kW3XULipnHJdZ7",
        "tc1qdlapns4zkn03juf2k9xwwpct209suj6mgcd9gh",
        "bt1psa5eptk29c4jc9yumeseat3a0l5e2fpmw635za2p4gpwdnthueysxga9je",
        "tb13w8c43lykfj3lvm9sgp6dsnfjla3d57cm83seykunf0ltxjc9lt2q4efm4d",
        "bcrt1rjqr2tdkm",
        "bc10lyxwnxa70l270e6fcmxr4x7dtgu2yvy7gzkurwxy4zhdvgaqrrn6pfg2flyhqzy5t5se8yu3",
        "TB1QFDFM763VXVSUNZHQLPWC0Q8FG5LJX6ZN",
        "bcrt1q60chha7wfwlau4kdr4mlvyeyc8mnnh9dhxk05e0hmrxcuhghefj36uwyha",
        "bc1gmk9yu",
        "tb1ly0q7p",
        "bcrt1qdwttaw38uf42wxw40kwk3u8nguyTQH3hx6jmqp",
        "bc1qtsvlht6730n04f2mpaj5vv8hrledn5n5ug8c79",
        "tb1dclvmr",
        "bcrt1q3fqvctqu48wsvggrt09vj0yk2gzzcscdp4h98u",
        "bc1prklpq7tjcawg89cmwwqr3u5apwav36xa4zz56ady7crsllm6mpnqts7p86",
        "tb1zkm58zyhxz3ffkfgsyprflg543slsl4c4",
        "bcrt1snzr5kaypnfhpnjanrhd20fhqcjxm3hfh7dw9fu",
        "2GgnYKqBGuA2Mm5GnrPsMTZR81xPhNtgMYoFUZngZGiobhCuUpCaTriUHRcgFreEekNdPAR17q8d",
        "AZEah8d1EK362okRBS66e8SvdtYkrE8tsX",
        "gep8xr77FyPW6zYP15RiV9W8nL6w2HyHB16cUDakfyDceMA6ZzUdhJjk2LPuLYHnLkBqkRTTi6z",
        "2NDNP7GY59tTJPZTpbkprhM9SR99Nn5rUs7",
        "2Csgzy2T287YAjeU5tFtt1nPshBZAUFQi4WtgaWyZGKSBNnKXHy2Tmxo8QK4Mfdds977ShcDWC5o",
        "Kwjk3Vy6sdXMQDGWJzaWmqFxUNtWZCX1q4F4Kpt8jNNUoWJUUaTY",
        "Svj8kk98bAS9V4L2crmxakbhmnPm3cJ1tJ4Je4yVzDreU8eSTFURS1SPYv5oWEQD8Q9VBDvx5uF",
        "KNYsv6v9GtkGeD4WdQnBEJCrPKQm91PTxAbCfXr66LEd4JDmhPWC",
        "2UJ2H2xvAeXmFKfQwMyDoSdQTTPFMNCT3SsoUafBWKzoGP3NsUK1buEgQZG38viyD53jgMdpqfT7",
        "6aLMfayKF4TW4ecn5SEc8FExpyJA2peKxYRGZhes6tQ4NTTzuGy",
        "7VP4FmcebU2thJns9MnXde7LWfuqR5vMizrAuUoq2GcJjzTyA4RHFcPVdZL8PLg1SbpSFdJrvLXoY5",
        "tc1q5qdvt99uc92jyz663dtdpfpv6nr67ahmgwcpq2",
        "bt1peu3ppd7x796sjjenp09r8cs22rhylqm9lhggk72qp8q22vzft0wq2a0x6j",
        "tb1323z3lnz7dl3kd0nsuh6xy4he9almzl67anxgg3xdzkaxc9rwntlqdhdzd7",
        "bcrt1r2gc42sky",
        "bc10fd889x4hd54tqu2ewg9t4hhft2wl7m6x50av4uswzw46xe6as0xmltfg7vrjfkvm459vld7w",
        "TB1QZY7V0F2AT3308YGGNGN66ULJTCN3RY6F",
        "bcrt1qjg3cwht92znyw0l4r5rtctmls337nrc7g0ry9drjxmlecjd3atl3fake7c",
        "bc1qmgf8xt8xkecl79k04mma3lz34gqep7hg4",
        "TB1Q3F9WGNXE9ZMTTMDN5VKVKHYZ8Y0LCV72YV7V5LSXTJXEYHNHEHASLYL0TZ"
      })
  void bitcoinCoreInvalidAddresses(String address) {
    ValidationResult r = BitcoinAddress.validate(address);
    assertThat(r.valid()).as(address).isFalse();
    assertThat(r.reason()).isNotBlank();
  }

  /**
   * Genesis block coinbase address (block 0), and the P2SH example of BIP-13 / the Bitcoin wiki.
   */
  @Test
  void legacyAddressesKeepTheirCase() {
    ValidationResult r = BitcoinAddress.validate(" 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa ");
    assertThat(r.valid()).isTrue();
    assertThat(r.normalised()).isEqualTo("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    assertThat(r.key()).isEqualTo("bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    assertThat(BitcoinAddress.parse("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").programHex())
        .isEqualTo("62e907b15cbf27d5425399ebf6f0fb50ebb88f18");
    assertThat(BitcoinAddress.parse("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy").kind())
        .isEqualTo(BitcoinAddress.Kind.P2SH);
    // case is part of a Base58 value: flipping it breaks the checksum
    assertThat(BitcoinAddress.validate("1a1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").reason())
        .isEqualTo("Bitcoin address: Base58Check checksum invalid");
  }

  @Test
  void bech32KeyIsLowerCaseWithChain() {
    ValidationResult upper = BitcoinAddress.validate("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4");
    ValidationResult lower = BitcoinAddress.validate("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    assertThat(upper.key())
        .isEqualTo(lower.key())
        .isEqualTo("bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    assertThat(upper.warnings()).isEmpty();
  }

  @Test
  void testnetAndUndefinedWitnessVersionsWarn() {
    ValidationResult tb = BitcoinAddress.validate("tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54");
    assertThat(tb.key()).isEqualTo("bitcoin-testnet:tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54");
    assertThat(tb.warnings())
        .containsExactly("Bitcoin testnet address (coins without monetary value)");
    ValidationResult v2 = BitcoinAddress.validate("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs");
    assertThat(v2.valid()).isTrue();
    assertThat(v2.warnings())
        .containsExactly(
            "segwit version 2 with a 16-byte program is not yet defined on the network"
                + " (anyone can spend it)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // key_io_valid.json private keys (WIF), mainnet and testnet
        "5JuW2AMDYu4xVwRG9DZW18VbzQrGcd5RCgb99sS6ehJsNQXu5b9",
        "L5nJeqKmpHp4P7F8ZYyjwc5a7P4d8EabuGAzfGJk7yC1BJyzNaEd",
        "92ZdE5HoLafywnTBbzPxbvRmp75pSfzvdU3XaZGh1cToipgdHVh",
        "cV83kKisF3RQSvXbUCm9ox3kaz5JjEUBWcx8tNydfGJcyeUxuH47"
      })
  void privateKeysAreNotAddresses(String wif) {
    assertThat(BitcoinAddress.validate(wif).reason())
        .isEqualTo("this is a Bitcoin private key (WIF), not an address");
  }

  @Test
  void otherReasons() {
    assertThat(BitcoinAddress.validate("bcrt1qdavt4j2sd7dlhqsavtnfxvzppw6k7qy97tmnu9").reason())
        .isEqualTo(
            "unknown Bitcoin address prefix 'bcrt' (expected bc for mainnet or tb for testnet)");
    assertThat(BitcoinAddress.validate("1A1zP1eP5QGefi2DMPTfTL5SLmv7Div0Na").reason())
        .isEqualTo("Bitcoin address: invalid Base58 character '0'");
    // version 0x00 with an all-zero hash is well formed (1111111111111111111114oLvT2)
    assertThat(BitcoinAddress.validate(Base58.encodeChecked(new byte[21])).normalised())
        .isEqualTo("1111111111111111111114oLvT2");
    // a Litecoin P2PKH version byte (0x30) with a valid checksum
    byte[] payload = new byte[21];
    payload[0] = 0x30;
    assertThat(BitcoinAddress.validate(Base58.encodeChecked(payload)).reason())
        .isEqualTo("unknown Bitcoin Base58 address version 0x30");
    assertThat(BitcoinAddress.validate(Base58.encodeChecked(new byte[20])).reason())
        .isEqualTo("Bitcoin address: Base58Check payload has 20 bytes, expected 21");
    assertThat(BitcoinAddress.validate(null).reason()).isEqualTo("Bitcoin address is missing");
    assertThatThrownBy(() -> BitcoinAddress.parse("bc1gmk9yu"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Bitcoin address has no witness version");
  }
}
