package org.sequestra.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sequestra.platform.test.AppRoleAssertions.sqlState;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.test.AppRoleAssertions;
import org.sequestra.platform.test.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The grants of db/roles: the owner migrates, the application role gets rows and nothing more, the
 * audit trail only appended to. Each test on a fresh database with its own two roles.
 */
class AppRoleGrantsTest {

  private static final Caller ANALYST =
      new Caller("sub-1", "jansen", "NL-ARO", "NL", Set.of("ARO_ANALYST"), "https://idp/nl", null);

  private String database;
  private DataSource owner;
  private JdbcTemplate app;

  @BeforeEach
  void freshDatabase() {
    database = "roles_" + UUID.randomUUID().toString().replace("-", "");
    owner = TestDatabase.owner(database);
    app = new JdbcTemplate(TestDatabase.app(database));
  }

  private void migrate(String appRole) {
    Flyway.configure()
        .dataSource(owner)
        .locations("classpath:db/platform", "classpath:db/roles")
        .placeholders(Map.of("appRole", appRole))
        .load()
        .migrate();
  }

  @Test
  void theAppRoleKeepsTheAuditTrailButCannotChangeIt() {
    migrate(TestDatabase.appRole(database));
    AuditTrail trail =
        new AuditTrail(
            app,
            new DataSourceTransactionManager(app.getDataSource()),
            Clock.systemUTC(),
            () -> {});

    trail.record(ANALYST, "case.create", "case", "c-1");
    trail.record(ANALYST, "case.read", "case", "c-1");

    assertThat(trail.verify().valid()).isTrue();
    assertThat(trail.verify().entriesChecked()).isEqualTo(2);
    AppRoleAssertions.assertConnectedAsAppRole(app, database);
    AppRoleAssertions.assertCannotChangeTheAuditTrail(app);
    assertThatThrownBy(() -> app.update("delete from flyway_schema_history"))
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
  }

  @Test
  void tablesTheOwnerCreatesLaterAreTheAppRolesToo() {
    migrate(TestDatabase.appRole(database));
    // As a later migration, or the owner's function at run time, would.
    JdbcTemplate asOwner = new JdbcTemplate(owner);
    asOwner.execute("create table later_thing (id bigserial primary key, name text)");

    app.update("insert into later_thing (name) values ('vessel')");
    app.update("update later_thing set name = 'yacht'");
    assertThat(app.queryForObject("select name from later_thing", String.class)).isEqualTo("yacht");
    app.update("delete from later_thing");
    assertThatThrownBy(() -> app.execute("alter table later_thing add column note text"))
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
    assertThatThrownBy(() -> app.execute("drop table later_thing"))
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
  }

  @Test
  void withOneRoleNothingIsGrantedAndASplitLaterIsGrantedOnTheNextMigrate() {
    // The owner is the application (no separate role configured): the grants are a no-op.
    migrate("");
    migrate(TestDatabase.ownerRole(database));
    assertThatThrownBy(() -> app.queryForObject("select count(*) from audit_log", Long.class))
        .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));

    // The roles are split afterwards: nothing to migrate, the grants still follow.
    migrate(TestDatabase.appRole(database));

    assertThat(app.queryForObject("select count(*) from audit_log", Long.class)).isZero();
    AppRoleAssertions.assertCannotChangeTheAuditTrail(app);
  }

  @Test
  void anApplicationRoleThatDoesNotExistStopsTheMigration() {
    assertThatThrownBy(() -> migrate("nobody_" + database))
        .hasMessageContaining("the application role \"nobody_" + database + "\" does not exist");
  }
}
