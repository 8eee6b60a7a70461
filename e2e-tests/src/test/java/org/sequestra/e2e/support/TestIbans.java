package org.sequestra.e2e.support;

import java.math.BigInteger;
import java.util.concurrent.ThreadLocalRandom;

/** Valid IBANs for scenarios that must not collide with earlier runs' data. */
public final class TestIbans {

  private TestIbans() {}

  /** A valid Dutch IBAN nobody else uses (random account number, computed check digits). */
  public static String uniqueDutch() {
    return dutch("ABNA" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
  }

  /** NL, computed check digits (ISO 13616 mod 97), and the bank code and account number given. */
  public static String dutch(String bban) {
    StringBuilder digits = new StringBuilder();
    for (char c : (bban + "NL00").toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return "NL" + String.format("%02d", check) + bban;
  }
}
