package org.sequestra.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL (zonky embedded, version 17) per test JVM, shared by all Spring contexts of a
 * module. Each service gets its own database in it, as in production: owned by one role, used by
 * the service as another.
 */
public final class TestDatabase {

  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
    }
    return postgres;
  }

  /**
   * Creates {@code database} if needed, owned by the role {@link #ownerRole}, and points Spring at
   * it as production runs: Flyway migrates as the owner, the service connects as {@link #appRole},
   * which may read and write rows but not create, alter or drop anything (db/roles grants it).
   */
  public static void register(DynamicPropertyRegistry registry, String database) {
    EmbeddedPostgres server = postgres();
    createWithRoles(server, database);
    String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> appRole(database));
    registry.add("spring.datasource.password", () -> appRole(database));
    registry.add("spring.flyway.user", () -> ownerRole(database));
    registry.add("spring.flyway.password", () -> ownerRole(database));
  }

  /** The role that owns a {@link #register registered} database's tables and migrates it. */
  public static String ownerRole(String database) {
    return database;
  }

  /** The role a service connects to a {@link #register registered} database as. */
  public static String appRole(String database) {
    return database + "_app";
  }

  /**
   * A data source on a {@link #register registered} database as its owner: for tests that set up
   * what the service's own role may not (triggers, functions).
   */
  public static DataSource owner(String database) {
    EmbeddedPostgres server = postgres();
    createWithRoles(server, database);
    return server.getDatabase(ownerRole(database), database);
  }

  /** A data source on a {@link #register registered} database as its application role. */
  public static DataSource app(String database) {
    EmbeddedPostgres server = postgres();
    createWithRoles(server, database);
    return server.getDatabase(appRole(database), database);
  }

  /** A data source on {@code database} (created if needed), as the superuser {@code postgres}. */
  public static DataSource dataSource(String database) {
    EmbeddedPostgres server = postgres();
    createIfMissing(server, database);
    return server.getDatabase("postgres", database);
  }

  private static void createIfMissing(EmbeddedPostgres server, String database) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery(
              "select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
        if (!exists.next()) {
          statement.execute("create database \"" + database.replace("\"", "") + "\"");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + database, e);
    }
  }

  private static synchronized void createWithRoles(EmbeddedPostgres server, String database) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      for (String role : new String[] {ownerRole(database), appRole(database)}) {
        if (!exists(statement, "select 1 from pg_roles where rolname = '" + role + "'")) {
          statement.execute("create role \"" + role + "\" login password '" + role + "'");
        }
      }
      if (!exists(statement, "select 1 from pg_database where datname = '" + database + "'")) {
        statement.execute(
            "create database \"" + database + "\" owner \"" + ownerRole(database) + "\"");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + database, e);
    }
  }

  private static boolean exists(Statement statement, String query) throws SQLException {
    try (ResultSet row = statement.executeQuery(query)) {
      return row.next();
    }
  }

  private static synchronized void stop() {
    try {
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException ignored) {
      // the JVM is exiting; nothing useful to do
    }
  }
}
