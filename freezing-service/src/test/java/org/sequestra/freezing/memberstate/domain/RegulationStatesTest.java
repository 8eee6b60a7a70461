package org.sequestra.freezing.memberstate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.platform.web.Violation;

/** The States Regulation 2018/1805 binds: CLDR's grouping EU less those configured as not bound. */
class RegulationStatesTest {

  private static final String RECITALS = "Regulation (EU) 2018/1805, recitals (56) and (57)";

  private final RegulationStates states =
      new RegulationStates(
          EuMemberStates.fromCldr(), EuMemberStates.source(), Set.of("DK", "ie"), RECITALS);

  /**
   * What ICU4J 79.1 (CLDR 49) answers for the grouping EU, checked here rather than assumed: the 27
   * Member States, Greece under its ISO code GR, no United Kingdom, no Colombia.
   */
  @Test
  void cldrKnowsTheTwentySevenMemberStates() {
    Set<String> members = EuMemberStates.fromCldr();
    assertThat(members)
        .hasSize(27)
        .contains("NL", "ES", "DK", "IE", "GR", "HR", "CY", "MT")
        .doesNotContain("GB", "CO", "EU", "EL", "NO", "CH");
    assertThat(EuMemberStates.source()).startsWith("Unicode CLDR ").contains("ICU4J");
  }

  @Test
  void theRegulationBindsThemLessDenmarkAndIreland() {
    assertThat(states.bound()).hasSize(25).contains("NL", "ES").doesNotContain("DK", "IE");
    assertThat(states.binds("CO")).isFalse();
    assertThat(states.binds(null)).isFalse();
  }

  @Test
  void aRegulationRequestBetweenBoundStatesIsFine() {
    assertThat(states.check(LegalInstrument.REGULATION_2018_1805, "ES", "NL")).isEmpty();
  }

  @Test
  void aRegulationRequestToAStateNotBoundIsRefusedOnTheExecutingAgency() {
    for (String executing : List.of("CO", "DK", "IE")) {
      List<Violation> faults = states.check(LegalInstrument.REGULATION_2018_1805, "NL", executing);
      assertThat(faults).extracting(Violation::field).containsExactly("executingAgency");
      assertThat(faults.getFirst().reason()).contains(executing).contains("use instrument MLA");
    }
    assertThat(states.check(LegalInstrument.REGULATION_2018_1805, "NL", "DK").getFirst().reason())
        .contains(RECITALS);
    assertThat(states.check(LegalInstrument.REGULATION_2018_1805, "NL", "CO").getFirst().reason())
        .contains("not a Member State");
  }

  @Test
  void aRegulationRequestFromAStateNotBoundIsRefusedOnTheInstrument() {
    assertThat(states.check(LegalInstrument.REGULATION_2018_1805, "CO", "DK"))
        .extracting(Violation::field)
        .containsExactly("instrument", "executingAgency");
  }

  @Test
  void mlaGoesBetweenAnyTwoStates() {
    assertThat(states.check(LegalInstrument.MLA, "NL", "CO")).isEmpty();
    assertThat(states.check(LegalInstrument.MLA, "NL", "ES")).isEmpty();
    assertThat(states.check(LegalInstrument.MLA, "NL", "DK")).isEmpty();
  }

  @Test
  void theConfigurationIsCheckedAtStartUp() {
    Set<String> members = EuMemberStates.fromCldr();
    String source = EuMemberStates.source();
    assertThatThrownBy(() -> new RegulationStates(members, source, Set.of("UK"), RECITALS))
        .hasMessageContaining("'UK' is configured as not bound but is no Member State");
    assertThatThrownBy(() -> new RegulationStates(members, source, Set.of("DK"), " "))
        .hasMessageContaining("source");
    // an operator who learns that a State now takes part empties the list
    assertThat(new RegulationStates(members, source, Set.of(), null).binds("IE")).isTrue();
  }
}
