package org.sequestra.trace.engine;

/** An amount of traced money that ended at an account, and why. */
public record EndPoint(int account, EndReason reason, long amount) {}
