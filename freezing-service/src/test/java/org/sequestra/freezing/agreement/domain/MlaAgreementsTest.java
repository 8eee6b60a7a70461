package org.sequestra.freezing.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.deadline.DeadlinePeriod;
import org.sequestra.platform.web.Violation;

/** The agreement table; its entries here are test values, not real agreements. */
class MlaAgreementsTest {

  private static final MlaAgreement TEST_AGREEMENT =
      new MlaAgreement(
          "TEST-NL-CO",
          "Test-only agreement",
          "test fixture, not a treaty",
          Set.of("nl", "CO"),
          DeadlinePeriod.parse("P30D"),
          null);

  private final MlaAgreements table = new MlaAgreements(List.of(TEST_AGREEMENT));

  @Test
  void anAgreementBetweenItsPartiesIsFine() {
    assertThat(table.check("TEST-NL-CO", "NL", "CO")).isEmpty();
    assertThat(table.check("TEST-NL-CO", "CO", "NL")).isEmpty();
    assertThat(table.check(null, "NL", "ES")).isEmpty();
    assertThat(TEST_AGREEMENT.countries()).containsExactly("CO", "NL");
  }

  @Test
  void anUnknownAgreementOrAStateNotPartyIsAFaultOnTheField() {
    assertThat(table.check("NO-SUCH", "NL", "CO"))
        .extracting(Violation::field)
        .containsExactly("mla.agreementId");
    List<Violation> faults = table.check("TEST-NL-CO", "NL", "ES");
    assertThat(faults).extracting(Violation::field).containsExactly("mla.agreementId");
    assertThat(faults.getFirst().reason()).contains("executing State ES").contains("CO, NL");
    assertThat(table.check("TEST-NL-CO", "ES", "CO").getFirst().reason())
        .contains("issuing State ES");
  }

  @Test
  void termsCarryTheAgreementAsLegalBasis() {
    MlaAgreement.Terms terms = TEST_AGREEMENT.terms();
    assertThat(terms.legalBasis()).isEqualTo("Test-only agreement (test fixture, not a treaty)");
    assertThat(terms.recognition()).isEqualTo(DeadlinePeriod.parse("P30D"));
    assertThat(terms.execution()).isNull();
  }

  @Test
  void aMalformedEntryFailsNamingIt() {
    assertThatThrownBy(() -> new MlaAgreement("X", "n", "s", Set.of("XX"), null, null))
        .hasMessageContaining("'XX' is not an ISO 3166-1 alpha-2 code");
    assertThatThrownBy(() -> new MlaAgreement("X", "n", "", Set.of("NL"), null, null))
        .hasMessageContaining("source is required");
    assertThatThrownBy(() -> new MlaAgreement("a b", "n", "s", Set.of("NL"), null, null))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> new MlaAgreement("X", "n", "s", Set.of(), null, null))
        .hasMessageContaining("no country");
    assertThatThrownBy(() -> new MlaAgreements(List.of(TEST_AGREEMENT, TEST_AGREEMENT)))
        .hasMessageContaining("used twice");
  }
}
