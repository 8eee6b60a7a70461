package org.sequestra.freezing.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.certificate.FreezingCertificate;
import org.sequestra.freezing.certificate.PropertyParts.Property;
import org.sequestra.freezing.certificate.PropertyParts.PropertyItem;
import org.sequestra.freezing.lifecycle.RequestKind;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.sequestra.freezing.snapshot.domain.RegistryReadings;
import org.sequestra.freezing.snapshot.domain.SnapshotRules;
import org.sequestra.platform.web.Violation;

/** Which registry statuses a certificate's asset may have at issue, for either kind of request. */
class SnapshotRulesTest {

  private static final UUID CASE = UUID.randomUUID();
  private static final UUID ASSET = UUID.randomUUID();

  @ParameterizedTest
  @CsvSource({
    "IDENTIFIED, FREEZING, true",
    "FREEZE_REQUESTED, FREEZING, true",
    "FROZEN, FREEZING, true",
    "CONFISCATED, FREEZING, false",
    "DISPOSED, FREEZING, false",
    "RESTITUTED, FREEZING, false",
    "RELEASED, FREEZING, false",
    "UNKNOWN, FREEZING, false",
    "IDENTIFIED, CONFISCATION, true",
    "FROZEN, CONFISCATION, true",
    "CONFISCATED, CONFISCATION, false",
    "DISPOSED, CONFISCATION, false",
    "RELEASED, CONFISCATION, false"
  })
  void anAssetMayBeNamedOnlyWhileTheRegistryCanStillTakeItWhereTheRequestLeads(
      String status, RequestKind kind, boolean allowed) {
    List<Violation> faults = SnapshotRules.check(kind, CASE, certificate(), readings(status, CASE));
    assertThat(faults.isEmpty()).as(faults.toString()).isEqualTo(allowed);
    if (!allowed) {
      assertThat(faults.getFirst().field())
          .isEqualTo("freezingCertificate.sectionD.items[0].assetId");
    }
  }

  @ParameterizedTest
  @CsvSource({"true", "false"})
  void anAssetOfAnotherCaseOrUnseenIsRefused(boolean seen) {
    RegistryReadings readings =
        seen ? readings("IDENTIFIED", UUID.randomUUID()) : RegistryReadings.none();
    assertThat(SnapshotRules.check(RequestKind.FREEZING, CASE, certificate(), readings))
        .singleElement()
        .extracting(Violation::field)
        .isEqualTo("freezingCertificate.sectionD.items[0].assetId");
  }

  private static RegistryReadings readings(String status, UUID caseId) {
    return new RegistryReadings(
        Map.of(
            ASSET,
            new AssetSnapshot(
                ASSET,
                caseId,
                null,
                "CASH",
                status,
                "cash",
                null,
                List.of(),
                null,
                Instant.now())));
  }

  private static Certificate certificate() {
    Property property =
        new Property(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new PropertyItem(ASSET, null, null, null, null, null)),
            null);
    return new Certificate(
        new FreezingCertificate(
            null, null, null, property, null, null, null, null, null, null, null, null, null, null,
            null, null),
        null);
  }
}
