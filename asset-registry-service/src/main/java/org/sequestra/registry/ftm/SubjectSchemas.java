package org.sequestra.registry.ftm;

import static org.sequestra.registry.ftm.FtmValues.countries;
import static org.sequestra.registry.ftm.FtmValues.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sequestra.registry.ftm.CaseHoldings.IdentityDocument;
import org.sequestra.registry.ftm.CaseHoldings.LegalEntity;
import org.sequestra.registry.ftm.CaseHoldings.NaturalPerson;
import org.sequestra.registry.ftm.CaseHoldings.NewSubject;
import org.sequestra.registry.ftm.CaseHoldings.Role;

/** FtM Person, Company, LegalEntity and Organization as subjects of a case. */
final class SubjectSchemas {

  static final Set<String> PERSON = Set.of("Person");
  static final Set<String> LEGAL_ENTITIES = Set.of("Company", "LegalEntity", "Organization");
  private static final int MAX_ALIASES = 20;
  private static final int MAX_NATIONALITIES = 10;

  private SubjectSchemas() {}

  /**
   * A Person as a natural person with the identity documents read for it (FtM keeps them in
   * Passport and Identification entities of their own).
   */
  static Mapped<NewSubject> person(FtmEntity entity, Collection<IdentityDocument> documents) {
    List<String> notes = new ArrayList<>();
    String lastName = entity.first("lastName");
    String name = entity.first("name");
    String familyName = lastName != null ? lastName : name;
    if (familyName == null) {
      return Mapped.refused("a Person needs a name or lastName");
    }
    String givenNames = lastName != null ? entity.first("firstName") : null;
    String fullName = givenNames == null ? familyName : givenNames + " " + familyName;
    LinkedHashSet<String> aliases = new LinkedHashSet<>();
    for (String property : List.of("name", "alias", "previousName")) {
      entity.values(property).stream()
          .map(String::strip)
          .filter(a -> !a.isEmpty() && a.length() <= 200 && !a.equalsIgnoreCase(fullName))
          .forEach(aliases::add);
    }
    if (aliases.size() > MAX_ALIASES) {
      notes.add((aliases.size() - MAX_ALIASES) + " further names left out");
    }
    LocalDate birthDate = date(entity, "birthDate", notes);
    String birthPlace = entity.first("birthPlace");
    List<String> nationalities = countries(entity, List.of("nationality", "citizenship"), notes);
    if (nationalities.size() > MAX_NATIONALITIES) {
      notes.add("nationalities beyond the first " + MAX_NATIONALITIES + " left out");
    }
    if (!entity.values("passportNumber").isEmpty() || !entity.values("idNumber").isEmpty()) {
      notes.add(
          "passportNumber/idNumber left out: without an issuing country they are no identity"
              + " document; Passport and Identification entities are taken");
    }
    NaturalPerson person =
        new NaturalPerson(
            givenNames,
            familyName,
            aliases.stream().limit(MAX_ALIASES).toList(),
            birthDate,
            birthPlace,
            nationalities.stream().limit(MAX_NATIONALITIES).toList(),
            List.copyOf(documents));
    return Mapped.to(new NewSubject(role(entity), person, null), notes);
  }

  /** A Company, LegalEntity or Organization as a legal entity. */
  static Mapped<NewSubject> legalEntity(FtmEntity entity) {
    List<String> notes = new ArrayList<>();
    String name = entity.first("name");
    if (name == null) {
      return Mapped.refused("a " + entity.schema() + " needs a name");
    }
    List<String> jurisdictions = countries(entity, List.of("jurisdiction"), notes);
    if (jurisdictions.isEmpty()) {
      jurisdictions = countries(entity, List.of("country", "mainCountry"), notes);
    }
    String jurisdiction = jurisdictions.isEmpty() ? null : jurisdictions.getFirst();
    String registrationNumber = entity.first("registrationNumber");
    if (registrationNumber != null && jurisdiction == null) {
      notes.add("registration number left out: no jurisdiction to read it in");
      registrationNumber = null;
    }
    if (entity.values("registrationNumber").size() > 1 && registrationNumber != null) {
      notes.add("further registration numbers left out");
    }
    LegalEntity legalEntity =
        new LegalEntity(
            name,
            entity.first("legalForm"),
            registrationNumber,
            jurisdiction,
            entity.first("leiCode"));
    return Mapped.to(new NewSubject(role(entity), null, legalEntity), notes);
  }

  /** The role named by a classification, or THIRD_PARTY. */
  static Role role(FtmEntity entity) {
    for (String value : entity.values("classification")) {
      for (Role role : Role.values()) {
        if (role.name().equalsIgnoreCase(value.strip())) {
          return role;
        }
      }
    }
    return Role.THIRD_PARTY;
  }
}
