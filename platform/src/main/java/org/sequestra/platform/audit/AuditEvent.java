package org.sequestra.platform.audit;

import java.util.Objects;
import org.sequestra.platform.security.Caller;

/**
 * Something worth a line in the audit log: who did what to which object, and why.
 *
 * @param subject the caller's token subject
 * @param username the caller's user name, if the token had one
 * @param agency the caller's agency (from the trust registry)
 * @param objectAgency the agency that owns the object acted on, when known; its auditors see the
 *     entry too (e.g. another agency reading a shared case)
 * @param action what happened, as {@code <object>.<verb>}, e.g. {@code case.update}
 * @param objectType the kind of object, e.g. {@code case}
 * @param objectId the object's id, if it has one
 * @param purpose why the caller did it, where the caller must say so (e.g. freeze-status look-ups)
 * @param detail what an auditor needs beyond the object, e.g. {@code shared with ES-ARO READ_ONLY}
 */
public record AuditEvent(
    String subject,
    String username,
    String agency,
    String objectAgency,
    String action,
    String objectType,
    String objectId,
    String purpose,
    String detail) {

  public AuditEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(objectType, "objectType");
  }

  /** An event by an authenticated caller; {@code objectId} may be {@code null}. */
  public static AuditEvent by(Caller caller, String action, String objectType, Object objectId) {
    return new AuditEvent(
        caller.subject(),
        caller.username(),
        caller.agency(),
        null,
        action,
        objectType,
        objectId == null ? null : objectId.toString(),
        null,
        null);
  }

  public AuditEvent withPurpose(String value) {
    return new AuditEvent(
        subject, username, agency, objectAgency, action, objectType, objectId, value, detail);
  }

  public AuditEvent onObjectOf(String owningAgency) {
    return new AuditEvent(
        subject, username, agency, owningAgency, action, objectType, objectId, purpose, detail);
  }

  public AuditEvent withDetail(String value) {
    return new AuditEvent(
        subject, username, agency, objectAgency, action, objectType, objectId, purpose, value);
  }
}
