package org.sequestra.registry.lifecycle;

import java.time.LocalDate;

/** The order a transition rests on; every field is required (checked by the lifecycle). */
public record LegalBasis(String orderReference, String issuingAuthority, LocalDate orderDate) {}
