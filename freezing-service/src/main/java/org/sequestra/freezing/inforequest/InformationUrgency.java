package org.sequestra.freezing.inforequest;

import org.sequestra.freezing.deadline.DeadlineRule;

/** The urgency category of an information request, which sets its deadline (Art 5(1)). */
public enum InformationUrgency {
  URGENT_DIRECT_ACCESS(DeadlineRule.INFORMATION_URGENT_DIRECT_ACCESS),
  URGENT_INDIRECT_ACCESS(DeadlineRule.INFORMATION_URGENT_INDIRECT_ACCESS),
  OTHER(DeadlineRule.INFORMATION_OTHER);

  private final DeadlineRule rule;

  InformationUrgency(DeadlineRule rule) {
    this.rule = rule;
  }

  public DeadlineRule rule() {
    return rule;
  }
}
