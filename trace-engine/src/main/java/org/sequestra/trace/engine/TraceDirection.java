package org.sequestra.trace.engine;

public enum TraceDirection {
  /** Where did the proceeds go. */
  FORWARD,
  /** Where did the money come from. */
  BACKWARD
}
