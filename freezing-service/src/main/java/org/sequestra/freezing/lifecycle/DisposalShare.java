package org.sequestra.freezing.lifecycle;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the money obtained from a confiscation is shared (Art 30(7)): an amount equal to or less than
 * EUR 10 000 accrues to the executing State; of a larger amount, 50 % (of the whole amount, not of
 * the part above the threshold) is transferred to the issuing State. The rule does not apply when
 * the order comes with a decision to restitute or compensate the victim, or when the States agreed
 * otherwise.
 */
public record DisposalShare(
    Rule rule,
    BigDecimal amountObtained,
    BigDecimal executingStateShare,
    BigDecimal issuingStateShare) {

  public enum Rule {
    ACCRUES_TO_EXECUTING_STATE,
    HALF_TO_ISSUING_STATE,
    VICTIM_DECISION,
    OTHERWISE_AGREED
  }

  static final BigDecimal THRESHOLD_EUR = new BigDecimal("10000");
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /**
   * @param amountEur the money obtained, in euro
   * @param victimDecision the certificate carries a decision to restitute or compensate the victim
   * @param otherwiseAgreed the Member States involved agreed another sharing
   */
  public static DisposalShare of(
      BigDecimal amountEur, boolean victimDecision, boolean otherwiseAgreed) {
    if (amountEur.signum() < 0) {
      throw new IllegalArgumentException("amount obtained must not be negative");
    }
    if (victimDecision) {
      return new DisposalShare(Rule.VICTIM_DECISION, amountEur, null, null);
    }
    if (otherwiseAgreed) {
      return new DisposalShare(Rule.OTHERWISE_AGREED, amountEur, null, null);
    }
    if (amountEur.compareTo(THRESHOLD_EUR) <= 0) {
      return new DisposalShare(
          Rule.ACCRUES_TO_EXECUTING_STATE, amountEur, amountEur, zero(amountEur));
    }
    // half of the whole amount; an odd cent stays with the executing State, which holds the money
    int scale = Math.max(2, amountEur.scale());
    BigDecimal issuing = amountEur.multiply(HALF).setScale(scale, RoundingMode.DOWN);
    return new DisposalShare(
        Rule.HALF_TO_ISSUING_STATE, amountEur, amountEur.subtract(issuing), issuing);
  }

  private static BigDecimal zero(BigDecimal like) {
    return BigDecimal.ZERO.setScale(like.scale());
  }
}
