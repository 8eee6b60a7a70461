package org.sequestra.freezing.document;

import static org.sequestra.freezing.document.SectionBuilder.section;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequestra.freezing.certificate.PropertyParts.Property;
import org.sequestra.freezing.certificate.PropertyParts.PropertyIdentifier;
import org.sequestra.freezing.certificate.PropertyParts.PropertyItem;
import org.sequestra.freezing.document.CertificateDocument.Section;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;

/**
 * Section D of both Annexes. Annex II numbers one point more: its D.1 is what the court decided the
 * property is, and it ends with D.5 on conversion into money. Once issued, each item is followed by
 * the registry's record of its asset as read at issue.
 */
final class PropertySection {

  private PropertySection() {}

  static Section annexOne(Property property, Map<UUID, AssetSnapshot> registry) {
    return build(property, registry, false);
  }

  static Section annexTwo(Property property, Map<UUID, AssetSnapshot> registry) {
    return build(property, registry, true);
  }

  private static Section build(
      Property property, Map<UUID, AssetSnapshot> registry, boolean confiscation) {
    SectionBuilder b =
        section("D", "Information on property to which the order relates").required();
    if (property == null) {
      return b.build();
    }
    int point = 1;
    if (confiscation) {
      b.list(
          point++ + ". The court has decided that the property", property.nature(), Labels::nature);
    }
    b.list(point++ + ". The order concerns", property.scopes(), Labels::scope);
    b.subheading(point++ + ". Amount of money or property of equivalent value")
        .money(
            "The amount for execution in the executing State", property.amountForExecutingState())
        .money("The total amount covered by the order", property.totalAmount())
        .text(
            "Grounds for believing that the affected person has property/income in the executing"
                + " State",
            property.groundsForPropertyInState())
        .text(
            "Description of the property/source of income of the affected person",
            property.incomeDescription())
        .text(
            "Exact location of the property/source of income of the affected person",
            property.incomeLocation())
        .text("Details of the bank account of the affected person", property.bankAccount());
    List<PropertyItem> items = property.items();
    int itemsPoint = point++;
    for (int i = 0; i < items.size(); i++) {
      PropertyItem item = items.get(i);
      if (item != null) {
        item(b, itemsPoint + ". Specific item of property " + (i + 1), item);
        RegistryRecord.lines(b, item.assetId() == null ? null : registry.get(item.assetId()));
      }
    }
    if (confiscation) {
      b.subheading(point + ". Information on conversion and transfer of property")
          .yesNo(
              "The confiscation in the executing State can be carried out through the confiscation"
                  + " of a sum of money corresponding to the value of the property",
              property.conversionToMoneyAllowed());
    }
    return b.build();
  }

  private static void item(SectionBuilder b, String heading, PropertyItem item) {
    b.subheading(heading)
        .text("Description of the item of property", item.description())
        .text("Location of the item of property", item.location())
        .list("Identifiers", item.identifiers(), PropertySection::identifier)
        .money("Estimated value", item.estimatedValue())
        .choice(
            "Grounds for the transmission of the order to the executing State",
            item.transmissionGround(),
            Labels::transmissionGround)
        .text(
            "Asset in the issuing agency's register",
            item.assetId() == null ? null : item.assetId().toString());
  }

  private static String identifier(PropertyIdentifier identifier) {
    if (identifier.value() == null) {
      return null;
    }
    return identifier.type() == null
        ? identifier.value()
        : identifier.type() + ": " + identifier.value();
  }
}
