package org.sequestra.freezing.request;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The languages each executing State accepts certificates in (Art 6(2)-(3), 17(2)-(3): an official
 * language of that State, or another it declared). Keyed by ISO 3166 country, values ISO 639-1
 * codes, e.g. {@code sequestra.freezing.accepted-languages.ES=es}. The operator sets the table from
 * the Member States' declarations; no default ships, and a State without an entry accepts any
 * language.
 */
@ConfigurationProperties("sequestra.freezing")
public record AcceptedLanguages(Map<String, Set<String>> acceptedLanguages) {

  public AcceptedLanguages {
    acceptedLanguages =
        acceptedLanguages == null
            ? Map.of()
            : acceptedLanguages.entrySet().stream()
                .collect(
                    Collectors.toUnmodifiableMap(
                        entry -> entry.getKey().toUpperCase(Locale.ROOT),
                        entry ->
                            entry.getValue().stream()
                                .map(language -> language.toLowerCase(Locale.ROOT))
                                .collect(Collectors.toUnmodifiableSet())));
  }

  /** The languages the State accepts; null when the table sets no restriction for it. */
  public Set<String> of(String country) {
    return acceptedLanguages.get(country);
  }
}
