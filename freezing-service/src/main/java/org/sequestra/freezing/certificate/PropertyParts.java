package org.sequestra.freezing.certificate;

import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.money.Money;

/** Section D of both certificates: the property the order relates to. */
public final class PropertyParts {

  private PropertyParts() {}

  public enum PropertyScope {
    MONEY_AMOUNT,
    SPECIFIC_ITEMS,
    EQUIVALENT_VALUE
  }

  /** Annex II D.1: what the court decided the property is. */
  public enum PropertyNature {
    PROCEEDS,
    INSTRUMENTALITIES,
    DIRECTIVE_2014_42_POWERS,
    OTHER_CONFISCATION_POWERS
  }

  public enum TransmissionGround {
    LOCATED_IN_EXECUTING_STATE,
    REGISTERED_IN_EXECUTING_STATE,
    BELIEVED_IN_EXECUTING_STATE
  }

  public record PropertyIdentifier(String type, String value) {}

  /** An item of property: an asset of the issuing agency's case in the registry. */
  public record PropertyItem(
      UUID assetId,
      String description,
      String location,
      List<PropertyIdentifier> identifiers,
      Money estimatedValue,
      TransmissionGround transmissionGround) {
    public PropertyItem {
      identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
  }

  /** Section D; {@code nature} and {@code conversionToMoneyAllowed} are Annex II's only. */
  public record Property(
      List<PropertyNature> nature,
      List<PropertyScope> scopes,
      Money amountForExecutingState,
      Money totalAmount,
      String groundsForPropertyInState,
      String incomeDescription,
      String incomeLocation,
      String bankAccount,
      List<PropertyItem> items,
      Boolean conversionToMoneyAllowed) {
    public Property {
      nature = nature == null ? List.of() : List.copyOf(nature);
      scopes = scopes == null ? List.of() : List.copyOf(scopes);
      items = items == null ? List.of() : List.copyOf(items);
    }
  }
}
