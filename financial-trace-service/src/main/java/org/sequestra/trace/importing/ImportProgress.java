package org.sequestra.trace.importing;

/** Told about every record a running import has read. */
interface ImportProgress {

  /**
   * @param done records read so far, accepted or rejected
   * @param rejected records rejected so far
   */
  void rows(long done, long rejected);
}
