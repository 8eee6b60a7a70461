package org.sequestra.trace.importing.csv;

import java.time.Instant;

/** Simulator logs count time in steps; they are booked from AMLSim's default base date. */
final class Simulation {

  static final Instant BASE = Instant.parse("2017-01-01T00:00:00Z");

  private Simulation() {}
}
