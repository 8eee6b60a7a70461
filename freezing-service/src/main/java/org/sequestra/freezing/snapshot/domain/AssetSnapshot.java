package org.sequestra.freezing.snapshot.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.money.Money;

/**
 * One asset as the asset registry showed it to the issuer when the certificate was issued. It is a
 * copy, kept with the certificate and never changed, so that the document stays what was signed
 * even when the registry's asset changes afterwards. Type and status are the registry's own values.
 *
 * @param caseId the registry case the asset belongs to
 * @param caseReference that case's national reference; null when not read (issued before it was
 *     kept)
 * @param locationCountry null when the registry knows none
 * @param valuation the registry's latest valuation; null when it has none
 */
public record AssetSnapshot(
    UUID assetId,
    UUID caseId,
    String caseReference,
    String type,
    String status,
    String description,
    String locationCountry,
    List<Identifier> identifiers,
    Valuation valuation,
    Instant readAt) {

  public AssetSnapshot {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /** An identifier of the asset (IBAN, VIN, IMO_NUMBER...), in the registry's normalised form. */
  public record Identifier(String type, String value) {}

  /** A value with the day it refers to. */
  public record Valuation(Money estimatedValue, LocalDate valuationDate) {}
}
