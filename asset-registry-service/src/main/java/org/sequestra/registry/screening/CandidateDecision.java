package org.sequestra.registry.screening;

/** An analyst's decision on a candidate, as stated; the reason is required. */
record CandidateDecision(ScreeningCandidate.Decision decision, String reason) {}
