package org.sequestra.trace.importing.statement;

/** How an account is identified. */
public enum AccountKind {
  /** ISO 13616 IBAN (stored in electronic format, even when it fails validation). */
  IBAN,
  /** Any other account number: bank code/number, an MT940 {@code :25:} value, a simulator id. */
  ACCOUNT_NUMBER,
  /** A wallet address on a named chain. */
  CRYPTO_ADDRESS
}
