package org.sequestra.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.Violation;

class EmpactTaxonomyTest {

  private final EmpactTaxonomy taxonomy =
      new EmpactTaxonomy(
          "2022-2025",
          List.of(
              new EmpactPriority("DRUGS_TRAFFICKING", "Drugs trafficking", null),
              new EmpactPriority("DRUGS_SYNTHETIC_NPS", "Synthetic drugs", "DRUGS_TRAFFICKING"),
              new EmpactPriority("ENVIRONMENTAL_CRIME", "Environmental crime", null)));

  @Test
  void knownCodesPassWithoutRepeats() {
    assertThat(
            taxonomy.checked(
                "empactPriorities",
                List.of("ENVIRONMENTAL_CRIME", "DRUGS_TRAFFICKING", "ENVIRONMENTAL_CRIME")))
        .containsExactly("ENVIRONMENTAL_CRIME", "DRUGS_TRAFFICKING");
  }

  @Test
  void everyUnknownCodeIsNamedAtItsPosition() {
    assertThatThrownBy(
            () ->
                taxonomy.checked(
                    "empactPriorities",
                    List.of("DRUGS_TRAFFICKING", "PIRACY", "drugs_trafficking")))
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
  void aPriorityCoversItsRefinements() {
    assertThat(taxonomy.withRefinements("empactPriority", "DRUGS_TRAFFICKING"))
        .containsExactlyInAnyOrder("DRUGS_TRAFFICKING", "DRUGS_SYNTHETIC_NPS");
    assertThat(taxonomy.withRefinements("empactPriority", "DRUGS_SYNTHETIC_NPS"))
        .containsExactly("DRUGS_SYNTHETIC_NPS");
  }

  @Test
  void aBrokenConfigurationFailsAtStartUp() {
    assertThatThrownBy(
            () ->
                new EmpactTaxonomy(
                    "x",
                    List.of(
                        new EmpactPriority("A", "a", null),
                        new EmpactPriority("A", "again", null))))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(
            () -> new EmpactTaxonomy("x", List.of(new EmpactPriority("B", "b", "MISSING"))))
        .hasMessageContaining("refines unknown MISSING");
    assertThatThrownBy(
            () -> new EmpactTaxonomy("x", List.of(new EmpactPriority("lower case", "b", null))))
        .hasMessageContaining("code");
  }
}
