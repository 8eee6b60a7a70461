package org.sequestra.platform.identifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A Bitcoin address, decoded.
 *
 * <ul>
 *   <li>Base58Check (legacy): version byte {@code 0x00} P2PKH and {@code 0x05} P2SH on mainnet,
 *       {@code 0x6f} and {@code 0xc4} on testnet (also signet and regtest, which share them), with
 *       a 20-byte hash.
 *   <li>Segwit (BIP-173, BIP-350): prefix {@code bc} (mainnet) or {@code tb} (testnet, signet);
 *       witness version 0 must use bech32 and a 20- or 32-byte program; versions 1-16 must use
 *       bech32m and a 2- to 40-byte program (version 1 with 32 bytes is Taproot, BIP-341).
 * </ul>
 *
 * <p>Normalised form: bech32 addresses lower-cased, because bech32 is case-insensitive and the
 * upper-case form (used in QR codes) denotes the same address; Base58 addresses kept exactly as
 * written, because in Base58 case is part of the value ({@code a} and {@code A} are different
 * digits) and changing it yields another (almost always invalid) string. Matching key: {@code
 * bitcoin:} or {@code bitcoin-testnet:} followed by the normalised address, since the same string
 * on another network is another wallet.
 *
 * @param address the normalised address
 * @param network the network the address belongs to
 * @param kind the output type the address pays to
 * @param witnessVersion the segwit version, or -1 for Base58 addresses
 * @param programHex the 20-byte hash (Base58) or the witness program (segwit), in hex
 */
