package org.sequestra.registry.ftm;

import static org.sequestra.registry.ftm.FtmValues.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sequestra.registry.ftm.CaseHoldings.DocumentType;
import org.sequestra.registry.ftm.CaseHoldings.IdentityDocument;

/**
 * FtM Passport and Identification as identity documents of their holder. FtM keeps them apart from
 * the Person; the registry keeps them in the natural person, with their issuing country.
 */
final class DocumentSchemas {

  static final Set<String> DOCUMENTS = Set.of("Passport", "Identification");

  private DocumentSchemas() {}

  /** A document and the FtM id of its holder. */
  record HeldDocument(String holderRef, IdentityDocument document) {}

  static Mapped<HeldDocument> document(FtmEntity entity) {
    String holder = entity.first("holder");
    String number = entity.first("number");
    List<String> notes = new ArrayList<>();
    List<String> countries = countries(entity, List.of("country"), notes);
    if (holder == null || number == null || countries.isEmpty()) {
      return Mapped.refused(
          "an identity document needs a holder, a number and a valid issuing country"
              + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
    }
    DocumentType type = DocumentType.OTHER;
    if (entity.schema().equals("Passport")) {
      type = DocumentType.PASSPORT;
    } else {
      for (DocumentType candidate : DocumentType.values()) {
        if (candidate.name().equalsIgnoreCase(String.valueOf(entity.first("type")))) {
          type = candidate;
        }
      }
    }
    return Mapped.to(
        new HeldDocument(holder, new IdentityDocument(type, number, countries.getFirst())),
        List.of());
  }
}
