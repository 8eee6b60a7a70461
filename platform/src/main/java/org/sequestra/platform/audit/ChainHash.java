package org.sequestra.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that links an entry to the one before it: SHA-256 over the previous hash and the entry's
 * canonical content. Every field is length-prefixed, so no two different entries share a canonical
 * form; times count in microseconds, the precision PostgreSQL stores.
 */
final class ChainHash {

  static final String GENESIS = "0".repeat(64);

  private ChainHash() {}

  static String of(String previousHash, AuditEntry entry) {
    StringBuilder canonical = new StringBuilder(256).append(previousHash);
    field(canonical, Long.toString(entry.sequence()));
    field(canonical, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, entry.occurredAt())));
    field(canonical, entry.subject());
    field(canonical, entry.username());
    field(canonical, entry.agency());
    field(canonical, entry.objectAgency());
    field(canonical, entry.action());
    field(canonical, entry.objectType());
    field(canonical, entry.objectId());
    field(canonical, entry.purpose());
    field(canonical, entry.detail());
    field(canonical, entry.requestId());
    return sha256(canonical.toString());
  }

  private static void field(StringBuilder canonical, String value) {
    canonical.append('|');
    if (value == null) {
      canonical.append('-');
    } else {
      canonical.append(value.length()).append(':').append(value);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
