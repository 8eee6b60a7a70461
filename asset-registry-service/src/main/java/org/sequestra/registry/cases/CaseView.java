package org.sequestra.registry.cases;

/** A case as one caller sees it: with what the caller's agency may do with it. */
record CaseView(InvestigationCase investigationCase, CaseAccess.Level access) {}
