package org.sequestra.trace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {

  @Test
  void roundsHalfUp() {
    assertThat(MinorUnits.mulDivHalfUp(1000, 6000, 7000)).isEqualTo(857);
    assertThat(MinorUnits.mulDivHalfUp(1, 1, 2)).isEqualTo(1);
    assertThat(MinorUnits.mulDivHalfUp(1, 1, 3)).isZero();
  }

  // Exact against BigDecimal even where a * b overflows a long.
  @Property(tries = 300)
  void mulDivIsExactForLargeAmounts(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 4) long a,
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 4) long c) {
    long b = c / 3;
    BigDecimal exact =
        new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
            .divide(BigDecimal.valueOf(c), 0, RoundingMode.HALF_UP);
    assertThat(MinorUnits.mulDivHalfUp(a, b, c)).isEqualTo(exact.longValueExact());
  }

  // Exact at the sizes amounts and balances have (where the quotient is estimated in floating
  // point):
  // a share (a <= c) of an amount b, and small products over small divisors, where exact halves
  // occur
  // and must round up.
  @Property(tries = 2_000)
  void mulDivIsExactForEverydayAmounts(
      @ForAll @LongRange(min = 0, max = 10_000_000_000_000L) long a,
      @ForAll @LongRange(min = 0, max = 100_000_000L) long b,
      @ForAll @LongRange(min = 1, max = 10_000_000_000_000L) long c) {
    long share = Math.min(a, c);
    long small = a % 1_000_000;
    long smallB = b % 1_000_000;
    long[][] cases = {
      {share, b, c},
      {c - share, b, c},
      {small, smallB, 2},
      {small, smallB, 1 + c % 1_000},
      {small, 1, 2}
    };
    for (long[] abc : cases) {
      BigDecimal exact =
          new BigDecimal(BigInteger.valueOf(abc[0]).multiply(BigInteger.valueOf(abc[1])))
              .divide(BigDecimal.valueOf(abc[2]), 0, RoundingMode.HALF_UP);
      assertThat(MinorUnits.mulDivHalfUp(abc[0], abc[1], abc[2]))
          .as("%d * %d / %d", abc[0], abc[1], abc[2])
          .isEqualTo(exact.longValueExact());
    }
  }

  // Parts add up to the total exactly and none exceeds its weight.
  @Property(tries = 300)
  void splitConservesTheTotal(
      @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> lots,
      @ForAll @LongRange(min = 0, max = 1_000_000) long wanted) {
    long[] weights = lots.stream().mapToLong(Long::longValue).toArray();
    long sum = Arrays.stream(weights).sum();
    long total = sum == 0 ? 0 : wanted % (sum + 1);
    long[] parts = new long[weights.length];
    if (sum > 0) {
      MinorUnits.split(total, weights, 0, weights.length, sum, parts);
    }
    assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
    for (int i = 0; i < weights.length; i++) {
      assertThat(parts[i]).isBetween(0L, weights[i]);
    }
  }
}
