package org.sequestra.freezing.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The acts of a year (UTC) the statistics count, read from the request's history; the values and
 * the victim decision come from the request's asset results and certificate (jsonb).
 */
@Repository
class StatisticsQuery {

  private static final String SQL =
      """
      select r.id, r.issuing_country, r.executing_country, t.action, t.occurred_at,
             r.received_at, r.recognised_at,
             (select coalesce(sum((a->'value'->>'amount')::numeric), 0)
                from jsonb_array_elements(coalesce(r.asset_results, '[]'::jsonb)) a
               where a->>'outcome' = 'FROZEN' and a->'value'->>'currency' = 'EUR') frozen_eur,
             (select coalesce(sum((a->'value'->>'amount')::numeric), 0)
                from jsonb_array_elements(coalesce(r.asset_results, '[]'::jsonb)) a
               where a->>'outcome' = 'CONFISCATED' and a->'value'->>'currency' = 'EUR')
               confiscated_eur,
             (select count(*)
                from jsonb_array_elements(coalesce(r.asset_results, '[]'::jsonb)) a
               where jsonb_typeof(a->'value') = 'object'
                 and coalesce(a->'value'->>'currency', '') <> 'EUR') without_eur,
             (coalesce(jsonb_typeof(r.certificate->'confiscationCertificate'->'sectionJ'
                         ->'compensationOrRestitutionSum'), 'null') <> 'null'
              or coalesce(jsonb_typeof(r.certificate->'confiscationCertificate'->'sectionJ'
                         ->'propertyToRestitute'), 'null') <> 'null') victim_decision
        from request_transition t
        join freezing_request r on r.id = t.request_id
       where t.action in ('RECEIVE', 'RECOGNISE', 'REFUSE', 'POSTPONE', 'EXECUTE', 'RESTITUTE')
         and t.occurred_at >= ? and t.occurred_at < ?
      """;

  /** The requests the agency may see: issued by it, or transmitted to it. */
  private static final String OF_AGENCY =
      " and (r.issuing_agency = ? or (r.executing_agency = ? and r.transmitted_at is not null))";

  private final JdbcTemplate jdbc;

  StatisticsQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code agency} null: platform-wide. */
  List<YearStatistics.Act> acts(int year, String agency) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(start(year));
    arguments.add(start(year + 1));
    String sql = SQL;
    if (agency != null) {
      sql += OF_AGENCY;
      arguments.add(agency);
      arguments.add(agency);
    }
    return jdbc.query(
        sql,
        (row, number) ->
            new YearStatistics.Act(
                row.getObject("id", java.util.UUID.class),
                row.getString("issuing_country"),
                row.getString("executing_country"),
                row.getString("action"),
                instant(row.getTimestamp("occurred_at")),
                instant(row.getTimestamp("received_at")),
                instant(row.getTimestamp("recognised_at")),
                row.getBigDecimal("frozen_eur"),
                row.getBigDecimal("confiscated_eur"),
                row.getLong("without_eur"),
                row.getBoolean("victim_decision")),
        arguments.toArray());
  }

  private static Timestamp start(int year) {
    return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
