package org.sequestra.registry.asset;

import java.util.ArrayList;
import java.util.List;

/** The changes of an asset's update; a {@code null} field is left as it is. */
record AssetChanges(String description, String locationCountry, StatedIdentifiers identifiers) {

  /** The fields the update names, for the audit trail. */
  String named() {
    List<String> fields = new ArrayList<>();
    if (description != null) {
      fields.add("description");
    }
    if (locationCountry != null) {
      fields.add("locationCountry");
    }
    if (identifiers != null) {
      fields.add("identifiers");
    }
    return fields.isEmpty() ? "nothing" : String.join(", ", fields);
  }
}
