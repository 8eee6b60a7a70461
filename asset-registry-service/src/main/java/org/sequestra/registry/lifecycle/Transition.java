package org.sequestra.registry.lifecycle;

import java.time.Instant;
import org.sequestra.registry.asset.AssetStatus;

/**
 * A command to move an asset to {@code target}.
 *
 * @param value required for FROZEN, CONFISCATED and DISPOSED (Directive 2024/1260 Art 27)
 * @param titleUncontested Art 29 restitution condition, relevant only for RESTITUTED
 * @param notNeededAsEvidence Art 29 restitution condition, relevant only for RESTITUTED
 * @param affectedPersonsRightsNotPrejudiced Art 29 restitution condition, relevant only for
 *     RESTITUTED
 * @param victimProceedingsPending from the caller's context; blocks DISPOSED (Reg. 2018/1805 Art
 *     30(5))
 */
public record Transition(
    AssetStatus target,
    LegalBasis legalBasis,
    String actor,
    Instant at,
    AssetValue value,
    boolean titleUncontested,
    boolean notNeededAsEvidence,
    boolean affectedPersonsRightsNotPrejudiced,
    boolean victimProceedingsPending) {}
