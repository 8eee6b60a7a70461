package org.sequestra.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the role a service connects as (README, "Database roles") must not be able to do: anything
 * but reading and writing rows, and least of all changing the append-only audit trail.
 */
public final class AppRoleAssertions {

  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  private AppRoleAssertions() {}

  /**
   * {@code jdbc} is connected as the application role of a database {@link TestDatabase#register
   * registered} for tests: neither a superuser nor the owner of the tables.
   */
  public static void assertConnectedAsAppRole(JdbcTemplate jdbc, String database) {
    assertThat(jdbc.queryForObject("select current_user", String.class))
        .isEqualTo(TestDatabase.appRole(database));
    assertThat(
            jdbc.queryForObject(
                "select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles"
                    + " where rolname = current_user",
                Boolean.class))
        .isFalse();
    assertThat(
            jdbc.queryForObject(
                "select pg_get_userbyid(relowner) from pg_class where oid = 'audit_log'::regclass",
                String.class))
        .isEqualTo(TestDatabase.ownerRole(database));
  }

  /**
   * The audit trail's triggers cannot be dropped or disabled, its tables not altered, truncated,
   * dropped, nor its entries changed or removed; no table can be created either.
   */
  public static void assertCannotChangeTheAuditTrail(JdbcTemplate jdbc) {
    for (String sql :
        new String[] {
          "drop trigger audit_log_no_update_or_delete on audit_log",
          "drop trigger audit_log_no_truncate on audit_log",
          "drop trigger audit_chain_head_advance on audit_chain_head",
          "alter table audit_log disable trigger all",
          "alter table audit_log disable trigger audit_log_no_update_or_delete",
          "alter table audit_log add column note text",
          "alter table audit_chain_head disable trigger user",
          "truncate audit_log",
          "truncate audit_chain_head",
          "update audit_log set username = 'someone-else'",
          "delete from audit_log",
          "delete from audit_chain_head",
          "drop table audit_log",
          "create or replace function audit_log_reject_change() returns trigger"
              + " language plpgsql as $$ begin return new; end $$",
          "set session_replication_role = replica",
          "create table audit_log_copy (seq bigint)",
        }) {
      assertThatThrownBy(() -> jdbc.execute(sql))
          .as(sql)
          .satisfies(e -> assertThat(sqlState(e)).as(sql).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
  }

  /** The SQL state of the first {@link SQLException} in {@code e}'s causes. */
  public static String sqlState(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
