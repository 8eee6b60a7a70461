package org.sequestra.registry.freeze;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a freeze-status look-up tells about one asset: no owners, no subjects, no description.
 *
 * @param matchedIdentifier the identifier the look-up matched, for identifier look-ups
 * @param freeze the latest act that froze the asset, if there was one
 */
record FreezeStatus(
    UUID assetId,
    String assetType,
    Identifier matchedIdentifier,
    List<Identifier> identifiers,
    String status,
    Instant statusSince,
    FreezingAct freeze,
    String owningAgency,
    String caseReference) {

  record Identifier(String field, String value) {}

  record FreezingAct(
      Instant since,
      String orderReference,
      String issuingAuthority,
      LocalDate orderDate,
      String executingCountry) {}

  boolean frozen() {
    return status.equals("FROZEN");
  }

  FreezeStatus withIdentifiers(List<Identifier> values) {
    return new FreezeStatus(
        assetId,
        assetType,
        matchedIdentifier,
        values,
        status,
        statusSince,
        freeze,
        owningAgency,
        caseReference);
  }
}
