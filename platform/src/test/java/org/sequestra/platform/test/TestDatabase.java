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
 * module. Each service gets its own database in it, as in production.
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

  /** Creates {@code database} if needed and points Spring's data source at it. */
  public static void register(DynamicPropertyRegistry registry, String database) {
    EmbeddedPostgres server = postgres();
    createIfMissing(server, database);
    registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", database));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
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
