package org.sequestra.platform.web;

/**
 * Optimistic locking over HTTP: an object's version is its strong {@code ETag}, and an update must
 * name the version it was based on in {@code If-Match} (RFC 9110 §13.1.1).
 */
public final class ETags {

  private ETags() {}

  /** The strong entity tag of a version, e.g. {@code "7"} (with the quotes). */
  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * Passes when {@code ifMatch} names {@code currentVersion} (or is {@code *}).
   *
   * @throws PreconditionRequiredException when the header is missing (428)
   * @throws PreconditionFailedException when it names only other versions (412)
   */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException(
          "This update needs an If-Match header with the ETag of the version you read.");
    }
    String current = Long.toString(currentVersion);
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || opaque(tag).equals(current)) {
        return;
      }
    }
    throw new PreconditionFailedException(
        "The object has changed since you read it; its current ETag is "
            + of(currentVersion)
            + ". Read it again and reapply your change.");
  }

  /** Weak tags never match (If-Match compares strongly); unquoted tags are taken as written. */
  private static String opaque(String tag) {
    if (tag.startsWith("W/")) {
      return "";
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      return tag.substring(1, tag.length() - 1);
    }
    return tag;
  }
}
