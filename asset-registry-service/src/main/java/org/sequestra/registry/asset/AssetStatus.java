package org.sequestra.registry.asset;

/** Where an asset stands in the seizure lifecycle (DESIGN.md §3 "Asset lifecycle"). */
public enum AssetStatus {
  IDENTIFIED,
  FREEZE_REQUESTED,
  FROZEN,
  CONFISCATED,
  DISPOSED,
  RESTITUTED,
  RELEASED
}
