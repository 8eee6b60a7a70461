package org.sequestra.registry.ftm;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.sequestra.registry.ftm.CaseHoldings.IdentityDocument;
import org.sequestra.registry.ftm.DocumentSchemas.HeldDocument;

/**
 * The identity documents of one import, read before the people who hold them: kept by the FtM id of
 * their holder until the holder is taken, and then answered for with the holder's subject.
 */
final class HolderDocuments {

  private final Map<String, Map<String, IdentityDocument>> byHolder = new HashMap<>();
  private final Map<String, String> refusals = new HashMap<>();
  private final Map<String, UUID> takenBy = new HashMap<>();

  /** Reads a Passport or Identification entity and keeps it for its holder, or its refusal. */
  void read(FtmEntity entity) {
    Mapped<HeldDocument> read = DocumentSchemas.document(entity);
    if (read.isRefused()) {
      refusals.put(entity.id(), read.refusal());
      return;
    }
    byHolder
        .computeIfAbsent(read.draft().holderRef(), h -> new LinkedHashMap<>())
        .put(entity.id(), read.draft().document());
  }

  /** The documents held by the FtM id, in the order read. */
  Collection<IdentityDocument> of(String holderRef) {
    return byHolder.getOrDefault(holderRef, Map.of()).values();
  }

  /** The holder was taken as this subject, with its documents. */
  void takenWith(String holderRef, UUID subjectId) {
    byHolder
        .getOrDefault(holderRef, Map.of())
        .keySet()
        .forEach(document -> takenBy.put(document, subjectId));
  }

  /** Why the document was refused when read; {@code null} if it was not. */
  String refusal(String documentRef) {
    return refusals.get(documentRef);
  }

  /** The subject that was taken with the document; {@code null} if none was. */
  UUID takenBy(String documentRef) {
    return takenBy.get(documentRef);
  }
}
