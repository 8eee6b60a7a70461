package org.sequestra.platform.audit;

import java.util.List;

/**
 * The outcome of walking the audit chain, as one caller may see it.
 *
 * <p>The walk always recomputes every link of the one chain all agencies share; {@link #scope} says
 * how much of the answer the caller gets. A {@link Scope#PLATFORM} answer names the first broken
 * link. An {@link Scope#AGENCY} answer names it only when every stored entry the broken link
 * involves concerns the agency (is one its auditor can list: by its people or about its objects);
 * otherwise it says only that the chain is broken outside the agency (a fixed sentence, no sequence
 * number, reason or count), since each of these would place the break among other agencies' entries
 * or tell what was done to them. A removed entry counts as outside: its agency is gone.
 *
 * @param entriesChecked entries read, up to and including the first broken one; {@code 0} when the
 *     break lies outside the caller's scope
 * @param firstBrokenSequence the sequence number where the chain breaks, or {@code null}
 * @param reason why it breaks there, or {@code null}
 * @param detail a sentence for humans, or {@code null}
 * @param brokenOutsideScope the chain is broken, but where is not for this caller to see
 */
public record ChainVerification(
    boolean valid,
    long entriesChecked,
    Long firstBrokenSequence,
    Reason reason,
    String detail,
    Scope scope,
    boolean brokenOutsideScope) {

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

  /** Whose view of the chain an answer is. */
  public enum Scope {
    /** The whole chain, every break named. */
    PLATFORM,
    /** One agency's view: breaks named only in entries that concern the agency. */
    AGENCY
  }

  /** A platform-wide answer. */
  public ChainVerification(
      boolean valid, long entriesChecked, Long firstBrokenSequence, Reason reason, String detail) {
    this(valid, entriesChecked, firstBrokenSequence, reason, detail, Scope.PLATFORM, false);
  }

  static ChainVerification intact(long entriesChecked) {
    return new ChainVerification(true, entriesChecked, null, null, null);
  }

  static ChainVerification broken(
      long entriesChecked, long sequence, Reason reason, String detail) {
    return new ChainVerification(false, entriesChecked, sequence, reason, detail);
  }

  /**
   * This platform-wide answer as the auditor of {@code agency} may see it.
   *
   * @param involved the stored entries the first broken link involves (the entry, and for a
   *     re-linked entry also the one before); empty when the break is a removed entry, whose agency
   *     no one can tell any more
   */
  ChainVerification seenBy(String agency, List<AuditEntry> involved) {
    if (valid) {
      // The chain's length is no secret: every listed entry carries its global sequence number.
      return new ChainVerification(true, entriesChecked, null, null, null, Scope.AGENCY, false);
    }
    boolean ours =
        !involved.isEmpty() && involved.stream().allMatch(entry -> concerns(entry, agency));
    if (ours) {
      return new ChainVerification(
          false, entriesChecked, firstBrokenSequence, reason, detail, Scope.AGENCY, false);
    }
    return new ChainVerification(
        false,
        0,
        null,
        null,
        "the chain is broken at an entry outside your agency; a platform administrator can"
            + " locate it",
        Scope.AGENCY,
        true);
  }

  /** The rule of the audit listing: by the agency's people or about the agency's objects. */
  static boolean concerns(AuditEntry entry, String agency) {
    return agency.equals(entry.agency()) || agency.equals(entry.objectAgency());
  }
}
