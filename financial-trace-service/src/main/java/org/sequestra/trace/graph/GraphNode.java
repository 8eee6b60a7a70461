package org.sequestra.trace.graph;

/**
 * A node of a dataset's graph as people know it: an account (its stored id, kind, identifier, chain
 * and holder) or a counterparty without an account (its label only).
 */
public record GraphNode(
    String label,
    Long accountId,
    String kind,
    String identifier,
    String chain,
    String holderName) {}
