package org.sequestra.trace.engine;

/** Traced money carried by one transaction. */
public record EdgeFlow(int transactionId, int from, int to, long epochSecond, long amount) {}
