package org.sequestra.freezing.request;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.certificate.PropertyParts.Property;
import org.sequestra.freezing.certificate.PropertyParts.PropertyIdentifier;
import org.sequestra.freezing.certificate.PropertyParts.PropertyItem;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The side table of a request's normalised asset identifiers (V55): the certificate's, rewritten
 * with each draft, and at issue the registry's identifiers of its assets, so that a prosecutor
 * finds the request by what the registry knows of an asset even where the certificate names it
 * otherwise.
 */
@Component
public class RequestIdentifiers {

  /**
   * The registry's fields that qualify an identifier rather than name an asset: indexed, a search
   * for a bank's BIC or for "ETHEREUM" would find every request with an account or wallet there.
   */
  private static final Set<String> QUALIFIERS =
      Set.of("BIC", "REGISTRATION_JURISDICTION", "CADASTRAL_COUNTRY", "CHAIN");

  private final JdbcTemplate jdbc;

  RequestIdentifiers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Call after the request row is written (flushed), inside the draft's transaction. */
  void index(UUID requestId, Certificate certificate) {
    jdbc.update("delete from request_identifier where request_id = ?", requestId);
    insert(jdbc, requestId, keys(certificate));
  }

  /** Call in the issuing transaction with the snapshots kept; the certificate's stay indexed. */
  public void addRegistryIdentifiers(UUID requestId, List<AssetSnapshot> snapshots) {
    insert(
        jdbc,
        requestId,
        registryKeys(
            snapshots.stream().flatMap(snapshot -> snapshot.identifiers().stream()).toList()));
  }

  /** Adds what is not there yet, in one batch; also used by {@link IdentifierBackfill}. */
  static void insert(JdbcTemplate jdbc, UUID requestId, List<String[]> typesAndKeys) {
    if (typesAndKeys.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "insert into request_identifier (request_id, identifier_type, identifier_key)"
            + " values (?, ?, ?) on conflict do nothing",
        typesAndKeys.stream()
            .map(typeAndKey -> new Object[] {requestId, typeAndKey[0], typeAndKey[1]})
            .toList());
  }

  /** The registry's identifiers of a request's assets as type and key pairs. */
  static List<String[]> registryKeys(List<AssetSnapshot.Identifier> identifiers) {
    Set<String> seen = new LinkedHashSet<>();
    for (AssetSnapshot.Identifier identifier : identifiers) {
      if (identifier.type() != null
          && identifier.value() != null
          && !QUALIFIERS.contains(identifier.type())) {
        add(seen, identifier.type(), identifier.value());
      }
    }
    return split(seen);
  }

  /** The certificate's identifiers as type and key pairs. */
  static List<String[]> keys(Certificate certificate) {
    Property property = certificate.property();
    Set<String> seen = new LinkedHashSet<>();
    if (property != null) {
      // Section D's account for a money amount is an IBAN when it is a valid one.
      if (property.bankAccount() != null) {
        add(seen, "IBAN", property.bankAccount());
      }
      for (PropertyItem item : property.items()) {
        for (PropertyIdentifier identifier : item.identifiers()) {
          if (identifier.type() != null && identifier.value() != null) {
            add(seen, identifier.type(), identifier.value());
          }
        }
      }
    }
    return split(seen);
  }

  private static List<String[]> split(Set<String> typesAndKeys) {
    return typesAndKeys.stream().map(entry -> entry.split("\u0000", 2)).toList();
  }

  private static void add(Set<String> seen, String type, String value) {
    String normalisedType = IdentifierKeys.type(type);
    if (normalisedType.isEmpty() || normalisedType.length() > 32) {
      return;
    }
    IdentifierKeys.key(type, value)
        .filter(key -> key.length() <= 255)
        .ifPresent(key -> seen.add(normalisedType + "\u0000" + key));
  }
}
