package org.sequestra.registry.freeze;

import java.util.UUID;

/**
 * The one key a freeze-status look-up is made by.
 *
 * @param identifierType for identifier look-ups: the type the hit/no-hit check matches on
 * @param matchKey for identifier look-ups: the normalised matching key
 */
record FreezeLookUp(UUID assetId, String caseReference, String identifierType, String matchKey) {

  static FreezeLookUp byAsset(UUID assetId) {
    return new FreezeLookUp(assetId, null, null, null);
  }

  static FreezeLookUp byCaseReference(String reference) {
    return new FreezeLookUp(null, reference, null, null);
  }

  static FreezeLookUp byIdentifier(String type, String key) {
    return new FreezeLookUp(null, null, type, key);
  }

  /** For the audit log: which object was looked up. */
  String objectType() {
    return assetId != null ? "asset" : caseReference != null ? "case-reference" : "identifier";
  }

  String objectId() {
    return assetId != null
        ? assetId.toString()
        : caseReference != null ? caseReference : identifierType + ":" + matchKey;
  }
}
