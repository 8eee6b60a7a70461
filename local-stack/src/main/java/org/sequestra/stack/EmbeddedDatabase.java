package org.sequestra.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;

/**
 * PostgreSQL 17 from zonky's embedded binaries, with one database per service, each owned by a
 * login role of the same name and used by the service as a second role without DDL rights. Binaries
 * and data live in the state directory, so nothing accumulates in /tmp and data survives restarts.
 */
final class EmbeddedDatabase implements AutoCloseable {

  private static final String SUPERUSER = "postgres";
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  // Every role, the superuser included, presents its password. PostgreSQL listens on the loopback
  // addresses only, so nothing outside this machine reaches it at all.
  private static final String LOOPBACK_ONLY = "127.0.0.1,::1";
  private static final String PG_HBA =
      """
            # Written by the Sequestra local stack on every start.
            host  all  all  127.0.0.1/32  scram-sha-256
            host  all  all  ::1/128       scram-sha-256
            """;
  // initdb (run by zonky) leaves the superuser without a password. On the start that sets it, and
  // only then, the superuser is trusted from loopback; the stricter file is loaded right after.
  private static final String PG_HBA_SETTING_SUPERUSER_PASSWORD =
      """
            # Written by the Sequestra local stack while it sets the superuser's password.
            host  all  postgres  127.0.0.1/32  trust
            host  all  postgres  ::1/128       trust
            host  all  all       127.0.0.1/32  scram-sha-256
            host  all  all       ::1/128       scram-sha-256
            """;
  // Holds a digest of the superuser password last set, never the password itself.
  private static final String PASSWORD_MARKER = "sequestra-superuser-password.sha256";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  static EmbeddedDatabase start(
      Path stateDir, int port, Secrets secrets, Collection<String> databases, Duration timeout) {
    Path dataDirectory = stateDir.resolve("postgres");
    Path log = stateDir.resolve("logs").resolve("postgres.log");
    String superuserPassword = secrets.postgresSuperuserPassword();
    try {
      Files.createDirectories(log.getParent());
      // Started afresh (zonky's several commands then append to it), so its tail belongs to this
      // run.
      Files.deleteIfExists(log);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              // A directory of its own: zonky makes its working directory world-writable.
              .setOverrideWorkingDirectory(stateDir.resolve("postgres-binaries").toFile())
              .setServerConfig("listen_addresses", LOOPBACK_ONLY)
              // TCP only: no socket file in /tmp, which could also clash with another local
              // PostgreSQL.
              .setServerConfig("unix_socket_directories", "")
              .setDataDirectoryCustomizer(
                  directory -> writeHbaConfig(directory.toPath(), superuserPassword))
              .setConnectConfig("password", superuserPassword)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(timeout)
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
      try {
        database.secureSuperuser(superuserPassword);
        database.provision(secrets, databases);
      } catch (IOException | RuntimeException e) {
        database.close();
        throw e;
      }
      return database;
    } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
      // zonky reports unpacking problems as ExceptionInInitializerError, failed commands as
      // IllegalStateException.
      throw new StackStartException(
          "PostgreSQL did not start on port " + port + ": " + e.getMessage() + LogTail.of(log), e);
    }
  }

  URI probe() {
    return URI.create("tcp://localhost:" + postgres.getPort());
  }

  /**
   * The server process, read from PostgreSQL's own lock file (zonky only knows the short-lived
   * pg_ctl).
   */
  Optional<ProcessHandle> postmaster() {
    try {
      String firstLine = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst();
      return ProcessHandle.of(Long.parseLong(firstLine.strip()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Stops the server; if pg_ctl's fast shutdown did not finish, the postmaster is stopped by
   * signal.
   */
  @Override
  public void close() {
    Optional<ProcessHandle> postmaster = postmaster();
    try {
      postgres.close();
    } catch (IOException e) {
      // Falls through to the signal below.
    }
    postmaster
        .filter(ProcessHandle::isAlive)
        .ifPresent(process -> ProcessTree.stop(process, STOP_GRACE));
  }

  /**
   * Sets the superuser's password when the data directory does not have it yet (a new directory,
   * one from before passwords were set, or a lost secrets file), then loads the file that asks
   * every role for its password.
   */
  private void secureSuperuser(String password) throws IOException {
    Path marker = dataDirectory.resolve(PASSWORD_MARKER);
    if (passwordIsSet(dataDirectory, password)) {
      return;
    }
    try (Connection connection = postgres.getDatabase(SUPERUSER, SUPERUSER).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "ALTER ROLE " + SUPERUSER + " WITH PASSWORD '" + password.replace("'", "''") + "'");
      Files.writeString(dataDirectory.resolve("pg_hba.conf"), PG_HBA);
      statement.execute("SELECT pg_reload_conf()");
      Files.writeString(marker, digest(password));
    } catch (SQLException e) {
      throw new IOException("Could not set the superuser's password: " + e.getMessage(), e);
    }
  }

  private static boolean passwordIsSet(Path dataDirectory, String password) {
    try {
      return Files.readString(dataDirectory.resolve(PASSWORD_MARKER)).equals(digest(password));
    } catch (IOException e) {
      return false;
    }
  }

  private static String digest(String password) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /**
   * Creates missing roles and databases; always (re)sets each role's password to the stored secret.
   * Per database two roles: the owner, named as the database, which owns the tables and migrates
   * them (Flyway), and the application role the service connects as, which gets rows only (granted
   * by the service's migrations). A data directory from before the split keeps its role as the
   * owner and gains the application role.
   */
  private void provision(Secrets secrets, Collection<String> databases) throws IOException {
    try (Connection connection = postgres.getDatabase(SUPERUSER, SUPERUSER).getConnection();
        Statement statement = connection.createStatement()) {
      for (String database : databases) {
        String app = Secrets.appRole(database);
        loginRole(connection, database, secrets.databasePassword(database));
        loginRole(connection, app, secrets.appPassword(database));
        if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
          statement.execute("CREATE DATABASE \"" + database + "\" OWNER \"" + database + "\"");
        }
        // Each service's roles reach its own database only.
        statement.execute("REVOKE ALL ON DATABASE \"" + database + "\" FROM PUBLIC");
        statement.execute(
            "GRANT CONNECT, TEMPORARY ON DATABASE \"" + database + "\" TO \"" + app + "\"");
      }
    } catch (SQLException e) {
      throw new IOException("Could not create the service databases: " + e.getMessage(), e);
    }
  }

  private static void loginRole(Connection connection, String role, String password)
      throws SQLException {
    String verb =
        exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          verb
              + " ROLE \""
              + role
              + "\" WITH LOGIN PASSWORD '"
              + password.replace("'", "''")
              + "'");
    }
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  private static void writeHbaConfig(Path dataDirectory, String superuserPassword) {
    try {
      Files.writeString(
          dataDirectory.resolve("pg_hba.conf"),
          passwordIsSet(dataDirectory, superuserPassword)
              ? PG_HBA
              : PG_HBA_SETTING_SUPERUSER_PASSWORD);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write pg_hba.conf", e);
    }
  }
}
