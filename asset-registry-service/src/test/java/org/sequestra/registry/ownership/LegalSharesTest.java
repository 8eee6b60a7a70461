package org.sequestra.registry.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalSharesTest {

  private static LegalShares.Share share(String percent, String start, String end) {
    return new LegalShares.Share(
        new BigDecimal(percent),
        start == null ? null : LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end));
  }

  @Test
  void sharesAddUpWhereTheyOverlap() {
    LegalShares.Peak peak =
        LegalShares.peakWith(
            List.of(share("60", "2020-01-01", null)), share("50", "2021-01-01", null));
    assertThat(peak.total()).isEqualByComparingTo("110");
    assertThat(peak.exceedsWhole()).isTrue();
    assertThat(peak.day()).isEqualTo(LocalDate.parse("2021-01-01"));
  }

  @Test
  void aSuccessorMayStartOnTheDayThePredecessorsLinkEnded() {
    LegalShares.Peak peak =
        LegalShares.peakWith(
            List.of(share("100", "2015-01-01", "2020-07-01")), share("100", "2020-07-01", null));
    assertThat(peak.exceedsWhole()).isFalse();
  }

  @Test
  void sharesThatNeverOverlapEachOtherDoNotAddUpEvenIfTheNewOneSpansBoth() {
    // 70 % until 2020, another 70 % from 2020; a new 30 % for all time peaks at 100 %
    LegalShares.Peak peak =
        LegalShares.peakWith(
            List.of(share("70", null, "2020-01-01"), share("70", "2020-01-01", null)),
            share("30", null, null));
    assertThat(peak.total()).isEqualByComparingTo("100");
    assertThat(peak.exceedsWhole()).isFalse();
  }

  @Test
  void aShareStartingInsideTheNewPeriodIsFound() {
    LegalShares.Peak peak =
        LegalShares.peakWith(
            List.of(share("40", "2022-06-01", "2023-01-01"), share("40", "2010-01-01", null)),
            share("30", "2022-01-01", "2024-01-01"));
    assertThat(peak.total()).isEqualByComparingTo("110");
    assertThat(peak.day()).isEqualTo(LocalDate.parse("2022-06-01"));
  }

  @Test
  void anOpenStartMeansSinceAlwaysAndIsReportedWithoutADay() {
    LegalShares.Peak peak =
        LegalShares.peakWith(List.of(share("80", null, null)), share("30", null, "2000-01-01"));
    assertThat(peak.exceedsWhole()).isTrue();
    assertThat(peak.dayOrNull()).isNull();
  }

  @Test
  void exactlyOneHundredPercentIsAllowed() {
    LegalShares.Peak peak =
        LegalShares.peakWith(
            List.of(share("33.333334", null, null), share("33.333333", null, null)),
            share("33.333333", null, null));
    assertThat(peak.total()).isEqualByComparingTo("100");
    assertThat(peak.exceedsWhole()).isFalse();
  }
}
