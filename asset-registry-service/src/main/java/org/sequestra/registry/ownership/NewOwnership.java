package org.sequestra.registry.ownership;

import java.time.LocalDate;
import java.util.UUID;

/** A link of a subject to an asset, as stated; the share is still the contract's decimal string. */
public record NewOwnership(
    UUID subjectId,
    Ownership.Kind kind,
    String sharePercentage,
    LocalDate startDate,
    LocalDate endDate) {}
