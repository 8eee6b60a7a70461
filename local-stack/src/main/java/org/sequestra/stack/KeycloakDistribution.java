package org.sequestra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution: the zip this module's build copies, unpacked once into the
 * state directory.
 */
final class KeycloakDistribution {

  static final String VERSION = readVersion();

  private KeycloakDistribution() {}

  /**
   * Where {@code mvn package} of this module puts the zip; failing that, the local Maven repository
   * (where Maven keeps it anyway), so a test run of another module alone still finds it.
   */
  static Path defaultZip(Path repoRoot) {
    Path built = repoRoot.resolve("local-stack/target/keycloak/keycloak.zip");
    Path mavenRepository =
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/keycloak/keycloak-quarkus-dist",
            VERSION,
            "keycloak-quarkus-dist-" + VERSION + ".zip");
    return Files.exists(built) || !Files.exists(mavenRepository) ? built : mavenRepository;
  }

  /**
   * The Keycloak home under {@code stateDir}, unpacked from {@code zip} unless an earlier run
   * already did.
   */
  static Path install(Path zip, Path stateDir) {
    Path home = stateDir.resolve("keycloak-" + VERSION);
    if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
      return home;
    }
    if (!Files.exists(zip)) {
      throw new StackStartException(
          "Keycloak distribution "
              + zip
              + " not found: run `mvn -DskipTests package`"
              + " (it copies org.keycloak:keycloak-quarkus-dist:"
              + VERSION
              + ":zip there)");
    }
    // Unpacked beside the target and moved at the end, so an interrupted unpack never looks
    // installed.
    Path unpacking = stateDir.resolve("keycloak-" + VERSION + ".unpacking");
    Directories.deleteRecursively(unpacking);
    unzip(zip, unpacking);
    try {
      Directories.deleteRecursively(home);
      Files.move(unpacking.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not install Keycloak into " + home, e);
    }
    Directories.deleteRecursively(unpacking);
    return home;
  }

  private static void unzip(Path zip, Path target) {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path destination = target.resolve(entry.getName()).normalize();
        if (!destination.startsWith(target)) {
          throw new IOException("Entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
          continue;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream input = archive.getInputStream(entry)) {
          Files.copy(input, destination);
        }
        // java.util.zip drops Unix modes; the scripts are the only executables in the distribution.
        if (entry.getName().endsWith(".sh")) {
          destination.toFile().setExecutable(true, false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not unpack " + zip, e);
    }
  }

  private static String readVersion() {
    Properties versions = new Properties();
    try (InputStream input =
        KeycloakDistribution.class.getResourceAsStream("versions.properties")) {
      if (input == null) {
        throw new IllegalStateException("versions.properties missing from the local-stack jar");
      }
      versions.load(input);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read versions.properties", e);
    }
    return versions.getProperty("keycloak.version");
  }
}
