package org.sequestra.registry.hit;

/**
 * An identifier as compared across agencies: its type ({@code IBAN}, {@code BITCOIN_ADDRESS},
 * {@code CADASTRAL_REFERENCE} ...) and normalised matching key.
 */
public record IdentifierMatch(String type, String key) {}
