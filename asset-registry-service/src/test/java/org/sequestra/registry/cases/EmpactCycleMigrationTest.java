package org.sequestra.registry.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** V63 gives the cases a database already holds the 2022-2025 cycle, whatever their dates. */
class EmpactCycleMigrationTest {

  @Test
  void existingCasesKeepTheirPrioritiesInThe2022To2025Cycle() {
    DataSource database = TestDatabase.dataSource("empact_cycle_migration");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    flyway(database).target("61").load().migrate();
    // opened during the new cycle but tagged from the old taxonomy, the only one there was
    UUID tagged = investigationCase(jdbc, "2026-02-01");
    jdbc.update(
        "insert into case_empact_priority (case_id, code) values (?, 'HIGH_RISK_CRIMINAL_NETWORKS'),"
            + " (?, 'MTIC_FRAUD')",
        tagged,
        tagged);
    UUID untagged = investigationCase(jdbc, "2023-04-01");

    flyway(database).load().migrate();

    assertThat(cycleOf(jdbc, tagged)).isEqualTo("2022-2025");
    assertThat(cycleOf(jdbc, untagged)).isEqualTo("2022-2025");
    assertThat(
            jdbc.queryForList(
                "select code from case_empact_priority where case_id = ? order by code",
                String.class,
                tagged))
        .containsExactly("HIGH_RISK_CRIMINAL_NETWORKS", "MTIC_FRAUD");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_empact_priority where case_id = ?",
                Integer.class,
                untagged))
        .isZero();
  }

  private static FluentConfiguration flyway(DataSource database) {
    return Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration", "classpath:db/platform")
        .outOfOrder(true);
  }

  private static UUID investigationCase(JdbcTemplate jdbc, String openedOn) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into investigation_case (id, national_reference, title, owning_agency, country,"
            + " opened_on, status, created_at, created_by, version)"
            + " values (?, ?, 'Tulip', 'NL-ARO', 'NL', ?, 'OPEN', now(), 'test', 0)",
        id,
        "NL-ARO/MIG/" + id,
        LocalDate.parse(openedOn));
    return id;
  }

  private static String cycleOf(JdbcTemplate jdbc, UUID id) {
    return jdbc.queryForObject(
        "select empact_cycle from investigation_case where id = ?", String.class, id);
  }
}
