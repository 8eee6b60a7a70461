package org.sequestra.registry.freezing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.registry.asset.AssetStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The effect ids the registry applied, each with its first outcome. */
@Repository
class AppliedFreezingEffects {

  private final JdbcClient jdbc;

  AppliedFreezingEffects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the effect id for this transaction: true if it was not applied before. A concurrent
   * transaction applying the same id waits here until the first one ends, then sees its outcome
   * (or, if it rolled back, claims the id itself).
   */
  boolean claim(
      UUID effectId, FreezingEffect effect, String reason, Instant appliedAt, String appliedBy) {
    return jdbc.sql(
                """
                insert into applied_freezing_effect
                    (effect_id, freezing_request_id, kind, case_id, reason, applied_at, applied_by)
                values (:id, :request, :kind, :caseId, :reason, :appliedAt, :appliedBy)
                on conflict (effect_id) do nothing
                """)
            .param("id", effectId)
            .param("request", effect.freezingRequestId())
            .param("kind", effect.kind().name())
            .param("caseId", effect.caseId())
            .param("reason", reason)
            .param("appliedAt", Timestamp.from(appliedAt))
            .param("appliedBy", appliedBy)
            .update()
        == 1;
  }

  void recordAssets(UUID effectId, List<FreezingEffectOutcome.AssetOutcome> assets) {
    int position = 0;
    for (FreezingEffectOutcome.AssetOutcome asset : assets) {
      jdbc.sql(
              """
              insert into applied_freezing_effect_asset
                  (effect_id, position, asset_id, status, changed)
              values (:id, :position, :asset, :status, :changed)
              """)
          .param("id", effectId)
          .param("position", position++)
          .param("asset", asset.assetId())
          .param("status", asset.status().name())
          .param("changed", asset.changed())
          .update();
    }
  }

  Optional<FreezingEffectOutcome> find(UUID effectId) {
    List<FreezingEffectOutcome.AssetOutcome> assets =
        jdbc.sql(
                """
                select asset_id, status, changed from applied_freezing_effect_asset
                where effect_id = :id order by position
                """)
            .param("id", effectId)
            .query(
                (rs, n) ->
                    new FreezingEffectOutcome.AssetOutcome(
                        rs.getObject(1, UUID.class),
                        AssetStatus.valueOf(rs.getString(2)),
                        rs.getBoolean(3)))
            .list();
    return jdbc.sql(
            """
            select freezing_request_id, kind, case_id, applied_at from applied_freezing_effect
            where effect_id = :id
            """)
        .param("id", effectId)
        .query(
            (rs, n) ->
                new FreezingEffectOutcome(
                    effectId,
                    rs.getObject(1, UUID.class),
                    FreezingEffectKind.valueOf(rs.getString(2)),
                    rs.getObject(3, UUID.class),
                    rs.getTimestamp(4).toInstant(),
                    assets))
        .optional();
  }
}
