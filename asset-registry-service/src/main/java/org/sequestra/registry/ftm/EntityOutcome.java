package org.sequestra.registry.ftm;

import java.util.List;
import java.util.UUID;

/** What the import did with one line: the records it took it as or merged it into, or why not. */
record EntityOutcome(
    String ftmId,
    String schema,
    Outcome outcome,
    String reason,
    UUID subjectId,
    UUID assetId,
    UUID ownershipId) {

  enum Outcome {
    TAKEN,
    MERGED,
    REJECTED
  }

  static EntityOutcome of(FtmEntity entity, Outcome outcome, String reason) {
    return new EntityOutcome(entity.id(), entity.schema(), outcome, reason, null, null, null);
  }

  /** The notes joined as the reason; none gives no reason. */
  static EntityOutcome of(FtmEntity entity, Outcome outcome, List<String> notes) {
    return of(entity, outcome, notes.isEmpty() ? null : String.join("; ", notes));
  }

  EntityOutcome withOutcome(Outcome changed) {
    return new EntityOutcome(ftmId, schema, changed, reason, subjectId, assetId, ownershipId);
  }

  EntityOutcome withSubject(UUID id) {
    return new EntityOutcome(ftmId, schema, outcome, reason, id, assetId, ownershipId);
  }

  EntityOutcome withAsset(UUID id) {
    return new EntityOutcome(ftmId, schema, outcome, reason, subjectId, id, ownershipId);
  }

  EntityOutcome withOwnership(UUID id) {
    return new EntityOutcome(ftmId, schema, outcome, reason, subjectId, assetId, id);
  }
}
