package org.sequestra.registry.ftm;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequestra.registry.ftm.EntityOutcome.Outcome;

/** One import: an outcome per line, in the order of the lines, and the counts of each outcome. */
record ImportReport(
    UUID caseId, int taken, int merged, int rejected, List<EntityOutcome> entities) {

  static ImportReport of(UUID caseId, List<EntityOutcome> entities) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    entities.forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
    return new ImportReport(
        caseId,
        counts.getOrDefault(Outcome.TAKEN, 0),
        counts.getOrDefault(Outcome.MERGED, 0),
        counts.getOrDefault(Outcome.REJECTED, 0),
        List.copyOf(entities));
  }
}
