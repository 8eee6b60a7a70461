package org.sequestra.trace.importing.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.identifier.ValidationResult;

/**
 * An account as a statement names it. Identifiers are validated on the way in; one that fails is
 * kept as written and the reason goes into {@link #flags()}: an investigator must see a bad IBAN,
 * not lose the transaction.
 *
 * @param identifier IBAN in electronic format, other account number, or wallet address
 * @param chain the blockchain of a wallet address, otherwise {@code null}
 */
public record AccountRef(
    AccountKind kind,
    String identifier,
    String chain,
    String bic,
    String bankName,
    String holderName,
    List<String> flags) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  public AccountRef {
    flags = List.copyOf(flags);
  }

  /**
   * A bank account, or {@code null} when {@code number} is blank.
   *
   * @param role {@code account} or {@code counterparty}, for the flag texts
   * @param declaredIban whether the format says the number is an IBAN; otherwise anything shaped
   *     like one is validated as one
   */
  public static AccountRef bank(
      String role,
      String number,
      boolean declaredIban,
      String bic,
      String bankName,
      String holder) {
    String trimmed = Text.clean(number);
    if (trimmed == null) {
      return null;
    }
    List<String> flags = new ArrayList<>(1);
    AccountKind kind = AccountKind.ACCOUNT_NUMBER;
    String identifier = trimmed;
    String compact = declaredIban || mayBeIban(trimmed) ? compact(trimmed) : null;
    if (compact != null && (declaredIban || isIbanShaped(compact))) {
      kind = AccountKind.IBAN;
      ValidationResult iban = Identifiers.validate(IdentifierType.IBAN, compact);
      identifier = iban.valid() ? iban.normalised() : compact;
      if (!iban.valid()) {
        flags.add(role + " IBAN " + compact + ": " + iban.reason());
      }
    }
    return new AccountRef(
        kind,
        identifier,
        null,
        bic(role, bic, flags),
        Text.clean(bankName),
        Text.clean(holder),
        flags);
  }

  /** Without white space, upper case. */
  private static String compact(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // Upper-case letters and digits, as IBANs are mostly written, need no copy.
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return SPACES.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
      }
    }
    return value;
  }

  /** Two letters, two digits, 11 to 30 letters or digits (upper case). */
  private static boolean isIbanShaped(String value) {
    int length = value.length();
    if (length < 15 || length > 34) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z';
      boolean digit = c >= '0' && c <= '9';
      if (i < 2 ? !letter : i < 4 ? !digit : !(letter || digit)) {
        return false;
      }
    }
    return true;
  }

  /** Cheap first look (this runs for every account of multi-million-row files). */
  private static boolean mayBeIban(String value) {
    return value.length() >= 15
        && Character.isLetter(value.charAt(0))
        && Character.isLetter(value.charAt(1));
  }

  /** A wallet address on {@code chain} ({@code BITCOIN} and {@code ETHEREUM} are validated). */
  public static AccountRef crypto(String role, String address, String chain) {
    String trimmed = Text.clean(address);
    if (trimmed == null) {
      return null;
    }
    List<String> flags = new ArrayList<>(1);
    IdentifierType type =
        switch (chain) {
          case "BITCOIN" -> IdentifierType.BITCOIN_ADDRESS;
          case "ETHEREUM" -> IdentifierType.ETHEREUM_ADDRESS;
          default -> null;
        };
    String identifier = trimmed;
    if (type != null) {
      ValidationResult result = Identifiers.validate(type, trimmed);
      if (result.valid()) {
        identifier = result.normalised();
      } else {
        flags.add(role + " " + chain + " address " + trimmed + ": " + result.reason());
      }
    }
    return new AccountRef(AccountKind.CRYPTO_ADDRESS, identifier, chain, null, null, null, flags);
  }

  /** A BIC as written, upper-cased; a flag when it is not a valid BIC. */
  static String bic(String role, String raw, List<String> flags) {
    String trimmed = Text.clean(raw);
    if (trimmed == null) {
      return null;
    }
    String compact = SPACES.matcher(trimmed).replaceAll("").toUpperCase(Locale.ROOT);
    ValidationResult bic = Identifiers.validate(IdentifierType.BIC, compact);
    if (!bic.valid()) {
      flags.add(role + " BIC " + compact + ": " + bic.reason());
      return compact;
    }
    return bic.normalised();
  }
}
