package org.sequestra.freezing.snapshot.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.certificate.PropertyParts.PropertyItem;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.platform.web.Violation;

/**
 * Whether the registry's assets may be the property of a certificate (issue 11: "the property
 * refers to assets of the issuing agency's case in the registry"). Each item's asset must be one
 * the issuer can see, of the request's case, and in a status from which the registry's lifecycle
 * can still take it where the request leads: IDENTIFIED, FREEZE_REQUESTED or FROZEN. The relay
 * later asks the registry for FREEZE_REQUESTED, then FROZEN or CONFISCATED; an asset already
 * CONFISCATED (Art 13(3)(a) / 22(3)(a): nothing left to freeze or confiscate), DISPOSED, RESTITUTED
 * or RELEASED (final in the registry) cannot follow, and a status this service does not know is
 * refused as well rather than guessed at.
 */
public final class SnapshotRules {

  /** The registry statuses an asset may have when a certificate naming it is issued. */
  public static final Set<String> OPEN = Set.of("IDENTIFIED", "FREEZE_REQUESTED", "FROZEN");

  private SnapshotRules() {}

  /** Every item whose asset fails a rule, by the item's field path; empty when all pass. */
  public static List<Violation> check(
      RequestKind kind, UUID caseId, Certificate certificate, RegistryReadings readings) {
    List<Violation> faults = new ArrayList<>();
    List<PropertyItem> items = items(certificate);
    String at = sectionD(certificate);
    for (int i = 0; i < items.size(); i++) {
      UUID assetId = items.get(i).assetId();
      if (assetId == null) {
        continue;
      }
      String field = at + ".items[" + i + "].assetId";
      AssetSnapshot asset = readings.of(assetId).orElse(null);
      if (asset == null) {
        faults.add(new Violation(field, "is no asset of the registry the issuer may see"));
      } else if (!asset.caseId().equals(caseId)) {
        faults.add(new Violation(field, "is an asset of another registry case, not of " + caseId));
      } else if (!OPEN.contains(asset.status())) {
        faults.add(
            new Violation(
                field,
                "is "
                    + asset.status()
                    + " in the registry: only an asset IDENTIFIED, FREEZE_REQUESTED or FROZEN can"
                    + " be the object of a "
                    + kind.name().toLowerCase(Locale.ROOT)
                    + " request"));
      }
    }
    return faults;
  }

  /** The snapshots of the certificate's assets, in its order, each once. */
  public static List<AssetSnapshot> snapshots(Certificate certificate, RegistryReadings readings) {
    return certificate.assetIds().stream()
        .map(assetId -> readings.of(assetId).orElseThrow())
        .toList();
  }

  private static List<PropertyItem> items(Certificate certificate) {
    return certificate.property() == null ? List.of() : certificate.property().items();
  }

  private static String sectionD(Certificate certificate) {
    return certificate.freezingCertificate() != null
        ? "freezingCertificate.sectionD"
        : "confiscationCertificate.sectionD";
  }
}
