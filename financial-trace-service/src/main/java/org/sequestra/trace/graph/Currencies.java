package org.sequestra.trace.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The currencies of one graph as the engine's small integer codes, with the number of decimals each
 * is held in: ISO 4217's digits, 8 for crypto assets and codes ISO does not know.
 */
public final class Currencies {

  static final int UNKNOWN_DIGITS = 8;

  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<Integer> digits = new ArrayList<>();

  int codeOf(String currency) {
    return codes.computeIfAbsent(
        currency,
        name -> {
          names.add(name);
          digits.add(digitsOf(name));
          return names.size() - 1;
        });
  }

  public OptionalInt find(String currency) {
    Integer code = codes.get(currency);
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  public String name(int code) {
    return names.get(code);
  }

  public int digits(int code) {
    return digits.get(code);
  }

  /** Minor units of an amount in this currency, rounded half up to its digits. */
  public long toMinor(BigDecimal amount, int code) {
    return amount.movePointRight(digits(code)).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  public BigDecimal toDecimal(long minor, int code) {
    return BigDecimal.valueOf(minor, digits(code));
  }

  /** Digits of a currency that may not occur in the graph yet (a seed's currency). */
  public static int digitsOf(String currency) {
    try {
      int iso = Currency.getInstance(currency).getDefaultFractionDigits();
      return iso >= 0 ? iso : UNKNOWN_DIGITS;
    } catch (IllegalArgumentException notIso) {
      return UNKNOWN_DIGITS;
    }
  }
}
