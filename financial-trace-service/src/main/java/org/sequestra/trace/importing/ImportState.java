package org.sequestra.trace.importing;

/** QUEUED → RUNNING → SUCCEEDED | FAILED. A FAILED import left nothing in the dataset. */
enum ImportState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED
}
