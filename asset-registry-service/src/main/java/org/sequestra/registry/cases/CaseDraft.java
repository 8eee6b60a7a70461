package org.sequestra.registry.cases;

import java.time.LocalDate;
import java.util.List;

/** What an analyst gives to open a case; the owning agency comes from the caller. */
record CaseDraft(
    String nationalReference,
    String title,
    LocalDate openedOn,
    List<String> offences,
    List<String> empactPriorities,
    ContactPoint contactPoint) {

  CaseDraft {
    offences = offences == null ? List.of() : offences;
    empactPriorities = empactPriorities == null ? List.of() : empactPriorities;
  }
}
