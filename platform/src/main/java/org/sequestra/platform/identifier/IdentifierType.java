package org.sequestra.platform.identifier;

/** The kinds of identifier the platform validates on the way in (DESIGN.md §3 "Identifiers"). */
public enum IdentifierType {
  /** International Bank Account Number, ISO 13616. */
  IBAN,
  /** Business Identifier Code (SWIFT code), ISO 9362. */
  BIC,
  /** Legal Entity Identifier, ISO 17442. */
  LEI,
  /** Vehicle Identification Number, ISO 3779. */
  VIN,
  /** IMO ship identification number (SOLAS XI-1/3). */
  IMO_NUMBER,
  /** Bitcoin address: Base58Check (P2PKH, P2SH), bech32 (segwit v0) or bech32m (segwit v1+). */
  BITCOIN_ADDRESS,
  /** Ethereum (EVM) account address, with the EIP-55 checksum when written in mixed case. */
  ETHEREUM_ADDRESS,
  /** International Securities Identification Number, ISO 6166. */
  ISIN,
  /** ISO 3166-1 alpha-2 country code. */
  COUNTRY_CODE,
  /** ISO 4217 alphabetic currency code. */
  CURRENCY_CODE
}
