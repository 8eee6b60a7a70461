package org.sequestra.registry.mapping;

import java.math.BigDecimal;

/**
 * How the registry's contract writes a stored decimal (a score, a share, a rate): without the
 * trailing zeros of its storage scale and never with an exponent, so 0.87 not 0.870000, 50 not
 * 5E+1. Mappers that write such values use this class.
 */
public final class PlainDecimals {

  private PlainDecimals() {}

  public static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
