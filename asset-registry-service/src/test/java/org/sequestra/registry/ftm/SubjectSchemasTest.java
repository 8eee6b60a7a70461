package org.sequestra.registry.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.ftm.CaseHoldings.DocumentType;
import org.sequestra.registry.ftm.CaseHoldings.IdentityDocument;
import org.sequestra.registry.ftm.CaseHoldings.NewSubject;
import org.sequestra.registry.ftm.CaseHoldings.Role;

class SubjectSchemasTest {

  private static FtmEntity entity(String schema, Map<String, List<String>> properties) {
    return new FtmEntity("e1", schema, properties);
  }

  @Test
  void aPersonWithLastAndFirstNameKeepsTheOtherNamesAsAliasesAndTheDocumentsReadForIt() {
    IdentityDocument passport = new IdentityDocument(DocumentType.PASSPORT, "X1", "NL");
    Mapped<NewSubject> mapped =
        SubjectSchemas.person(
            entity(
                "Person",
                Map.of(
                    "name", List.of("Jan de Vries", "Johnny"),
                    "firstName", List.of("Jan"),
                    "lastName", List.of("de Vries"),
                    "birthDate", List.of("1970-02-03T10:00:00"),
                    "nationality", List.of("nl", "xx"),
                    "classification", List.of(" suspect "))),
            List.of(passport));

    assertThat(mapped.isRefused()).isFalse();
    NewSubject subject = mapped.draft();
    assertThat(subject.role()).isEqualTo(Role.SUSPECT);
    assertThat(subject.legalEntity()).isNull();
    assertThat(subject.naturalPerson().givenNames()).isEqualTo("Jan");
    assertThat(subject.naturalPerson().familyName()).isEqualTo("de Vries");
    assertThat(subject.naturalPerson().aliases()).containsExactly("Johnny");
    assertThat(subject.naturalPerson().birthDate()).isEqualTo(LocalDate.of(1970, 2, 3));
    assertThat(subject.naturalPerson().nationalities()).containsExactly("NL");
    assertThat(subject.naturalPerson().identityDocuments()).containsExactly(passport);
    assertThat(mapped.notes()).singleElement().asString().startsWith("nationality xx left out");
  }

  @Test
  void aPersonWithoutLastNameIsNamedByItsNameAndWhatDoesNotFitIsLeftOutWithNotes() {
    List<String> aliases = IntStream.rangeClosed(1, 23).mapToObj(i -> "alias " + i).toList();
    Mapped<NewSubject> mapped =
        SubjectSchemas.person(
            entity(
                "Person",
                Map.of(
                    "name", List.of("Maria Lopez"),
                    "firstName", List.of("ignored without a lastName"),
                    "alias", aliases,
                    "birthDate", List.of("1980"),
                    "passportNumber", List.of("P1"))),
            List.of());

    assertThat(mapped.draft().naturalPerson().familyName()).isEqualTo("Maria Lopez");
    assertThat(mapped.draft().naturalPerson().givenNames()).isNull();
    assertThat(mapped.draft().naturalPerson().aliases()).hasSize(20).doesNotContain("Maria Lopez");
    assertThat(mapped.draft().naturalPerson().birthDate()).isNull();
    assertThat(mapped.draft().role()).isEqualTo(Role.THIRD_PARTY);
    assertThat(mapped.notes())
        .containsExactly(
            "3 further names left out",
            "birthDate 1980 left out: not a full date",
            "passportNumber/idNumber left out: without an issuing country they are no identity"
                + " document; Passport and Identification entities are taken");
  }

  @Test
  void aPersonWithoutAnyNameIsRefused() {
    Mapped<NewSubject> mapped =
        SubjectSchemas.person(entity("Person", Map.of("alias", List.of("nobody"))), List.of());

    assertThat(mapped.isRefused()).isTrue();
    assertThat(mapped.refusal()).isEqualTo("a Person needs a name or lastName");
  }

  @Test
  void aCompanyKeepsItsRegisterNumberOnlyWithAJurisdictionToReadItIn() {
    Mapped<NewSubject> registered =
        SubjectSchemas.legalEntity(
            entity(
                "Company",
                Map.of(
                    "name", List.of("Acme BV"),
                    "registrationNumber", List.of("12345678", "999"),
                    "jurisdiction", List.of("nl"),
                    "leiCode", List.of("5493001KJTIIGC8Y1R12"),
                    "classification", List.of("OWNER"))));
    Mapped<NewSubject> unplaced =
        SubjectSchemas.legalEntity(
            entity(
                "LegalEntity",
                Map.of("name", List.of("Nameless Trust"), "registrationNumber", List.of("777"))));

    assertThat(registered.draft().legalEntity())
        .isEqualTo(
            new CaseHoldings.LegalEntity(
                "Acme BV", null, "12345678", "NL", "5493001KJTIIGC8Y1R12"));
    assertThat(registered.draft().role()).isEqualTo(Role.OWNER);
    assertThat(registered.notes()).containsExactly("further registration numbers left out");
    assertThat(unplaced.draft().legalEntity().registrationNumber()).isNull();
    assertThat(unplaced.notes())
        .containsExactly("registration number left out: no jurisdiction to read it in");
  }

  @Test
  void anOrganizationTakesItsJurisdictionFromItsCountryAndNeedsAName() {
    Mapped<NewSubject> organization =
        SubjectSchemas.legalEntity(
            entity("Organization", Map.of("name", List.of("Some Org"), "country", List.of("de"))));
    Mapped<NewSubject> nameless =
        SubjectSchemas.legalEntity(entity("Company", Map.of("registrationNumber", List.of("1"))));

    assertThat(organization.draft().legalEntity().jurisdiction()).isEqualTo("DE");
    assertThat(organization.notes()).isEmpty();
    assertThat(nameless.refusal()).isEqualTo("a Company needs a name");
  }
}
