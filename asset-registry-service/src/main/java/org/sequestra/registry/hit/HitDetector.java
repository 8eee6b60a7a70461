package org.sequestra.registry.hit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-agency hit/no-hit: when an agency registers identifiers that another agency already holds
 * in one of its cases, both agencies get a notification. The look-up goes through the index on
 * {@code asset_identifier (match_type, match_key)}.
 */
@Component
public class HitDetector {

  private static final Logger log = LoggerFactory.getLogger(HitDetector.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  HitDetector(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private record Holder(UUID assetId, String agency) {}

  /**
   * Records hits for {@code assetId} (already written, owned by {@code agency}) on each of its
   * identifiers. Runs in the caller's transaction: the identifiers and their hits commit together.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void detect(UUID assetId, String agency, Collection<IdentifierMatch> identifiers) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    // a fixed lock order, so that two registrations sharing several identifiers cannot deadlock
    List<IdentifierMatch> inLockOrder =
        identifiers.stream()
            .sorted(Comparator.comparing(IdentifierMatch::type).thenComparing(IdentifierMatch::key))
            .toList();
    for (IdentifierMatch identifier : inLockOrder) {
      // Two agencies registering the same identifier at the same moment would not see each
      // other's uncommitted rows; serialising per identifier makes the second one see the first.
      jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
          .param(identifier.type() + "|" + identifier.key())
          .query()
          .singleColumn();
      List<Holder> holders =
          jdbc.sql(
                  """
                  select i.asset_id, a.owning_agency
                    from asset_identifier i join asset a on a.id = i.asset_id
                   where i.match_type = ? and i.match_key = ? and a.owning_agency <> ?""")
              .params(identifier.type(), identifier.key(), agency)
              .query((row, n) -> new Holder(row.getObject(1, UUID.class), row.getString(2)))
              .list();
      Set<String> otherAgencies = new LinkedHashSet<>();
      for (Holder holder : holders) {
        otherAgencies.add(holder.agency());
        notify(holder.agency(), holder.assetId(), identifier, agency, now);
      }
      for (String other : otherAgencies) {
        notify(agency, assetId, identifier, other, now);
      }
    }
  }

  /** One notification per asset, identifier and other agency; repeats are ignored. */
  private void notify(
      String recipient,
      UUID ownAsset,
      IdentifierMatch identifier,
      String other,
      OffsetDateTime now) {
    int recorded =
        jdbc.sql(
                """
            insert into hit (id, recipient_agency, asset_id, identifier_type, match_key,
                             other_agency, detected_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict on constraint uq_hit do nothing""")
            .params(
                UUID.randomUUID(),
                recipient,
                ownAsset,
                identifier.type(),
                identifier.key(),
                other,
                now)
            .update();
    if (recorded > 0) {
      // the identifier's type, never its value
      log.info(
          "Hit detected: asset {} of agency {} shares a {} identifier with an asset of agency {}",
          ownAsset,
          recipient,
          identifier.type(),
          other);
    }
  }
}
