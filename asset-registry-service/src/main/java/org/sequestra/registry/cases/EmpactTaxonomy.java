package org.sequestra.registry.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.Violation;

/**
 * The EMPACT priorities cases are tagged with, versioned by policy cycle (configured; seeded with
 * the 2022-2025 and 2026-2029 cycles). A case carries one cycle and priorities of that cycle only:
 * the cycle in force on its opening date unless one is chosen, so that old cases keep theirs when
 * the next cycle starts.
 */
final class EmpactTaxonomy {

  /**
   * A case's cycle and its priorities, checked.
   *
   * @param cycle {@code null} when no cycle was in force on the opening date and none was chosen
   *     (such a case has no priorities)
   */
  record Tags(String cycle, List<String> priorities) {}

  private final List<EmpactCycle> cycles;

  EmpactTaxonomy(List<EmpactCycle> cycles) {
    if (cycles.isEmpty()) {
      throw new IllegalArgumentException("the EMPACT taxonomy needs at least one cycle");
    }
    List<EmpactCycle> sorted =
        cycles.stream().sorted(Comparator.comparing(EmpactCycle::validFrom)).toList();
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (!names.add(sorted.get(i).name())) {
        throw new IllegalArgumentException("EMPACT cycle listed twice: " + sorted.get(i).name());
      }
      // one cycle in force on any day, or "the cycle of the opening date" would be ambiguous
      if (i > 0 && sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException(
            "EMPACT cycles "
                + sorted.get(i - 1).name()
                + " and "
                + sorted.get(i).name()
                + " overlap");
      }
    }
    this.cycles = sorted;
  }

  /** Oldest first. */
  List<EmpactCycle> cycles() {
    return cycles;
  }

  Optional<EmpactCycle> find(String name) {
    return cycles.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  Optional<EmpactCycle> inForceOn(LocalDate day) {
    return cycles.stream().filter(c -> c.inForceOn(day)).findFirst();
  }

  /**
   * The cycle to show by default on {@code today}: the one in force, else (between cycles, or after
   * the last) the latest that has begun, else the first.
   */
  EmpactCycle current(LocalDate today) {
    return inForceOn(today)
        .or(() -> cycles.reversed().stream().filter(c -> !c.validFrom().isAfter(today)).findFirst())
        .orElse(cycles.getFirst());
  }

  /**
   * @throws InvalidRequestException naming {@code field} and the configured cycles
   */
  EmpactCycle cycle(String field, String name) {
    return find(name)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    field, "'" + name + "' is not an EMPACT cycle; configured: " + names()));
  }

  /** For a new case: the chosen cycle, else the one in force on the opening date. */
  Tags forNewCase(String chosenCycle, LocalDate openedOn, List<String> codes) {
    Optional<EmpactCycle> cycle =
        chosenCycle != null ? Optional.of(cycle("empactCycle", chosenCycle)) : inForceOn(openedOn);
    if (cycle.isEmpty()) {
      if (!codes.isEmpty()) {
        throw new InvalidRequestException(
            "empactPriorities",
            "no EMPACT cycle was in force on "
                + openedOn
                + ", the case's opening date; choose one in empactCycle: "
                + names());
      }
      return new Tags(null, List.of());
    }
    return new Tags(cycle.get().name(), checked("empactPriorities", cycle.get(), codes));
  }

  /**
   * For a changed case: a {@code null} choice or list keeps what is stored, and what results must
   * fit together (changing the cycle re-checks the stored priorities against the new one).
   */
  Tags forChangedCase(
      String storedCycle, List<String> storedCodes, String chosenCycle, List<String> codes) {
    EmpactCycle cycle;
    if (chosenCycle != null) {
      cycle = cycle("empactCycle", chosenCycle);
    } else if (codes == null || codes.isEmpty()) {
      return new Tags(storedCycle, codes == null ? storedCodes : List.of());
    } else if (storedCycle == null) {
      throw new InvalidRequestException(
          "empactPriorities",
          "the case has no EMPACT cycle (none was in force on its opening date); choose one in"
              + " empactCycle: "
              + names());
    } else {
      cycle =
          find(storedCycle)
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          "empactPriorities",
                          "the case's EMPACT cycle "
                              + storedCycle
                              + " is not configured any more; choose one in empactCycle: "
                              + names()));
    }
    if (codes != null) {
      return new Tags(cycle.name(), checked("empactPriorities", cycle, codes));
    }
    List<String> misfits = storedCodes.stream().filter(code -> !cycle.has(code)).toList();
    if (!misfits.isEmpty()) {
      throw new InvalidRequestException(
          "empactCycle",
          "the case's priorities "
              + String.join(", ", misfits)
              + " are not of the EMPACT cycle "
              + cycle.name()
              + "; send empactPriorities of that cycle with it ("
              + String.join(", ", cycle.codes())
              + ")");
    }
    return new Tags(cycle.name(), storedCodes);
  }

  /**
   * What a case search for {@code priority} (with its refinements) matches, per cycle: only in
   * {@code cycleName} if given, else in every cycle that knows the code.
   *
   * @throws InvalidRequestException naming {@code field} if no cycle searched knows the code
   */
  Map<String, Set<String>> searched(String field, String cycleName, String priority) {
    List<EmpactCycle> searched =
        cycleName == null ? cycles : List.of(cycle("empactCycle", cycleName));
    Map<String, Set<String>> codes = new LinkedHashMap<>();
    for (EmpactCycle cycle : searched) {
      if (cycle.has(priority)) {
        codes.put(cycle.name(), cycle.withRefinements(priority));
      }
    }
    if (codes.isEmpty()) {
      throw new InvalidRequestException(
          field,
          cycleName == null
              ? unknown(priority)
              : notOf(priority, "the EMPACT cycle", searched.getFirst()));
    }
    return codes;
  }

  /**
   * The codes without repeats, if all are priorities of {@code cycle}.
   *
   * @throws InvalidRequestException naming each code at its position in {@code field}; a code of
   *     another cycle with the codes allowed
   */
  private List<String> checked(String field, EmpactCycle cycle, List<String> codes) {
    List<Violation> wrong = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (!cycle.has(code)) {
        wrong.add(
            new Violation(field + "[" + i + "]", notOf(code, "the case's EMPACT cycle", cycle)));
      }
    }
    if (!wrong.isEmpty()) {
      throw new InvalidRequestException(wrong);
    }
    return List.copyOf(new LinkedHashSet<>(codes));
  }

  private String notOf(String code, String what, EmpactCycle cycle) {
    List<String> others = cycles.stream().filter(c -> c.has(code)).map(EmpactCycle::name).toList();
    if (others.isEmpty()) {
      return unknown(code);
    }
    return "'"
        + code
        + "' is a priority of the EMPACT cycle "
        + String.join(", ", others)
        + ", not of "
        + what
        + " "
        + cycle.name()
        + "; allowed: "
        + String.join(", ", cycle.codes());
  }

  private static String unknown(String code) {
    return "'" + code + "' is not an EMPACT priority";
  }

  private String names() {
    return cycles.stream().map(EmpactCycle::name).collect(Collectors.joining(", "));
  }
}
