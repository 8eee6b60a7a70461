package org.sequestra.freezing.memberstate.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sequestra.freezing.lifecycle.LegalInstrument;
import org.sequestra.platform.web.Violation;

/**
 * The States bound by Regulation (EU) 2018/1805: the Member States of the Union less those that
 * took no part in its adoption (recital 56: Ireland, Protocol No 21; recital 57: Denmark, Protocol
 * No 22). The Regulation works between two of them only (Art 1(1), Art 2(6)-(7)); with any other
 * State a request travels as mutual legal assistance (recital 52: between a bound and a non-bound
 * Member State the Framework Decisions 2003/577/JHA and 2006/783/JHA keep applying). The list of
 * States not bound is configured, with its source, so that an operator can follow a change of the
 * legal position (e.g. an opt-in under Protocol No 21 Art 4).
 */
public final class RegulationStates {

  private final Set<String> memberStates;
  private final String memberStatesSource;
  private final Set<String> notBound;
  private final String notBoundSource;

  /**
   * @throws IllegalArgumentException when a State said not to be bound is no Member State (a typo
   *     in the configuration), or the source of that list is missing
   */
  public RegulationStates(
      Set<String> memberStates,
      String memberStatesSource,
      Set<String> notBound,
      String notBoundSource) {
    this.memberStates = Set.copyOf(memberStates);
    this.memberStatesSource = Objects.requireNonNull(memberStatesSource, "memberStatesSource");
    this.notBound =
        notBound.stream()
            .map(code -> code.strip().toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    for (String code : this.notBound) {
      if (!this.memberStates.contains(code)) {
        throw new IllegalArgumentException(
            "'"
                + code
                + "' is configured as not bound but is no Member State ("
                + memberStatesSource
                + ")");
      }
    }
    if (!this.notBound.isEmpty() && (notBoundSource == null || notBoundSource.isBlank())) {
      throw new IllegalArgumentException("the States not bound need the source they come from");
    }
    this.notBoundSource = notBoundSource == null ? "" : notBoundSource.strip();
  }

  public boolean binds(String country) {
    return country != null && memberStates.contains(country) && !notBound.contains(country);
  }

  /** The States bound, sorted. */
  public Set<String> bound() {
    return memberStates.stream()
        .filter(code -> !notBound.contains(code))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * A request under the Regulation goes from a bound State to a bound State; under MLA it may go
   * between any two (the Regulation replaces only the Framework Decisions between the States it
   * binds, Art 39, and does not apply to civil or administrative proceedings, Art 1(4)).
   *
   * @return a violation on {@code instrument} for an issuing State not bound, on {@code
   *     executingAgency} for an executing State not bound
   */
  public List<Violation> check(
      LegalInstrument instrument, String issuingCountry, String executingCountry) {
    List<Violation> faults = new ArrayList<>();
    if (instrument != LegalInstrument.REGULATION_2018_1805) {
      return faults;
    }
    if (!binds(issuingCountry)) {
      faults.add(new Violation("instrument", notBound("issuing", issuingCountry)));
    }
    if (executingCountry != null && !binds(executingCountry)) {
      faults.add(new Violation("executingAgency", notBound("executing", executingCountry)));
    }
    return faults;
  }

  private String notBound(String side, String country) {
    String why =
        memberStates.contains(country)
            ? "not bound by it: " + notBoundSource
            : "not a Member State of the Union (" + memberStatesSource + ")";
    return "the "
        + side
        + " State "
        + country
        + " is "
        + why
        + "; Regulation (EU) 2018/1805 applies only between States it binds: use instrument MLA";
  }
}
