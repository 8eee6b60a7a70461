package org.sequestra.freezing.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.lifecycle.DisposalShare.Rule;

/** Art 30(7): the threshold is inclusive, and above it half of the whole amount is shared. */
class DisposalShareTest {

  @Test
  void upToTenThousandEuroIncludedAccruesToTheExecutingState() {
    DisposalShare share = DisposalShare.of(new BigDecimal("10000.00"), false, false);

    assertThat(share.rule()).isEqualTo(Rule.ACCRUES_TO_EXECUTING_STATE);
    assertThat(share.executingStateShare()).isEqualByComparingTo("10000.00");
    assertThat(share.issuingStateShare()).isEqualByComparingTo("0");
  }

  @Test
  void aboveTheThresholdHalfOfTheWholeAmountGoesToTheIssuingState() {
    DisposalShare share = DisposalShare.of(new BigDecimal("10000.01"), false, false);

    assertThat(share.rule()).isEqualTo(Rule.HALF_TO_ISSUING_STATE);
    // half of 10 000.01, not half of the 0.01 above the threshold; the odd cent stays
    assertThat(share.issuingStateShare()).isEqualByComparingTo("5000.00");
    assertThat(share.executingStateShare()).isEqualByComparingTo("5000.01");
  }

  @Test
  void aLargeAmountIsSplitExactly() {
    DisposalShare share = DisposalShare.of(new BigDecimal("250000.50"), false, false);

    assertThat(share.issuingStateShare()).isEqualByComparingTo("125000.25");
    assertThat(share.executingStateShare()).isEqualByComparingTo("125000.25");
  }

  @Test
  void aVictimDecisionOrAnotherAgreementSetsTheRuleAside() {
    assertThat(DisposalShare.of(new BigDecimal("50000"), true, false).rule())
        .isEqualTo(Rule.VICTIM_DECISION);
    assertThat(DisposalShare.of(new BigDecimal("50000"), false, true).rule())
        .isEqualTo(Rule.OTHERWISE_AGREED);
    assertThat(DisposalShare.of(new BigDecimal("50000"), false, true).issuingStateShare()).isNull();
  }
}
