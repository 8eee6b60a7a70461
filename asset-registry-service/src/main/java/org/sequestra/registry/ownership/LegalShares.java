package org.sequestra.registry.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rule that legal shares of one asset never sum above 100 % at any moment. Periods are
 * half-open, {@code [start, end)}: an owner whose link ends on a day and a successor who starts
 * that day never hold the asset together. A missing start means "since always", a missing end
 * "still".
 */
final class LegalShares {

  static final BigDecimal WHOLE = BigDecimal.valueOf(100);

  private LegalShares() {}

  record Share(BigDecimal percentage, LocalDate start, LocalDate end) {

    private LocalDate from() {
      return start == null ? LocalDate.MIN : start;
    }

    private LocalDate until() {
      return end == null ? LocalDate.MAX : end;
    }

    boolean holdsOn(LocalDate day) {
      return !day.isBefore(from()) && day.isBefore(until());
    }

    boolean overlaps(Share other) {
      return from().isBefore(other.until()) && other.from().isBefore(until());
    }
  }

  /** The day within the new share's period on which legal shares would peak, and that peak. */
  record Peak(LocalDate day, BigDecimal total) {

    boolean exceedsWhole() {
      return total.compareTo(WHOLE) > 0;
    }

    /** {@code null} when the peak is at the start of an open-ended past. */
    LocalDate dayOrNull() {
      return day.equals(LocalDate.MIN) ? null : day;
    }
  }

  /**
   * The highest sum of legal shares, {@code added} included, on any day of {@code added}'s period.
   * The sum only rises where a share starts, so it suffices to look at the start of {@code added}
   * and at the starts of the existing shares that fall inside its period.
   */
  static Peak peakWith(Collection<Share> existing, Share added) {
    List<LocalDate> candidates = new ArrayList<>();
    candidates.add(added.from());
    for (Share share : existing) {
      if (added.holdsOn(share.from())) {
        candidates.add(share.from());
      }
    }
    Peak peak = null;
    for (LocalDate day : candidates) {
      BigDecimal total = added.percentage();
      for (Share share : existing) {
        if (share.holdsOn(day)) {
          total = total.add(share.percentage());
        }
      }
      if (peak == null || total.compareTo(peak.total()) > 0) {
        peak = new Peak(day, total);
      }
    }
    return peak;
  }
}