public record BitcoinAddress(
    String address, Network network, Kind kind, int witnessVersion, String programHex) {

  private static final IdentifierType TYPE = IdentifierType.BITCOIN_ADDRESS;
  private static final HexFormat HEX = HexFormat.of();

  public enum Network {
    MAINNET("bitcoin"),
    TESTNET("bitcoin-testnet");

    private final String chain;

    Network(String chain) {
      this.chain = chain;
    }

    /** The chain name used in matching keys. */
    public String chain() {
      return chain;
    }
  }

  public enum Kind {
    P2PKH,
    P2SH,
    P2WPKH,
    P2WSH,
    P2TR,
    /** A segwit output of a version or length no soft fork has defined yet (valid recipient). */
    WITNESS_UNKNOWN
  }

  /** The matching key: chain and address. */
  public String key() {
    return network.chain() + ":" + address;
  }

  /** The output script this address pays to, in hex (as in the BIP-173/350 test vectors). */
  public String scriptPubKeyHex() {
    return switch (kind) {
      case P2PKH -> "76a914" + programHex + "88ac";
      case P2SH -> "a914" + programHex + "87";
      default -> {
        int op = witnessVersion == 0 ? 0 : 0x50 + witnessVersion;
        yield HEX.toHexDigits((byte) op)
            + HEX.toHexDigits((byte) (programHex.length() / 2))
            + programHex;
      }
    };
  }

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("Bitcoin address", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    BitcoinAddress a;
    try {
      a = decode(Text.trim(raw));
    } catch (InvalidIdentifierException e) {
      return ValidationResult.invalid(TYPE, e.reason());
    }
    List<String> warnings = new ArrayList<>();
    if (a.network == Network.TESTNET) {
      warnings.add("Bitcoin testnet address (coins without monetary value)");
    }
    if (a.kind == Kind.WITNESS_UNKNOWN) {
      warnings.add(
          "segwit version "
              + a.witnessVersion
              + " with a "
              + a.programHex.length() / 2
              + "-byte program is not yet defined on the network (anyone can spend it)");
    }
    return ValidationResult.valid(TYPE, a.address, a.key(), warnings);
  }

  /**
   * Decodes an address, or throws {@link InvalidIdentifierException} with the reason.
   *
   * @param raw the address; surrounding whitespace is ignored
   */
  public static BitcoinAddress parse(String raw) {
    String problem = Text.precheck("Bitcoin address", raw);
    if (problem != null) {
      throw new InvalidIdentifierException(TYPE, problem);
    }
    return decode(Text.trim(raw));
  }

  private static BitcoinAddress decode(String s) {
    try {
      String t = Text.lower(s);
      if (t.startsWith("bc1") || t.startsWith("tb1") || t.startsWith("bcrt1")) {
        return decodeSegwit(s);
      }
      try {
        return decodeBase58(s);
      } catch (Base58.DecodeException e) {
        if (bech32Shaped(t)) {
          return decodeSegwit(s); // e.g. another network's prefix: say so rather than "Base58"
        }
        throw e;
      }
    } catch (Bech32.DecodeException | Base58.DecodeException e) {
      throw new InvalidIdentifierException(TYPE, "Bitcoin address: " + e.getMessage());
    }
  }

  /** Letters, the separator {@code 1}, then at least six characters of the bech32 alphabet. */
  private static boolean bech32Shaped(String lower) {
    int sep = lower.lastIndexOf('1');
    if (sep < 1 || lower.length() - sep - 1 < 6) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean ok = i < sep ? c >= 'a' && c <= 'z' : i == sep || Bech32.CHARSET.indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static BitcoinAddress decodeSegwit(String s) {
    Bech32.Decoded d = Bech32.decode(s);
    Network network =
        switch (d.hrp()) {
          case "bc" -> Network.MAINNET;
          case "tb" -> Network.TESTNET;
          default ->
              throw new InvalidIdentifierException(
                  TYPE,
                  "unknown Bitcoin address prefix '"
                      + d.hrp()
                      + "' (expected bc for mainnet or tb for testnet)");
        };
    int[] data = d.data();
    if (data.length == 0) {
      throw new InvalidIdentifierException(TYPE, "Bitcoin address has no witness version");
    }
    int version = data[0];
    if (version > 16) {
      throw new InvalidIdentifierException(
          TYPE, "Bitcoin address has invalid witness version " + version);
    }
    Bech32.Encoding expected = version == 0 ? Bech32.Encoding.BECH32 : Bech32.Encoding.BECH32M;
    if (d.encoding() != expected) {
      throw new InvalidIdentifierException(
          TYPE,
          "Bitcoin address with witness version "
              + version
              + " must use "
              + expected.label()
              + " ("
              + (version == 0 ? "BIP-173" : "BIP-350")
              + "), not "
              + d.encoding().label());
    }
    byte[] program = Bech32.convertBits(Arrays.copyOfRange(data, 1, data.length), 5, 8, false);
    if (program.length < 2 || program.length > 40) {
      throw new InvalidIdentifierException(
          TYPE, "Bitcoin witness program must have 2 to 40 bytes, not " + program.length);
    }
    Kind kind;
    if (version == 0) {
      kind =
          switch (program.length) {
            case 20 -> Kind.P2WPKH;
            case 32 -> Kind.P2WSH;
            default ->
                throw new InvalidIdentifierException(
                    TYPE,
                    "Bitcoin witness version 0 program must have 20 or 32 bytes, not "
                        + program.length);
          };
    } else if (version == 1 && program.length == 32) {
      kind = Kind.P2TR;
    } else {
      kind = Kind.WITNESS_UNKNOWN;
    }
    return new BitcoinAddress(Text.lower(s), network, kind, version, HEX.formatHex(program));
  }

  private static BitcoinAddress decodeBase58(String s) {
    byte[] payload = Base58.decodeChecked(s);
    int version = payload[0] & 0xff;
    if (payload.length != 21) {
      if ((version == 0x80 || version == 0xef) && (payload.length == 33 || payload.length == 34)) {
        throw new InvalidIdentifierException(
            TYPE, "this is a Bitcoin private key (WIF), not an address");
      }
      throw new InvalidIdentifierException(
          TYPE,
          "Bitcoin address: Base58Check payload has " + payload.length + " bytes, expected 21");
    }
    String hash = HEX.formatHex(payload, 1, 21);
    return switch (version) {
      case 0x00 -> new BitcoinAddress(s, Network.MAINNET, Kind.P2PKH, -1, hash);
      case 0x05 -> new BitcoinAddress(s, Network.MAINNET, Kind.P2SH, -1, hash);
      case 0x6f -> new BitcoinAddress(s, Network.TESTNET, Kind.P2PKH, -1, hash);
      case 0xc4 -> new BitcoinAddress(s, Network.TESTNET, Kind.P2SH, -1, hash);
      default ->
          throw new InvalidIdentifierException(
              TYPE, String.format("unknown Bitcoin Base58 address version 0x%02x", version));
    };
  }
}
