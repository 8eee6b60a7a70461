package org.sequestra.registry.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.platform.web.Violation;

/**
 * The EMPACT priorities cases are tagged with: a configured list (seeded with the 2022-2025 policy
 * cycle), checked once at start-up so that a bad configuration fails early rather than per request.
 */
final class EmpactTaxonomy {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");

  private final String cycle;
  private final Map<String, EmpactPriority> byCode = new LinkedHashMap<>();

  EmpactTaxonomy(String cycle, List<EmpactPriority> priorities) {
    this.cycle = cycle;
    for (EmpactPriority priority : priorities) {
      if (priority.code() == null || !CODE.matcher(priority.code()).matches()) {
        throw new IllegalArgumentException(
            "EMPACT priority code must be 1-64 of A-Z, 0-9, _: " + priority.code());
      }
      if (priority.label() == null || priority.label().isBlank()) {
        throw new IllegalArgumentException("EMPACT priority " + priority.code() + " needs a label");
      }
      if (byCode.put(priority.code(), priority) != null) {
        throw new IllegalArgumentException("EMPACT priority listed twice: " + priority.code());
      }
    }
    for (EmpactPriority priority : priorities) {
      if (priority.parent() != null && !byCode.containsKey(priority.parent())) {
        throw new IllegalArgumentException(
            "EMPACT priority " + priority.code() + " refines unknown " + priority.parent());
      }
    }
  }

  String cycle() {
    return cycle;
  }

  List<EmpactPriority> priorities() {
    return List.copyOf(byCode.values());
  }

  /**
   * The codes without repeats, if all are in the taxonomy.
   *
   * @throws InvalidRequestException naming each unknown code at its position in {@code field}
   */
  List<String> checked(String field, List<String> codes) {
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      if (!byCode.containsKey(codes.get(i))) {
        unknown.add(
            new Violation(
                field + "[" + i + "]", "'" + codes.get(i) + "' is not an EMPACT priority"));
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidRequestException(unknown);
    }
    return List.copyOf(new LinkedHashSet<>(codes));
  }

  /** The code and every priority that refines it, at any depth. */
  Set<String> withRefinements(String field, String code) {
    if (!byCode.containsKey(code)) {
      throw new InvalidRequestException(field, "'" + code + "' is not an EMPACT priority");
    }
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
