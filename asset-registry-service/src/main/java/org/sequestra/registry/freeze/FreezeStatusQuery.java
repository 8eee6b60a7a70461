package org.sequestra.registry.freeze;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequestra.registry.cases.CaseAccess.SqlCondition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The freeze-status look-up in SQL: the asset, its case reference, its latest act and its latest
 * freezing act (asset_transition, V30), narrowed to what the caller may see.
 */
@Component
class FreezeStatusQuery {

  /** One page of the matches, and how many there are in all. */
  record Result(List<FreezeStatus> items, long total) {}

  private static final String FROM =
      """
       from asset a
       join investigation_case c on c.id = a.case_id
       left join lateral (
         select t.occurred_at from asset_transition t
          where t.asset_id = a.id order by t.sequence desc limit 1) latest on true
       left join lateral (
         select t.occurred_at, t.order_reference, t.issuing_authority, t.order_date,
                t.executing_country
           from asset_transition t
          where t.asset_id = a.id and t.to_status = 'FROZEN'
          order by t.sequence desc limit 1) frozen on true
      """;

  private static final String MATCHED_IDENTIFIER =
      """
       join lateral (
         select i.field, i.value from asset_identifier i
          where i.asset_id = a.id and i.match_type = ? and i.match_key = ?
          order by i.field limit 1) matched on true
      """;

  /** Finds the assets through the matching index first, rather than probing every asset. */
  private static final String HOLDS_IDENTIFIER =
      "a.id in (select i.asset_id from asset_identifier i"
          + " where i.match_type = ? and i.match_key = ?)";

  private final JdbcTemplate jdbc;

  FreezeStatusQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param visible what the caller may see, as a condition over {@code a} (asset), {@code c} (its
   *     case) and {@code frozen} (its latest freezing act)
   */
  @Transactional(readOnly = true)
  Result find(FreezeLookUp key, SqlCondition visible, int page, int size) {
    StringBuilder from = new StringBuilder(FROM);
    List<Object> arguments = new ArrayList<>();
    String condition;
    if (key.assetId() != null) {
      condition = "a.id = ?";
      arguments.add(key.assetId());
    } else if (key.caseReference() != null) {
      condition = "lower(c.national_reference) = lower(?)";
      arguments.add(key.caseReference());
    } else {
      from.append(MATCHED_IDENTIFIER);
      arguments.add(key.identifierType());
      arguments.add(key.matchKey());
      condition = HOLDS_IDENTIFIER;
      arguments.add(key.identifierType());
      arguments.add(key.matchKey());
    }
    String where = " where " + condition + " and " + visible.sql();
    arguments.addAll(visible.arguments());

    boolean matched = key.matchKey() != null;
    List<Object> pageArguments = new ArrayList<>(arguments);
    pageArguments.add(size);
    pageArguments.add((long) page * size);
    List<FreezeStatus> items =
        jdbc.query(
            "select a.id, a.type, a.status, a.created_at, a.owning_agency, c.national_reference,"
                + " latest.occurred_at as status_since, frozen.occurred_at as frozen_since,"
                + " frozen.order_reference, frozen.issuing_authority, frozen.order_date,"
                + " frozen.executing_country"
                + (matched ? ", matched.field, matched.value" : "")
                + from
                + where
                + " order by c.national_reference, a.id limit ? offset ?",
            (rs, row) -> status(rs, matched),
            pageArguments.toArray());
    long total;
    if (items.size() < size && (!items.isEmpty() || page == 0)) {
      // a page that is not full ends the list (unless it is empty past the end): no count needed
      total = (long) page * size + items.size();
    } else {
      Long counted =
          jdbc.queryForObject("select count(*)" + from + where, Long.class, arguments.toArray());
      total = counted == null ? 0 : counted;
    }
    Map<UUID, List<FreezeStatus.Identifier>> identifiers =
        identifiersOf(items.stream().map(FreezeStatus::assetId).toList());
    return new Result(
        items.stream()
            .map(item -> item.withIdentifiers(identifiers.getOrDefault(item.assetId(), List.of())))
            .toList(),
        total);
  }

  private Map<UUID, List<FreezeStatus.Identifier>> identifiersOf(Collection<UUID> assetIds) {
    if (assetIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, List<FreezeStatus.Identifier>> byAsset = new LinkedHashMap<>();
    jdbc.query(
        "select asset_id, field, value from asset_identifier where asset_id in ("
            + String.join(", ", Collections.nCopies(assetIds.size(), "?"))
            + ") order by asset_id, field",
        (ResultSet rs) -> {
          byAsset
              .computeIfAbsent(rs.getObject("asset_id", UUID.class), id -> new ArrayList<>())
              .add(new FreezeStatus.Identifier(rs.getString("field"), rs.getString("value")));
        },
        assetIds.toArray());
    return byAsset;
  }

  private static FreezeStatus status(ResultSet rs, boolean matched) throws SQLException {
    OffsetDateTime statusSince = rs.getObject("status_since", OffsetDateTime.class);
    OffsetDateTime frozenSince = rs.getObject("frozen_since", OffsetDateTime.class);
    FreezeStatus.FreezingAct freeze =
        frozenSince == null
            ? null
            : new FreezeStatus.FreezingAct(
                frozenSince.toInstant(),
                rs.getString("order_reference"),
                rs.getString("issuing_authority"),
                rs.getObject("order_date", LocalDate.class),
                rs.getString("executing_country"));
    return new FreezeStatus(
        rs.getObject("id", UUID.class),
        rs.getString("type"),
        matched ? new FreezeStatus.Identifier(rs.getString("field"), rs.getString("value")) : null,
        List.of(),
        rs.getString("status"),
        (statusSince != null ? statusSince : rs.getObject("created_at", OffsetDateTime.class))
            .toInstant(),
        freeze,
        rs.getString("owning_agency"),
        rs.getString("national_reference"));
  }
}
