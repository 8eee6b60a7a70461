package org.sequestra.platform.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param entriesChecked entries read, up to and including the first broken one
 * @param firstBrokenSequence the sequence number where the chain breaks, or {@code null}
 * @param reason why it breaks there, or {@code null}
 * @param detail a sentence for humans, or {@code null}
 */
public record ChainVerification(
    boolean valid, long entriesChecked, Long firstBrokenSequence, Reason reason, String detail) {

  public enum Reason {
    /** The stored content no longer produces the stored hash: the row was altered. */
    CONTENT_HASH_MISMATCH,
    /** The entry does not point at the hash of the entry before it. */
    PREVIOUS_HASH_MISMATCH,
    /** A sequence number is missing: an entry was removed. */
    SEQUENCE_GAP,
    /** The chain does not end where the chain head says: entries at the end were removed. */
    HEAD_MISMATCH
  }

  static ChainVerification intact(long entriesChecked) {
    return new ChainVerification(true, entriesChecked, null, null, null);
  }

  static ChainVerification broken(
      long entriesChecked, long sequence, Reason reason, String detail) {
    return new ChainVerification(false, entriesChecked, sequence, reason, detail);
  }
}
