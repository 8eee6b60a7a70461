/**
 * Validation and normalisation of the identifiers that enter the platform (DESIGN.md §3
 * "Identifiers"): IBAN, BIC, LEI, VIN, IMO number, Bitcoin and Ethereum addresses, ISIN, ISO 3166
 * countries and ISO 4217 currencies. Plain Java without Spring or third-party libraries: the
 * checksums (MOD 97-10, Luhn, Base58Check, bech32/bech32m, Keccak-256 for EIP-55) are small and
 * tested against published vectors.
 *
 * <p>Start at {@link org.sequestra.platform.identifier.Identifiers#validate}. Results carry a human
 * reason meant for API error messages, warnings for checks the standards do not make binding, a
 * normalised form and a matching key.
 */
package org.sequestra.platform.identifier;
