package org.sequestra.registry.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.registry.ftm.CaseHoldings.Asset;
import org.sequestra.registry.ftm.CaseHoldings.AssetIdentifiers;
import org.sequestra.registry.ftm.CaseHoldings.AssetType;
import org.sequestra.registry.ftm.CaseHoldings.LegalEntity;
import org.sequestra.registry.ftm.CaseHoldings.Link;
import org.sequestra.registry.ftm.CaseHoldings.LinkKind;
import org.sequestra.registry.ftm.CaseHoldings.NaturalPerson;
import org.sequestra.registry.ftm.CaseHoldings.NewLink;
import org.sequestra.registry.ftm.CaseHoldings.NewSubject;
import org.sequestra.registry.ftm.CaseHoldings.Role;
import org.sequestra.registry.ftm.CaseHoldings.Subject;

class MergeIndexTest {

  private static final LocalDate BORN = LocalDate.of(1970, 2, 3);

  static NaturalPerson person(String given, String family, LocalDate born) {
    return new NaturalPerson(given, family, List.of(), born, null, List.of(), List.of());
  }

  static AssetIdentifiers iban(String iban) {
    return new AssetIdentifiers(
        iban, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static Subject subject(NaturalPerson person, LegalEntity entity) {
    return new Subject(UUID.randomUUID(), Role.THIRD_PARTY, person, entity);
  }

  private static NewSubject draft(NaturalPerson person, LegalEntity entity) {
    return new NewSubject(Role.SUSPECT, person, entity);
  }

  @Test
  void aPersonIsTheSameByFullNameInAnySpacingAndCaseAndByBirthDate() {
    Subject jan = subject(person("Jan", "de Vries", BORN), null);
    MergeIndex index = new MergeIndex(List.of(jan), List.of(), List.of());

    assertThat(index.sameAs(draft(person("JAN ", " de  vries", BORN), null))).isEqualTo(jan);
    assertThat(index.sameAs(draft(person(null, "Jan de Vries", BORN), null))).isEqualTo(jan);
    assertThat(index.sameAs(draft(person("Jan", "de Vries", BORN.plusDays(1)), null))).isNull();
  }

  @Test
  void aLegalEntityIsTheSameByLeiByRegisterNumberInItsJurisdictionOrElseByName() {
    Subject acme = subject(null, new LegalEntity("Acme BV", null, "12345678", "NL", null));
    Subject leiCo =
        subject(null, new LegalEntity("Lei Co", null, null, null, "5493001KJTIIGC8Y1R12"));
    MergeIndex index = new MergeIndex(List.of(acme, leiCo), List.of(), List.of());

    assertThat(
            index.sameAs(draft(null, new LegalEntity("Acme B.V.", null, "12345678", "NL", null))))
        .isEqualTo(acme);
    assertThat(
            index.sameAs(draft(null, new LegalEntity("Acme B.V.", null, "12345678", "BE", null))))
        .isNull();
    assertThat(
            index.sameAs(
                draft(null, new LegalEntity("Other", null, null, null, "5493001KJTIIGC8Y1R12"))))
        .isEqualTo(leiCo);
    assertThat(index.sameAs(draft(null, new LegalEntity("acme  bv", null, null, null, null))))
        .isEqualTo(acme);
  }

  @Test
  void anAssetIsTheSameByAnIdentifierInTheNormalisedFormOfThePlatform() {
    Asset account =
        new Asset(
            UUID.randomUUID(),
            AssetType.BANK_ACCOUNT,
            "account",
            null,
            iban("NL91ABNA0417164300"),
            null,
            List.of());
    MergeIndex index = new MergeIndex(List.of(), List.of(account), List.of());

    assertThat(index.sameAs(iban("nl91 abna 0417 1643 00"))).isEqualTo(account);
    assertThat(index.sameAs(iban("NL91ABNA0417164301"))).isNull();
    assertThat(index.sameAs((AssetIdentifiers) null)).isNull();
  }

  @Test
  void sharesWithoutRegisterIdentifiersAreKnownByTheirDescription() {
    Asset shares =
        new Asset(
            UUID.randomUUID(),
            AssetType.COMPANY_SHARES,
            "Shares in Some Org",
            null,
            iban(null),
            null,
            List.of());
    MergeIndex index = new MergeIndex(List.of(), List.of(shares), List.of());

    assertThat(index.sharesDescribed("shares in  SOME org")).isEqualTo(shares);
    UUID company = UUID.randomUUID();
    assertThat(index.sharesOf(company)).isNull();
    index.sharesOf(company, shares);
    assertThat(index.sharesOf(company)).isEqualTo(shares);
  }

  @Test
  void aLinkIsTheSameByAssetSubjectKindAndDates() {
    UUID asset = UUID.randomUUID();
    UUID owner = UUID.randomUUID();
    LocalDate start = LocalDate.of(2020, 1, 1);
    MergeIndex index =
        new MergeIndex(
            List.of(),
            List.of(),
            List.of(new Link(UUID.randomUUID(), asset, owner, LinkKind.LEGAL, "50", start, null)));

    assertThat(index.holds(asset, new NewLink(owner, LinkKind.LEGAL, "25", start, null))).isTrue();
    assertThat(index.holds(asset, new NewLink(owner, LinkKind.CONTROL, null, start, null)))
        .isFalse();
    assertThat(index.holds(asset, new NewLink(owner, LinkKind.LEGAL, "50", null, null))).isFalse();
  }

  @Test
  void anFtmIdRemembersItsFirstLineAndWhatItBecame() {
    MergeIndex index = new MergeIndex(List.of(), List.of(), List.of());
    Subject jan = subject(person(null, "Jan", null), null);

    assertThat(index.firstSeen("p1", 3)).isNull();
    assertThat(index.firstSeen("p1", 7)).isEqualTo(3);
    assertThat(index.subjectOf("p1")).isNull();
    index.became("p1", jan);
    assertThat(index.subjectOf("p1")).isEqualTo(jan);
    assertThat(index.assetOf("p1")).isNull();
  }
}
