package org.sequestra.registry.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What an analyst gives to open a case; the owning agency comes from the caller.
 *
 * @param empactCycle the EMPACT cycle chosen for the priorities; {@code null}: the one in force on
 *     the opening date
 */
record CaseDraft(
    String nationalReference,
    String title,
    LocalDate openedOn,
    List<String> offences,
    String empactCycle,
    List<String> empactPriorities,
    ContactPoint contactPoint) {

  CaseDraft {
    offences = offences == null ? List.of() : offences;
    empactPriorities = empactPriorities == null ? List.of() : empactPriorities;
  }
}
