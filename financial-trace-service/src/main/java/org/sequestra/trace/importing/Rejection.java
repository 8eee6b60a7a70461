package org.sequestra.trace.importing;

/** A record of an import that was not imported: where in the file, which field, and why. */
record Rejection(long lineNumber, String field, String reason) {}
