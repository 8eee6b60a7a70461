package org.sequestra.registry.ftm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * FtM ids of our objects: derived from the case and the object's id, so that exporting a case again
 * gives the same ids, and the same object exported from two cases (never the case today) would not
 * collide.
 */
final class FtmIds {

  private FtmIds() {}

  static String of(UUID caseId, UUID objectId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest((caseId + ":" + objectId).getBytes(StandardCharsets.UTF_8));
      return "sequestra-" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
