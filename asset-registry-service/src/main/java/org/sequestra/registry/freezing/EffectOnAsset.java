package org.sequestra.registry.freezing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.sequestra.registry.asset.AssetStatus;

/**
 * Which status an effect asks of an asset, and when an asset already satisfies it. Effects arrive
 * late (a registry that was down, a supervisor who recorded the act by hand): an asset that is
 * already where the effect would take it, or beyond on the way to confiscation (FREEZE_REQUESTED on
 * a FROZEN asset), needs no act. Anything else the lifecycle decides.
 */
final class EffectOnAsset {

  /**
   * Place on the way IDENTIFIED → FREEZE_REQUESTED → FROZEN → CONFISCATED → DISPOSED|RESTITUTED.
   */
  private static final Map<AssetStatus, Integer> STAGE = new EnumMap<>(AssetStatus.class);

  static {
    STAGE.put(AssetStatus.IDENTIFIED, 0);
    STAGE.put(AssetStatus.FREEZE_REQUESTED, 1);
    STAGE.put(AssetStatus.FROZEN, 2);
    STAGE.put(AssetStatus.CONFISCATED, 3);
    STAGE.put(AssetStatus.DISPOSED, 4);
    STAGE.put(AssetStatus.RESTITUTED, 4);
  }

  private EffectOnAsset() {}

  /** The status the effect moves assets to; empty for access changes and FREEZE_IMPOSSIBLE. */
  static Optional<AssetStatus> target(FreezingEffectKind kind) {
    return switch (kind) {
      case FREEZE_REQUESTED -> Optional.of(AssetStatus.FREEZE_REQUESTED);
      case FROZEN -> Optional.of(AssetStatus.FROZEN);
      case RELEASED -> Optional.of(AssetStatus.RELEASED);
      case CONFISCATED -> Optional.of(AssetStatus.CONFISCATED);
      case DISPOSED -> Optional.of(AssetStatus.DISPOSED);
      case RESTITUTED -> Optional.of(AssetStatus.RESTITUTED);
      case GRANT_ACCESS, WITHDRAW_ACCESS, FREEZE_IMPOSSIBLE -> Optional.empty();
    };
  }

  /** True if an asset in {@code current} needs no act to be {@code target}. */
  static boolean alreadySatisfied(AssetStatus current, AssetStatus target) {
    if (current == target) {
      return true;
    }
    Integer now = STAGE.get(current);
    Integer wanted = STAGE.get(target);
    // only the stages before the end are passed through; DISPOSED does not satisfy RESTITUTED
    return now != null && wanted != null && wanted < 4 && now > wanted;
  }
}
