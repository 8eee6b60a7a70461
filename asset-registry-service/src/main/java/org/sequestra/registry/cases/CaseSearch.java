package org.sequestra.registry.cases;

import java.time.LocalDate;

/** Filters of the case list; {@code null} means "any". */
record CaseSearch(
    InvestigationCase.Status status,
    String empactCycle,
    String empactPriority,
    String referencePrefix,
    LocalDate openedFrom,
    LocalDate openedTo) {}
