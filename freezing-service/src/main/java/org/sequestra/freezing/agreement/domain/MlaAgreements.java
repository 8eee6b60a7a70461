package org.sequestra.freezing.agreement.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sequestra.platform.web.Violation;

/**
 * The table of MLA agreements the operator configured (empty unless configured). A request under
 * MLA may name one; without one it has no deadlines.
 */
public final class MlaAgreements {

  /** The field of a request draft that names the agreement. */
  public static final String FIELD = "mla.agreementId";

  private final Map<String, MlaAgreement> byId = new LinkedHashMap<>();

  /**
   * @throws IllegalArgumentException when two entries share an id
   */
  public MlaAgreements(List<MlaAgreement> agreements) {
    for (MlaAgreement agreement : agreements) {
      if (byId.putIfAbsent(agreement.id(), agreement) != null) {
        throw new IllegalArgumentException("MLA agreement id " + agreement.id() + " is used twice");
      }
    }
  }

  public List<MlaAgreement> all() {
    return List.copyOf(byId.values());
  }

  public Optional<MlaAgreement> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /**
   * What is wrong with naming the agreement for a request between the two States: it must be in the
   * table, and both States must be party to it.
   */
  public List<Violation> check(String agreementId, String issuingCountry, String executingCountry) {
    List<Violation> faults = new ArrayList<>();
    if (agreementId == null) {
      return faults;
    }
    MlaAgreement agreement = byId.get(agreementId);
    if (agreement == null) {
      faults.add(
          new Violation(
              FIELD,
              "is not an agreement of the configured table (GET /api/v1/mla-agreements lists them)"));
      return faults;
    }
    if (!agreement.covers(executingCountry)) {
      faults.add(
          new Violation(FIELD, notCovered(agreement, "the executing State " + executingCountry)));
    }
    if (!agreement.covers(issuingCountry)) {
      faults.add(
          new Violation(FIELD, notCovered(agreement, "the issuing State " + issuingCountry)));
    }
    return faults;
  }

  private static String notCovered(MlaAgreement agreement, String state) {
    return "agreement "
        + agreement.id()
        + " does not cover "
        + state
        + " (its parties: "
        + String.join(", ", agreement.countries())
        + ")";
  }
}
