package org.sequestra.platform.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {

  private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** ISO 7064 MOD 97-10 by the book: letters as 10..35, the whole number divided once. */
  private static int reference(String s) {
    StringBuilder digits = new StringBuilder("0");
    for (char c : s.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c - '0') : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  @Test
  void mod97AgreesWithWholeNumberDivisionUpToTheLongestInput() {
    Random random = new Random(97);
    for (int round = 0; round < 20_000; round++) {
      int length = random.nextInt(Text.MAX_INPUT + 1);
      StringBuilder value = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        // Runs of digits as well as letters: digits grow the remainder slowest between reductions.
        value.append(ALPHANUMERIC.charAt(random.nextInt(random.nextBoolean() ? 10 : 36)));
      }
      String s = value.toString();
      assertThat(Text.mod97(s)).as(s).isEqualTo(reference(s));
      int split = length == 0 ? 0 : random.nextInt(length);
      assertThat(Text.mod97(s, 0, split, Text.mod97(s, split, length, 0)))
          .as("%s rearranged at %d", s, split)
          .isEqualTo(reference(s.substring(split) + s.substring(0, split)));
    }
  }

  @Test
  void upperAndStripReturnTheirInputWhenNothingChanges() {
    String iban = "NL91ABNA0417164300";
    assertThat(Text.upper(iban)).isSameAs(iban);
    assertThat(Text.stripAllSpaces(iban)).isSameAs(iban);
    assertThat(Text.upper("nl91 abna")).isEqualTo("NL91 ABNA");
    assertThat(Text.stripAllSpaces("NL91\u00A0ABNA 0417")).isEqualTo("NL91ABNA0417");
  }
}
