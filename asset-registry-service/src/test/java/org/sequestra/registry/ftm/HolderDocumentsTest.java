package org.sequestra.registry.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.ftm.CaseHoldings.DocumentType;
import org.sequestra.registry.ftm.CaseHoldings.IdentityDocument;

class HolderDocumentsTest {

  @Test
  void documentsAreKeptForTheirHolderWithTheirTypeAndIssuingCountry() {
    HolderDocuments documents = new HolderDocuments();
    documents.read(
        new FtmEntity(
            "d1",
            "Passport",
            Map.of("holder", List.of("p1"), "number", List.of("X1"), "country", List.of("nl"))));
    documents.read(
        new FtmEntity(
            "d2",
            "Identification",
            Map.of(
                "holder", List.of("p1"),
                "number", List.of("ID9"),
                "country", List.of("es"),
                "type", List.of("national_id_card"))));
    documents.read(
        new FtmEntity(
            "d3",
            "Identification",
            Map.of("holder", List.of("p1"), "number", List.of("Z"), "country", List.of("de"))));

    assertThat(documents.of("p1"))
        .containsExactly(
            new IdentityDocument(DocumentType.PASSPORT, "X1", "NL"),
            new IdentityDocument(DocumentType.NATIONAL_ID_CARD, "ID9", "ES"),
            new IdentityDocument(DocumentType.OTHER, "Z", "DE"));
    assertThat(documents.of("p2")).isEmpty();
  }

  @Test
  void aDocumentWithoutNumberOrValidCountryIsRefusedWithTheReason() {
    HolderDocuments documents = new HolderDocuments();
    documents.read(
        new FtmEntity(
            "d1", "Identification", Map.of("holder", List.of("p1"), "country", List.of("zz"))));

    assertThat(documents.refusal("d1"))
        .startsWith("an identity document needs a holder, a number and a valid issuing country (")
        .contains("country zz left out");
    assertThat(documents.of("p1")).isEmpty();
  }

  @Test
  void theDocumentsOfATakenHolderAnswerWithItsSubject() {
    HolderDocuments documents = new HolderDocuments();
    documents.read(
        new FtmEntity(
            "d1",
            "Passport",
            Map.of("holder", List.of("p1"), "number", List.of("X1"), "country", List.of("nl"))));
    UUID subject = UUID.randomUUID();

    assertThat(documents.takenBy("d1")).isNull();
    documents.takenWith("p1", subject);
    assertThat(documents.takenBy("d1")).isEqualTo(subject);
    assertThat(documents.refusal("d1")).isNull();
  }
}
