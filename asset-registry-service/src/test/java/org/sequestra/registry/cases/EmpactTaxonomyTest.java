package org.sequestra.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.Violation;

class EmpactTaxonomyTest {

  private static final LocalDate IN_2024 = LocalDate.parse("2024-05-01");
  private static final LocalDate IN_2026 = LocalDate.parse("2026-03-01");

  private static EmpactCycle cycle(String name, String from, String to, EmpactPriority... items) {
    return new EmpactCycle(
        name, LocalDate.parse(from), LocalDate.parse(to), "Council conclusions", List.of(items));
  }

  private static final EmpactCycle OLD =
      cycle(
          "2022-2025",
          "2022-01-01",
          "2025-12-31",
          new EmpactPriority("DRUGS_TRAFFICKING", "Drugs trafficking", null),
          new EmpactPriority("DRUGS_SYNTHETIC_NPS", "Synthetic drugs", "DRUGS_TRAFFICKING"),
          new EmpactPriority("HIGH_RISK_CRIMINAL_NETWORKS", "High-risk criminal networks", null),
          new EmpactPriority("ENVIRONMENTAL_CRIME", "Environmental crime", null));

  private static final EmpactCycle NEW =
      cycle(
          "2026-2029",
          "2026-01-01",
          "2029-12-31",
          new EmpactPriority("DRUGS_TRAFFICKING", "Drug trafficking", null),
          new EmpactPriority("FIREARMS_AND_EXPLOSIVES", "Firearms and explosives", null));

  // listed out of order on purpose: the taxonomy sorts its cycles
  private final EmpactTaxonomy taxonomy = new EmpactTaxonomy(List.of(NEW, OLD));

  @Test
  void knownCodesPassWithoutRepeats() {
    assertThat(
            taxonomy
                .forNewCase(
                    null,
                    IN_2024,
                    List.of("ENVIRONMENTAL_CRIME", "DRUGS_TRAFFICKING", "ENVIRONMENTAL_CRIME"))
                .priorities())
        .containsExactly("ENVIRONMENTAL_CRIME", "DRUGS_TRAFFICKING");
  }

  @Test
  void everyUnknownCodeIsNamedAtItsPosition() {
    assertThatThrownBy(
            () ->
                taxonomy.forNewCase(
                    null, IN_2024, List.of("DRUGS_TRAFFICKING", "PIRACY", "drugs_trafficking")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("empactPriorities[1]", "'PIRACY' is not an EMPACT priority"),
                        new Violation(
                            "empactPriorities[2]",
                            "'drugs_trafficking' is not an EMPACT priority")));
  }

  @Test
  void aCaseTakesTheCycleInForceOnItsOpeningDayUnlessOneIsChosen() {
    assertThat(taxonomy.cycles())
        .extracting(EmpactCycle::name)
        .containsExactly("2022-2025", "2026-2029");
    assertThat(taxonomy.forNewCase(null, IN_2026, List.of("FIREARMS_AND_EXPLOSIVES")))
        .isEqualTo(new EmpactTaxonomy.Tags("2026-2029", List.of("FIREARMS_AND_EXPLOSIVES")));
    assertThat(taxonomy.forNewCase(null, LocalDate.parse("2025-12-31"), List.of()).cycle())
        .isEqualTo("2022-2025");
    assertThat(taxonomy.forNewCase(null, LocalDate.parse("2026-01-01"), List.of()).cycle())
        .isEqualTo("2026-2029");
    assertThat(taxonomy.forNewCase("2022-2025", IN_2026, List.of("HIGH_RISK_CRIMINAL_NETWORKS")))
        .isEqualTo(new EmpactTaxonomy.Tags("2022-2025", List.of("HIGH_RISK_CRIMINAL_NETWORKS")));
  }

  @Test
  void aCodeOfAnotherCycleIsNamedWithTheCodesAllowed() {
    assertThatThrownBy(
            () -> taxonomy.forNewCase(null, IN_2026, List.of("HIGH_RISK_CRIMINAL_NETWORKS")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation(
                            "empactPriorities[0]",
                            "'HIGH_RISK_CRIMINAL_NETWORKS' is a priority of the EMPACT cycle"
                                + " 2022-2025, not of the case's EMPACT cycle 2026-2029; allowed:"
                                + " DRUGS_TRAFFICKING, FIREARMS_AND_EXPLOSIVES")));
    assertThatThrownBy(() -> taxonomy.forNewCase("2018-2021", IN_2026, List.of()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation(
                            "empactCycle",
                            "'2018-2021' is not an EMPACT cycle; configured: 2022-2025,"
                                + " 2026-2029")));
  }

