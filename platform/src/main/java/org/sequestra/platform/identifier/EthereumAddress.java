package org.sequestra.platform.identifier;

import java.util.HexFormat;
import java.util.List;

/**
 * Ethereum account address: {@code 0x} and 40 hex digits (20 bytes). Written in mixed case, the
 * case encodes the EIP-55 checksum (a letter is upper-case where the matching nibble of
 * Keccak-256(lower-case hex) is 8 or more), which must then match; all lower or all upper case
 * carries no checksum and is accepted as is.
 *
 * <p>Normalised form: the EIP-55 checksummed spelling. Matching key: {@code ethereum:} and the
 * lower-case address, because case carries only the checksum, never identity: {@code 0xABC...} and
 * {@code 0xabc...} are the same account. The same 20 bytes address an account on every EVM chain;
 * the key names Ethereum because this type is validated as such.
 */
public final class EthereumAddress {

  private static final IdentifierType TYPE = IdentifierType.ETHEREUM_ADDRESS;
  private static final String CHAIN = "ethereum";

  private EthereumAddress() {}

  public static boolean isValid(String raw) {
    return validate(raw).valid();
  }

  public static ValidationResult validate(String raw) {
    String problem = Text.precheck("Ethereum address", raw);
    if (problem != null) {
      return ValidationResult.invalid(TYPE, problem);
    }
    String s = Text.trim(raw);
    if (!s.startsWith("0x")) {
      return ValidationResult.invalid(TYPE, "Ethereum address must start with 0x");
    }
    String hex = s.substring(2);
    for (int i = 0; i < hex.length(); i++) {
      if (!isHex(hex.charAt(i))) {
        return ValidationResult.invalid(
            TYPE, "Ethereum address contains invalid character " + Text.show(hex.charAt(i)));
      }
    }
    if (hex.length() != 40) {
      return ValidationResult.invalid(TYPE, "Ethereum address must have 40 hex digits after 0x");
    }
    String lower = Text.lower(hex);
    String checksummed = toChecksumHex(lower);
    boolean mixed = !hex.equals(lower) && !hex.equals(Text.upper(hex));
    if (mixed && !hex.equals(checksummed)) {
      return ValidationResult.invalid(TYPE, "Ethereum address EIP-55 checksum invalid");
    }
    return ValidationResult.valid(TYPE, "0x" + checksummed, CHAIN + ":0x" + lower, List.of());
  }

  /** The EIP-55 spelling of a valid address (any case). */
  public static String toChecksumAddress(String raw) {
    return validate(raw).requireValid();
  }

  private static boolean isHex(char c) {
    return Text.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String toChecksumHex(String lowerHex) {
    String hash = HexFormat.of().formatHex(Keccak256.hash(lowerHex));
    StringBuilder b = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      char c = lowerHex.charAt(i);
      b.append(c >= 'a' && Character.digit(hash.charAt(i), 16) >= 8 ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }
}
