package org.sequestra.freezing.document;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot.Identifier;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot.Valuation;

/**
 * An item of property as the asset registry recorded it when the certificate was issued, printed
 * after the issuer's own description of the item so that both can be compared.
 */
final class RegistryRecord {

  private static final DateTimeFormatter READ =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private RegistryRecord() {}

  static void lines(SectionBuilder b, AssetSnapshot asset) {
    if (asset == null) {
      return;
    }
    b.subheading(
            "As recorded in the asset registry at issue (read " + READ.format(asset.readAt()) + ")")
        .text("Registry asset type and status", asset.type() + ", " + asset.status())
        .text("Registry description", asset.description())
        .list("Registry identifiers", asset.identifiers(), RegistryRecord::identifier)
        .text("Registry location (country)", asset.locationCountry())
        .text("Registry valuation", valuation(asset.valuation()))
        .text("Registry case", registryCase(asset));
  }

  /** The case's national reference with the registry's id; the id alone for older snapshots. */
  private static String registryCase(AssetSnapshot asset) {
    String id = asset.caseId() == null ? null : asset.caseId().toString();
    if (asset.caseReference() == null) {
      return id;
    }
    return id == null ? asset.caseReference() : asset.caseReference() + " (registry id " + id + ")";
  }

  private static String identifier(Identifier identifier) {
    return identifier.value() == null ? null : identifier.type() + ": " + identifier.value();
  }

  private static String valuation(Valuation valuation) {
    return valuation == null
        ? null
        : SectionBuilder.money(valuation.estimatedValue()) + " as of " + valuation.valuationDate();
  }
}
