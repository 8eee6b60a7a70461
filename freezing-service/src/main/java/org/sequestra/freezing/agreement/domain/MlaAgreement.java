package org.sequestra.freezing.agreement.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sequestra.freezing.deadline.DeadlinePeriod;

/**
 * A mutual legal assistance agreement as the operator entered it from the treaty's text: which
 * States are party to it and the deadlines it sets, if any. Sequestra ships none; each entry names
 * its source so that a user can check it.
 *
 * @param countries the States party to it (ISO 3166-1 alpha-2); a request under it goes between two
 *     of them
 * @param recognition the time to decide on recognition, from receipt; null when the agreement sets
 *     none
 * @param execution the time to execute, from the decision to recognise; null when it sets none
 */
public record MlaAgreement(
    String id,
    String name,
    String source,
    Set<String> countries,
    DeadlinePeriod recognition,
    DeadlinePeriod execution) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Set<String> ISO_COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  public MlaAgreement {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "MLA agreement id '" + id + "' must be 1-64 letters, digits, '.', '_' or '-'");
    }
    name = text(id, "name", name, 255);
    source = text(id, "source", source, 500);
    if (countries == null || countries.isEmpty()) {
      throw new IllegalArgumentException("MLA agreement " + id + " names no country");
    }
    TreeSet<String> codes = new TreeSet<>();
    for (String country : countries) {
      String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
      if (!ISO_COUNTRIES.contains(code)) {
        throw new IllegalArgumentException(
            "MLA agreement " + id + ": '" + country + "' is not an ISO 3166-1 alpha-2 code");
      }
      codes.add(code);
    }
    countries = java.util.Collections.unmodifiableSortedSet(codes);
  }

  private static String text(String id, String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(
          "MLA agreement " + id + ": " + field + " is required, at most " + max + " characters");
    }
    return value.strip();
  }

  public boolean covers(String country) {
    return country != null && countries.contains(country);
  }

  /** How its deadlines name their legal basis: the agreement and where its text is. */
  public String legalBasis() {
    return name + " (" + source + ")";
  }

  /** The terms a request fixes when it names the agreement. */
  public Terms terms() {
    return new Terms(id, legalBasis(), recognition, execution);
  }

  /**
   * What a request keeps of the agreement it names, so that its deadlines stay as they were when
   * the draft was saved even if the table changes later.
   */
  public record Terms(
      String agreementId, String legalBasis, DeadlinePeriod recognition, DeadlinePeriod execution) {

    public Terms {
      Objects.requireNonNull(agreementId, "agreementId");
      Objects.requireNonNull(legalBasis, "legalBasis");
    }
  }
}
