package org.sequestra.registry.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whom another agency contacts about a case, e.g. after a hit on one of its assets. */
@Embeddable
public record ContactPoint(
    @Column(name = "contact_name") String name,
    @Column(name = "contact_email") String email,
    @Column(name = "contact_phone") String phone) {}
