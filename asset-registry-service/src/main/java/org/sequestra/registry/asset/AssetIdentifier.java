package org.sequestra.registry.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One identifier of an asset in normalised form. {@code field} is its name in the API ({@code
 * iban}, {@code walletAddress}); {@code qualifier} what it needs to be unambiguous (the chain of a
 * wallet, the country of a cadastre or company register). Identifiers that name the same property
 * wherever it is registered carry a {@code matchType} and {@code matchKey}: the pair that the
 * cross-agency hit/no-hit check compares.
 *
 * <p>Equal when all its values are: an asset holds its identifiers as a set. {@code field} and
 * {@code value} are never null (as in the table): Hibernate removes a changed identifier's row by
 * the non-null columns only, which must name that one row.
 */
@Embeddable
public class AssetIdentifier {

  @Column(nullable = false)
  private String field;

  @Column(nullable = false)
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

  @Override
  public boolean equals(Object other) {
    return other instanceof AssetIdentifier that
        && Objects.equals(field, that.field)
        && Objects.equals(value, that.value)
        && Objects.equals(qualifier, that.qualifier)
        && Objects.equals(matchType, that.matchType)
        && Objects.equals(matchKey, that.matchKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value, qualifier, matchType, matchKey);
  }
}
