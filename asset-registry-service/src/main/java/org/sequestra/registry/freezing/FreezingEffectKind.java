package org.sequestra.registry.freezing;

/** What a freezing request asks of the registry (the freezing-service's registry outbox). */
public enum FreezingEffectKind {
  GRANT_ACCESS,
  WITHDRAW_ACCESS,
  FREEZE_REQUESTED,
  FROZEN,
  /** Execution was impossible (Regulation 2018/1805 Art 13): no status changes. */
  FREEZE_IMPOSSIBLE,
  RELEASED,
  CONFISCATED,
  DISPOSED,
  RESTITUTED
}
