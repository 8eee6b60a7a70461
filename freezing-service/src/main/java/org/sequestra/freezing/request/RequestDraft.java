package org.sequestra.freezing.request;

import java.util.UUID;
import org.sequestra.freezing.certificate.ConfiscationCertificate;
import org.sequestra.freezing.certificate.FreezingCertificate;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.freezing.lifecycle.RequestKind;

/** A request as its issuer drafts it (created or replaced as a whole). */
public record RequestDraft(
    LegalInstrument instrument,
    RequestKind kind,
    boolean urgent,
    String executingAgency,
    UUID caseId,
    String issuingReference,
    String language,
    MlaDetails mla,
    FreezingCertificate freezingCertificate,
    ConfiscationCertificate confiscationCertificate) {

  public enum MlaChannel {
    E_CODEX,
    SIENA,
    CARIN,
    RRAG,
    AMERIPOL,
    DIPLOMATIC
  }

  /**
   * How an MLA request travels, whether its information may serve as evidence, and the agreement of
   * the configured table it is made under (null: none, and so no deadline).
   */
  public record MlaDetails(MlaChannel channel, boolean evidential, String agreementId) {}
}
