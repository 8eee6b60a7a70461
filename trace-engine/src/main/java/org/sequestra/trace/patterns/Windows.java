package org.sequestra.trace.patterns;

final class Windows {

  private Windows() {}

  /**
   * The last epoch second of a window of {@code length} seconds opening at {@code start},
   * saturating.
   */
  static long end(long start, long length) {
    return start > Long.MAX_VALUE - length ? Long.MAX_VALUE : start + length;
  }
}
