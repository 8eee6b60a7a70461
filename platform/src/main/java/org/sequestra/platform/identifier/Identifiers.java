package org.sequestra.platform.identifier;

import java.util.Objects;

/**
 * Single entry point: validates and normalises any {@link IdentifierType}. Plain Java, no Spring;
 * thread-safe and stateless.
 *
 * <pre>{@code
 * ValidationResult r = Identifiers.validate(IdentifierType.IBAN, "ch03 0900 0000 2500 9034 2");
 * r.valid();       // true
 * r.normalised();  // "CH0309000000250090342"
 * Identifiers.validate(IdentifierType.IBAN, "CH1111111111111111111").reason();
 *                  // "IBAN check digits invalid"
 * }</pre>
 *
 * <p>For cross-agency matching compare {@code (type, key)} pairs; see {@link
 * ValidationResult#key()}.
 */
public final class Identifiers {

  private Identifiers() {}

  public static ValidationResult validate(IdentifierType type, String value) {
    Objects.requireNonNull(type, "type");
    return switch (type) {
      case IBAN -> Iban.validate(value);
      case BIC -> Bic.validate(value);
      case LEI -> Lei.validate(value);
      case VIN -> Vin.validate(value);
      case IMO_NUMBER -> ImoNumber.validate(value);
      case BITCOIN_ADDRESS -> BitcoinAddress.validate(value);
      case ETHEREUM_ADDRESS -> EthereumAddress.validate(value);
      case ISIN -> Isin.validate(value);
      case COUNTRY_CODE -> CountryCode.validate(value);
      case CURRENCY_CODE -> CurrencyCode.validate(value);
    };
  }

  public static boolean isValid(IdentifierType type, String value) {
    return validate(type, value).valid();
  }

  /** The normalised value, or an {@link InvalidIdentifierException} with the reason. */
  public static String requireValid(IdentifierType type, String value) {
    return validate(type, value).requireValid();
  }
}
