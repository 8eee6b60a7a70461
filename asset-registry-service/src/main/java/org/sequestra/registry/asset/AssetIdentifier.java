package org.sequestra.registry.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One identifier of an asset in normalised form. {@code field} is its name in the API ({@code
 * iban}, {@code walletAddress}); {@code qualifier} what it needs to be unambiguous (the chain of a
 * wallet, the country of a cadastre or company register). Identifiers that name the same property
 * wherever it is registered carry a {@code matchType} and {@code matchKey}: the pair that the
 * cross-agency hit/no-hit check compares.
 */
@Embeddable
public class AssetIdentifier {

  private String field;

  private String value;

  private String qualifier;

  @Column(name = "match_type")
  private String matchType;

  @Column(name = "match_key")
  private String matchKey;

  protected AssetIdentifier() {}

  AssetIdentifier(String field, String value, String qualifier, String matchType, String matchKey) {
    this.field = field;
    this.value = value;
    this.qualifier = qualifier;
    this.matchType = matchType;
    this.matchKey = matchKey;
  }

  public String getField() {
    return field;
  }

  public String getValue() {
    return value;
  }

  public String getQualifier() {
    return qualifier;
  }

  public String getMatchType() {
    return matchType;
  }

  public String getMatchKey() {
    return matchKey;
  }

  public boolean isMatchable() {
    return matchKey != null;
  }
}
