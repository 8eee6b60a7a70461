package org.sequestra.registry.cases;

import java.util.List;

/** A partial update of a case: {@code null} leaves a field as it is. */
record CaseChanges(
    String title,
    InvestigationCase.Status status,
    List<String> offences,
    String empactCycle,
    List<String> empactPriorities,
    ContactPoint contactPoint) {}
