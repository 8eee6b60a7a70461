package org.sequestra.platform.audit;

import java.time.Instant;

/** One stored line of the audit log, with its place in the chain. */
public record AuditEntry(
    long sequence,
    Instant occurredAt,
    String subject,
    String username,
    String agency,
    String objectAgency,
    String action,
    String objectType,
    String objectId,
    String purpose,
    String detail,
    String requestId,
    String previousHash,
    String hash) {}
