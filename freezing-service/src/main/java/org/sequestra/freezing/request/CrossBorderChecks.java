package org.sequestra.freezing.request;

import java.util.ArrayList;
import java.util.List;
import org.sequestra.freezing.agreement.domain.MlaAgreement;
import org.sequestra.freezing.agreement.domain.MlaAgreements;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.memberstate.domain.RegulationStates;
import org.sequestra.platform.web.Violation;
import org.springframework.stereotype.Component;

/**
 * Whether a request may go between its two States under its instrument: the Regulation only between
 * States it binds; MLA under an agreement of the table only between States party to it. Checked
 * when a draft is saved and again at ISSUE, where a draft saved before a change of the
 * configuration must not leave under the old one.
 */
@Component
public class CrossBorderChecks {

  private final RegulationStates regulationStates;
  private final MlaAgreements agreements;

  CrossBorderChecks(RegulationStates regulationStates, MlaAgreements agreements) {
    this.regulationStates = regulationStates;
    this.agreements = agreements;
  }

  /**
   * @param executingCountry null when the executing agency is unknown (a fault of its own)
   * @param agreementId the agreement an MLA draft names; null for none
   */
  List<Violation> ofDraft(
      LegalInstrument instrument,
      String issuingCountry,
      String executingCountry,
      String agreementId) {
    List<Violation> faults =
        new ArrayList<>(regulationStates.check(instrument, issuingCountry, executingCountry));
    if (instrument == LegalInstrument.MLA && executingCountry != null) {
      faults.addAll(agreements.check(agreementId, issuingCountry, executingCountry));
    }
    return faults;
  }

  /** The terms a draft naming the agreement fixes; null for none. */
  MlaAgreement.Terms termsOf(String agreementId) {
    return agreements.find(agreementId).map(MlaAgreement::terms).orElse(null);
  }

  /** At ISSUE: the States, and the agreement named still in the table with the terms fixed. */
  public List<Violation> atIssue(FreezingRequest request) {
    List<Violation> faults =
        new ArrayList<>(
            regulationStates.check(
                request.getInstrument(),
                request.getIssuingCountry(),
                request.getExecutingCountry()));
    MlaAgreement.Terms fixed = request.agreedTerms();
    if (fixed == null) {
      return faults;
    }
    List<Violation> coverage =
        agreements.check(
            fixed.agreementId(), request.getIssuingCountry(), request.getExecutingCountry());
    faults.addAll(coverage);
    if (coverage.isEmpty() && !fixed.equals(termsOf(fixed.agreementId()))) {
      faults.add(
          new Violation(
              MlaAgreements.FIELD,
              "the table's entry for "
                  + fixed.agreementId()
                  + " changed since the draft was saved: save the draft again to take its"
                  + " current terms"));
    }
    return faults;
  }
}
