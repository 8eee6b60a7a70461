package org.sequestra.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Passwords and client secrets of the local stack, generated once and kept in an owner-only
 * properties file so that the persistent PostgreSQL and Keycloak data stay usable across runs.
 */
public final class Secrets {

  static final String KEYCLOAK_ADMIN_PASSWORD = "keycloak.admin.password";
  static final String BROKER_SECRET = "keycloak.broker.secret";
  static final String EMPACT_SECRET = "keycloak.empact.secret";
  static final String FREEZING_CLIENT_SECRET = "keycloak.freezing-service.secret";
  static final String CONSOLE_CLIENT_SECRET = "keycloak.console.secret";
  static final String POSTGRES_SUPERUSER_PASSWORD = "postgres.superuser.password";
  static final String REDIS_PASSWORD = "redis.password";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Properties values;

  private Secrets(Path file, Properties values) {
    this.file = file;
    this.values = values;
  }

  /** Reads {@code file}, adding (and saving) whatever secret is missing, e.g. on the first run. */
  public static Secrets loadOrCreate(Path file, Collection<String> databases) {
    Properties values = read(file);
    boolean changed = false;
    for (String key : requiredKeys(databases)) {
      if (values.getProperty(key, "").isBlank()) {
        values.setProperty(key, randomSecret());
        changed = true;
      }
    }
    if (changed || !Files.exists(file)) {
      write(file, values);
    }
    restrictToOwner(file);
    return new Secrets(file, values);
  }

  public Path file() {
    return file;
  }

  /** Password of the role that owns {@code database} (and migrates it), named as the database. */
  public String databasePassword(String database) {
    return require(databaseKey(database));
  }

  /**
   * Password of the role the service connects to {@code database} as ({@link #appRole}): rows only,
   * no DDL.
   */
  public String appPassword(String database) {
    return require(databaseKey(appRole(database)));
  }

  /** The service's application role on {@code database}. */
  public static String appRole(String database) {
    return database + "_app";
  }

  /** Password of PostgreSQL's superuser, which only the launcher uses. */
  public String postgresSuperuserPassword() {
    return require(POSTGRES_SUPERUSER_PASSWORD);
  }

  /** Password of the Redis server the gateways share when the stack runs several. */
  public String redisPassword() {
    return require(REDIS_PASSWORD);
  }

  public String keycloakAdminPassword() {
    return require(KEYCLOAK_ADMIN_PASSWORD);
  }

  /** Client secret of the broker client, handed to the realm import as SEQUESTRA_BROKER_SECRET. */
  public String brokerSecret() {
    return require(BROKER_SECRET);
  }

  /** Client secret of the EMPACT client, handed to the realm import as SEQUESTRA_EMPACT_SECRET. */
  public String empactSecret() {
    return require(EMPACT_SECRET);
  }

  /**
   * Client secret of the hub realm's {@code freezing-service} client (the freezing service's own
   * identity towards the asset registry), handed to the realm import and to the freezing service as
   * SEQUESTRA_FREEZING_CLIENT_SECRET.
   */
  public String freezingClientSecret() {
    return require(FREEZING_CLIENT_SECRET);
  }

  /**
   * Client secret of the hub realm's {@code console} client (the gateway, as the console's
   * backend-for-frontend), handed to the realm import and to the gateway as
   * SEQUESTRA_CONSOLE_CLIENT_SECRET.
   */
  public String consoleClientSecret() {
    return require(CONSOLE_CLIENT_SECRET);
  }

  static String databaseKey(String database) {
    return "postgres." + database + ".password";
  }

  private String require(String key) {
    String value = values.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("No secret '" + key + "' in " + file);
    }
    return value;
  }

  private static Collection<String> requiredKeys(Collection<String> databases) {
    List<String> keys = new ArrayList<>();
    for (String database : databases) {
      keys.add(databaseKey(database));
      keys.add(databaseKey(appRole(database)));
    }
    keys.addAll(
        List.of(
            POSTGRES_SUPERUSER_PASSWORD,
            KEYCLOAK_ADMIN_PASSWORD,
            BROKER_SECRET,
            EMPACT_SECRET,
            FREEZING_CLIENT_SECRET,
            CONSOLE_CLIENT_SECRET,
            REDIS_PASSWORD));
    return keys;
  }

  /** URL-safe Base64 of 24 random bytes: no quoting needed in SQL, shell or URLs. */
  private static String randomSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Properties read(Path file) {
    Properties values = new Properties();
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        values.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + file, e);
      }
    }
    return values;
  }

  private static void write(Path file, Properties values) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (!Files.exists(file) && isPosix()) {
        // Created owner-only from the start, so the secrets are never readable by others, not even
        // briefly.
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      }
      try (Writer writer = Files.newBufferedWriter(file)) {
        values.store(writer, "Sequestra local stack secrets: generated once, keep private");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  private static void restrictToOwner(Path file) {
    if (!isPosix()) {
      return;
    }
    try {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restrict permissions of " + file, e);
    }
  }

  private static boolean isPosix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
