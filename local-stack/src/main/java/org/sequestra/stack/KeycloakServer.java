package org.sequestra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak in dev mode with the repository's realms imported. Its H2 store persists between runs
 * (warm starts are much faster); it is dropped, so the realms are imported again, whenever the
 * realm files or the values they are imported with change.
 */
final class KeycloakServer {

  static final String NAME = "keycloak";
  private static final String READINESS_REALM = "sequestra";
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final ManagedProcess process;
  private final Path importFingerprintFile;
  private final String importFingerprint;

  private KeycloakServer(
      ManagedProcess process, Path importFingerprintFile, String importFingerprint) {
    this.process = process;
    this.importFingerprintFile = importFingerprintFile;
    this.importFingerprint = importFingerprint;
  }

  /** Installs (once), prepares the realm import and launches Keycloak without waiting for it. */
  static KeycloakServer launch(StackConfig config, Secrets secrets) {
    Path home = KeycloakDistribution.install(config.keycloakZip(), config.stateDir());
    Map<String, String> environment = environment(config, secrets);
    List<Path> realms = realmFiles(config.realmDir());
    String fingerprint = fingerprint(realms, environment);
    Path fingerprintFile = home.resolve("data/sequestra-import.sha256");
    if (!fingerprint.equals(read(fingerprintFile))) {
      // The import skips realms that already exist, so a changed realm only arrives in a fresh
      // store.
      Directories.deleteRecursively(home.resolve("data/h2"));
    }
    copyRealms(realms, home.resolve("data/import"));
    copyThemes(config.realmDir().resolve("themes"), home.resolve("themes"));
    ManagedProcess process =
        ManagedProcess.start(
            NAME,
            List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + config.keycloakPort(),
                "--import-realm"),
            environment,
            home,
            config.stateDir().resolve("logs/keycloak.log"),
            URI.create(
                config.keycloakUrl()
                    + "/realms/"
                    + READINESS_REALM
                    + "/.well-known/openid-configuration"));
    return new KeycloakServer(process, fingerprintFile, fingerprint);
  }

  ManagedProcess process() {
    return process;
  }

  /** Waits until the readiness realm answers; only then is the import recorded as done. */
  void awaitReady(Duration timeout) {
    process.awaitReady(timeout);
    try {
      Files.writeString(importFingerprintFile, importFingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + importFingerprintFile, e);
    }
  }

  void stop() {
    process.stop(STOP_GRACE);
  }

  private static Map<String, String> environment(StackConfig config, Secrets secrets) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    // Keycloak 26 on Java 25 needs reflective access to java.lang.
    environment.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
    environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.keycloakAdminPassword());
    environment.put("SEQUESTRA_KEYCLOAK_URL", config.keycloakUrl());
    environment.put("SEQUESTRA_BROKER_SECRET", secrets.brokerSecret());
    environment.put("SEQUESTRA_EMPACT_SECRET", secrets.empactSecret());
    environment.put("SEQUESTRA_FREEZING_CLIENT_SECRET", secrets.freezingClientSecret());
    // The hub's console client: the gateway's secret, and where browsers reach the gateway (its
    // redirect and post-logout URIs).
    environment.put("SEQUESTRA_CONSOLE_CLIENT_SECRET", secrets.consoleClientSecret());
    environment.put("SEQUESTRA_CONSOLE_URL", config.serviceUrl(PlatformService.GATEWAY));
    return environment;
  }

  private static List<Path> realmFiles(Path realmDir) {
    try (Stream<Path> files = Files.list(realmDir)) {
      List<Path> realms =
          files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
      if (realms.isEmpty()) {
        throw new StackStartException("No realm files (*.json) in " + realmDir);
      }
      return realms;
    } catch (IOException e) {
      throw new StackStartException(
          "Cannot read the realm directory " + realmDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * SHA-256 over the realm files and the environment (URL, secrets, admin password) they are
   * imported with.
   */
  private static String fingerprint(List<Path> realms, Map<String, String> environment) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path realm : realms) {
        digest.update(realm.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(realm));
      }
      // JAVA_* only says how Keycloak runs, not what it imports: a new JDK must not drop the store.
      environment.forEach(
          (name, value) -> {
            if (!name.startsWith("JAVA_")) {
              digest.update((name + "=" + value).getBytes(StandardCharsets.UTF_8));
            }
          });
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the realm files", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyRealms(List<Path> realms, Path importDir) {
    try {
      Directories.deleteRecursively(importDir);
      Files.createDirectories(importDir);
      for (Path realm : realms) {
        Files.copy(realm, importDir.resolve(realm.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy the realm files to " + importDir, e);
    }
  }

  /**
   * The realms' themes (e.g. the hub's login page that offers only the agencies), each replacing
   * its earlier copy; Keycloak's own themes stay. Read at run time: no new import needed.
   */
  static void copyThemes(Path source, Path themesDir) {
    if (!Files.isDirectory(source)) {
      return;
    }
    try (Stream<Path> themes = Files.list(source)) {
      for (Path theme : themes.filter(Files::isDirectory).toList()) {
        Path target = themesDir.resolve(theme.getFileName().toString());
        Directories.deleteRecursively(target);
        try (Stream<Path> files = Files.walk(theme)) {
          for (Path file : files.toList()) {
            Path copy = target.resolve(theme.relativize(file).toString());
            if (Files.isDirectory(file)) {
              Files.createDirectories(copy);
            } else {
              Files.copy(file, copy);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy the themes to " + themesDir, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