  @Test
  void withoutACycleInForceACaseHasNoneAndNoPriorities() {
    LocalDate before = LocalDate.parse("2019-06-01");
    assertThat(taxonomy.forNewCase(null, before, List.of()))
        .isEqualTo(new EmpactTaxonomy.Tags(null, List.of()));
    assertThatThrownBy(() -> taxonomy.forNewCase(null, before, List.of("DRUGS_TRAFFICKING")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("empactPriorities no EMPACT cycle was in force on 2019-06-01")
        .hasMessageContaining("2022-2025, 2026-2029");
    assertThatThrownBy(
            () -> taxonomy.forChangedCase(null, List.of(), null, List.of("DRUGS_TRAFFICKING")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("empactPriorities the case has no EMPACT cycle");
    assertThat(taxonomy.forChangedCase(null, List.of(), "2026-2029", List.of("DRUGS_TRAFFICKING")))
        .isEqualTo(new EmpactTaxonomy.Tags("2026-2029", List.of("DRUGS_TRAFFICKING")));
  }

  @Test
  void aChangedCaseKeepsItsCycleAndMovesOnlyWithPrioritiesThatFit() {
    assertThat(
            taxonomy.forChangedCase(
                "2022-2025", List.of("DRUGS_TRAFFICKING"), null, List.of("ENVIRONMENTAL_CRIME")))
        .isEqualTo(new EmpactTaxonomy.Tags("2022-2025", List.of("ENVIRONMENTAL_CRIME")));
    assertThatThrownBy(
            () ->
                taxonomy.forChangedCase(
                    "2022-2025", List.of(), null, List.of("FIREARMS_AND_EXPLOSIVES")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("empactPriorities[0] 'FIREARMS_AND_EXPLOSIVES'")
        .hasMessageContaining("allowed: DRUGS_TRAFFICKING, DRUGS_SYNTHETIC_NPS,");
    // the stored priorities go along when the new cycle has them too
    assertThat(
            taxonomy.forChangedCase("2022-2025", List.of("DRUGS_TRAFFICKING"), "2026-2029", null))
        .isEqualTo(new EmpactTaxonomy.Tags("2026-2029", List.of("DRUGS_TRAFFICKING")));
    assertThatThrownBy(
            () ->
                taxonomy.forChangedCase(
                    "2022-2025",
                    List.of("DRUGS_TRAFFICKING", "HIGH_RISK_CRIMINAL_NETWORKS"),
                    "2026-2029",
                    null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation(
                            "empactCycle",
                            "the case's priorities HIGH_RISK_CRIMINAL_NETWORKS are not of the"
                                + " EMPACT cycle 2026-2029; send empactPriorities of that cycle"
                                + " with it (DRUGS_TRAFFICKING, FIREARMS_AND_EXPLOSIVES)")));
    // a cycle a deployment no longer configures: the stored case can still be retagged elsewhere
    assertThatThrownBy(() -> taxonomy.forChangedCase("2018-2021", List.of("X"), null, List.of("Y")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("2018-2021 is not configured any more");
  }

  @Test
  void aPriorityCoversItsRefinementsWithinEachCycle() {
    assertThat(taxonomy.searched("empactPriority", null, "DRUGS_TRAFFICKING"))
        .isEqualTo(
            Map.of(
                "2022-2025", Set.of("DRUGS_TRAFFICKING", "DRUGS_SYNTHETIC_NPS"),
                "2026-2029", Set.of("DRUGS_TRAFFICKING")));
    assertThat(taxonomy.searched("empactPriority", null, "DRUGS_SYNTHETIC_NPS"))
        .isEqualTo(Map.of("2022-2025", Set.of("DRUGS_SYNTHETIC_NPS")));
    assertThat(taxonomy.searched("empactPriority", "2026-2029", "DRUGS_TRAFFICKING"))
        .isEqualTo(Map.of("2026-2029", Set.of("DRUGS_TRAFFICKING")));
    assertThatThrownBy(
            () -> taxonomy.searched("empactPriority", "2026-2029", "DRUGS_SYNTHETIC_NPS"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(
            "empactPriority 'DRUGS_SYNTHETIC_NPS' is a priority of the EMPACT"
                + " cycle 2022-2025, not of the EMPACT cycle 2026-2029");
    assertThatThrownBy(() -> taxonomy.searched("empactPriority", null, "PIRACY"))
        .hasMessage("empactPriority 'PIRACY' is not an EMPACT priority");
  }

  @Test
  void theCurrentCycleIsTheOneInForceElseTheLatestBegun() {
    assertThat(taxonomy.current(IN_2024).name()).isEqualTo("2022-2025");
    assertThat(taxonomy.current(IN_2026).name()).isEqualTo("2026-2029");
    assertThat(taxonomy.current(LocalDate.parse("2031-01-01")).name()).isEqualTo("2026-2029");
    assertThat(taxonomy.current(LocalDate.parse("2019-01-01")).name()).isEqualTo("2022-2025");
  }

  @Test
  void aBrokenConfigurationFailsAtStartUp() {
    assertThatThrownBy(
            () ->
                cycle(
                    "x",
                    "2022-01-01",
                    "2025-12-31",
                    new EmpactPriority("A", "a", null),
                    new EmpactPriority("A", "again", null)))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(
            () -> cycle("x", "2022-01-01", "2025-12-31", new EmpactPriority("B", "b", "MISSING")))
        .hasMessageContaining("refines unknown MISSING");
    assertThatThrownBy(
            () ->
                cycle("x", "2022-01-01", "2025-12-31", new EmpactPriority("lower case", "b", null)))
        .hasMessageContaining("code");
    assertThatThrownBy(() -> cycle("x", "2025-01-01", "2024-12-31"))
        .hasMessageContaining("valid-from on or before valid-to");
    assertThatThrownBy(
            () ->
                new EmpactCycle(
                    "x",
                    LocalDate.parse("2022-01-01"),
                    LocalDate.parse("2025-12-31"),
                    " ",
                    List.of()))
        .hasMessageContaining("source");
    assertThatThrownBy(
            () -> new EmpactTaxonomy(List.of(OLD, cycle("2025-2028", "2025-06-01", "2028-12-31"))))
        .hasMessageContaining("EMPACT cycles 2022-2025 and 2025-2028 overlap");
    assertThatThrownBy(
            () -> new EmpactTaxonomy(List.of(OLD, cycle("2022-2025", "2030-01-01", "2033-12-31"))))
        .hasMessageContaining("EMPACT cycle listed twice");
    assertThatThrownBy(() -> new EmpactTaxonomy(List.of())).hasMessageContaining("at least one");
  }
}
