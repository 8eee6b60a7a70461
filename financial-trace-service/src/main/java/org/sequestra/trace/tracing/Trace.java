package org.sequestra.trace.tracing;

import java.time.Instant;
import java.util.UUID;
import org.sequestra.trace.engine.AttributionRule;
import org.sequestra.trace.engine.TraceDirection;

/**
 * A stored trace: what was asked, what was found, on which graph version of the dataset, by whom
 * and when.
 */
record Trace(
    UUID id,
    UUID datasetId,
    TraceDirection direction,
    AttributionRule rule,
    String currency,
    NewTrace request,
    TraceReport result,
    long graphVersion,
    Instant createdAt,
    String createdBy) {}
