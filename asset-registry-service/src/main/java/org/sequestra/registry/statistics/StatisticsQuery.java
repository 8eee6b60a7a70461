package org.sequestra.registry.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures in SQL, one grouped query over the acts (grouping sets give every breakdown in one
 * pass), one over the acts by EMPACT priority and one over today's asset statuses; no act or asset
 * row leaves the database.
 */
@Component
class StatisticsQuery {

  /**
   * @param agency only assets of this agency's cases; null for the whole platform
   * @param year only acts that took effect in this year (UTC); null for all
   * @param country only assets located in this country; null for all
   */
  record Filter(String agency, Integer year, String country) {}

  private static final String ACTS =
      """
      select to_status, type, location_country, act_year, empact_cycle,
             grouping(type) as all_types, grouping(location_country) as all_countries,
             grouping(act_year) as all_years, grouping(empact_cycle) as all_cycles,
             count(*) as acts, coalesce(sum(value_eur), 0) as value_eur,
             count(*) filter (where value_eur is null) as without_eur
        from (select t.to_status, a.type, a.location_country, t.value_eur, c.empact_cycle,
                     extract(year from t.occurred_at at time zone 'UTC')::int as act_year
                from asset_transition t
                join asset a on a.id = t.asset_id
                join investigation_case c on c.id = a.case_id
               where %s) acts
       group by grouping sets ((to_status), (to_status, type), (to_status, location_country),
                               (to_status, act_year), (to_status, empact_cycle))
       order by to_status, type, location_country, act_year, empact_cycle
      """;

  /** An act counts once per priority of its case: a separate query, not a grouping set. */
  private static final String ACTS_BY_PRIORITY =
      """
      select t.to_status, c.empact_cycle, p.code,
             count(*) as acts, coalesce(sum(t.value_eur), 0) as value_eur,
             count(*) filter (where t.value_eur is null) as without_eur
        from asset_transition t
        join asset a on a.id = t.asset_id
        join investigation_case c on c.id = a.case_id
        join case_empact_priority p on p.case_id = c.id
       where %s
       group by t.to_status, c.empact_cycle, p.code
       order by t.to_status, c.empact_cycle, p.code
      """;

  private final JdbcTemplate jdbc;

  StatisticsQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  Statistics figures(Filter filter, String scope) {
    List<String> conditions = new ArrayList<>(List.of("true"));
    List<Object> arguments = new ArrayList<>();
    if (filter.agency() != null) {
      conditions.add("a.owning_agency = ?");
      arguments.add(filter.agency());
    }
    if (filter.country() != null) {
      conditions.add("a.location_country = ?");
      arguments.add(filter.country());
    }
    List<String> actConditions = new ArrayList<>(conditions);
    List<Object> actArguments = new ArrayList<>(arguments);
    if (filter.year() != null) {
      // a range on occurred_at rather than extract(...) = ?, so that an index can serve it
      actConditions.add("t.occurred_at >= ? and t.occurred_at < ?");
      actArguments.add(OffsetDateTime.of(filter.year(), 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
      actArguments.add(OffsetDateTime.of(filter.year() + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    List<Statistics.StatusFigures> byStatus = new ArrayList<>();
    List<Statistics.AssetTypeFigures> byType = new ArrayList<>();
    List<Statistics.CountryFigures> byCountry = new ArrayList<>();
    List<Statistics.YearFigures> byYear = new ArrayList<>();
    List<Statistics.EmpactCycleFigures> byCycle = new ArrayList<>();
    jdbc.query(
        ACTS.formatted(String.join(" and ", actConditions)),
        rs -> {
          String status = rs.getString("to_status");
          Statistics.ActFigures figures = actFigures(rs);
          if (rs.getInt("all_types") == 0) {
            byType.add(new Statistics.AssetTypeFigures(rs.getString("type"), status, figures));
          } else if (rs.getInt("all_countries") == 0) {
            byCountry.add(
                new Statistics.CountryFigures(rs.getString("location_country"), status, figures));
          } else if (rs.getInt("all_years") == 0) {
            byYear.add(new Statistics.YearFigures(rs.getInt("act_year"), status, figures));
          } else if (rs.getInt("all_cycles") == 0) {
            byCycle.add(
                new Statistics.EmpactCycleFigures(rs.getString("empact_cycle"), status, figures));
          } else {
            byStatus.add(new Statistics.StatusFigures(status, figures));
          }
        },
        actArguments.toArray());

    List<Statistics.EmpactPriorityFigures> byPriority =
        jdbc.query(
            ACTS_BY_PRIORITY.formatted(String.join(" and ", actConditions)),
            (rs, row) ->
                new Statistics.EmpactPriorityFigures(
                    rs.getString("empact_cycle"),
                    rs.getString("code"),
                    rs.getString("to_status"),
                    actFigures(rs)),
            actArguments.toArray());

    List<Statistics.AssetStatusCount> current =
        jdbc.query(
            "select a.status, count(*) as assets from asset a where "
                + String.join(" and ", conditions)
                + " group by a.status order by a.status",
            (rs, row) ->
                new Statistics.AssetStatusCount(rs.getString("status"), rs.getLong("assets")),
            arguments.toArray());

    return new Statistics(
        scope,
        filter.agency(),
        filter.year(),
        filter.country(),
        of(byStatus, "FROZEN"),
        of(byStatus, "CONFISCATED"),
        of(byStatus, "DISPOSED"),
        byStatus,
        byType,
        byCountry,
        byYear,
        byCycle,
        byPriority,
        current);
  }

  private static Statistics.ActFigures actFigures(ResultSet rs) throws SQLException {
    return new Statistics.ActFigures(
        rs.getLong("acts"), rs.getBigDecimal("value_eur").setScale(2), rs.getLong("without_eur"));
  }

  private static Statistics.ActFigures of(List<Statistics.StatusFigures> byStatus, String status) {
    return byStatus.stream()
        .filter(row -> row.status().equals(status))
        .map(Statistics.StatusFigures::figures)
        .findFirst()
        .orElse(Statistics.ActFigures.NONE);
  }
}
