package org.sequestra.registry.cases;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One EU policy cycle of EMPACT: its priorities, the days it is in force and the Council act that
 * set them. Checked once at start-up so that a bad configuration fails early.
 */
final class EmpactCycle {

  private static final Pattern NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,15}");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");

  private final String name;
  private final LocalDate validFrom;
  private final LocalDate validTo;
  private final String source;
  private final Map<String, EmpactPriority> byCode = new LinkedHashMap<>();

  EmpactCycle(
      String name,
      LocalDate validFrom,
      LocalDate validTo,
      String source,
      List<EmpactPriority> priorities) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "EMPACT cycle name must be 1-16 of A-Z, a-z, 0-9, '.', '_', '-': " + name);
    }
    if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "EMPACT cycle " + name + " needs valid-from on or before valid-to");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(
          "EMPACT cycle " + name + " needs its source (the act that adopted it)");
    }
    this.name = name;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.source = source;
    for (EmpactPriority priority : priorities) {
      if (priority.code() == null || !CODE.matcher(priority.code()).matches()) {
        throw new IllegalArgumentException(
            "EMPACT priority code must be 1-64 of A-Z, 0-9, _: " + priority.code());
      }
      if (priority.label() == null || priority.label().isBlank()) {
        throw new IllegalArgumentException("EMPACT priority " + priority.code() + " needs a label");
      }
      if (byCode.put(priority.code(), priority) != null) {
        throw new IllegalArgumentException(
            "EMPACT priority listed twice in cycle " + name + ": " + priority.code());
      }
    }
    for (EmpactPriority priority : priorities) {
      if (priority.parent() != null && !byCode.containsKey(priority.parent())) {
        throw new IllegalArgumentException(
            "EMPACT priority " + priority.code() + " refines unknown " + priority.parent());
      }
    }
  }

  String name() {
    return name;
  }

  LocalDate validFrom() {
    return validFrom;
  }

  LocalDate validTo() {
    return validTo;
  }

  String source() {
    return source;
  }

  /** Parents before their sub-priorities, as configured. */
  List<EmpactPriority> priorities() {
    return List.copyOf(byCode.values());
  }

  Set<String> codes() {
    return byCode.keySet();
  }

  boolean has(String code) {
    return byCode.containsKey(code);
  }

  boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }

  boolean overlaps(EmpactCycle other) {
    return !validTo.isBefore(other.validFrom) && !other.validTo.isBefore(validFrom);
  }

  /** The code (of this cycle) and every priority that refines it, at any depth. */
  Set<String> withRefinements(String code) {
    Set<String> codes = new LinkedHashSet<>(List.of(code));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (EmpactPriority priority : byCode.values()) {
        if (priority.parent() != null && codes.contains(priority.parent())) {
          grew |= codes.add(priority.code());
        }
      }
    }
    return codes;
  }
}
