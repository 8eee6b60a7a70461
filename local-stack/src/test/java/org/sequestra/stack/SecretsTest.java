package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

  @TempDir Path dir;

  @Test
  void generatesOnceOwnerOnlyAndReusesAfterwards() throws Exception {
    Path file = dir.resolve("state/secrets.properties");
    Secrets first = Secrets.loadOrCreate(file, List.of("freezing"));

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(first.empactSecret().matches("[A-Za-z0-9_-]{32}"), first.empactSecret());
    assertNotEquals(first.empactSecret(), first.brokerSecret());

    Secrets second = Secrets.loadOrCreate(file, List.of("freezing"));
    assertEquals(first.empactSecret(), second.empactSecret());
    assertTrue(first.freezingClientSecret().matches("[A-Za-z0-9_-]{32}"));
    assertNotEquals(first.freezingClientSecret(), first.empactSecret());
    assertEquals(first.freezingClientSecret(), second.freezingClientSecret());
    assertTrue(first.consoleClientSecret().matches("[A-Za-z0-9_-]{32}"));
    assertNotEquals(first.consoleClientSecret(), first.freezingClientSecret());
    assertEquals(first.consoleClientSecret(), second.consoleClientSecret());
    assertEquals(first.databasePassword("freezing"), second.databasePassword("freezing"));
    assertEquals(first.keycloakAdminPassword(), second.keycloakAdminPassword());
    assertEquals(first.postgresSuperuserPassword(), second.postgresSuperuserPassword());
    assertNotEquals(first.postgresSuperuserPassword(), first.databasePassword("freezing"));
  }

  @Test
  void addsSecretsForNewDatabasesWithoutChangingExistingOnes() {
    Path file = dir.resolve("secrets.properties");
    Secrets before = Secrets.loadOrCreate(file, List.of("freezing"));
    Secrets after = Secrets.loadOrCreate(file, List.of("freezing", "asset_registry"));

    assertEquals(before.databasePassword("freezing"), after.databasePassword("freezing"));
    assertEquals(32, after.databasePassword("asset_registry").length());
  }

  @Test
  void givesEachDatabaseAnApplicationRolePasswordAlsoInAFileFromBeforeThatRole() throws Exception {
    Path file = dir.resolve("secrets.properties");
    Secrets before = Secrets.loadOrCreate(file, List.of("freezing"));
    String owner = before.databasePassword("freezing");
    Files.write(
        file,
        Files.readAllLines(file).stream()
            .filter(line -> !line.startsWith("postgres.freezing_app."))
            .toList());

    Secrets after = Secrets.loadOrCreate(file, List.of("freezing"));

    assertEquals("freezing_app", Secrets.appRole("freezing"));
    assertEquals(owner, after.databasePassword("freezing"));
    assertEquals(32, after.appPassword("freezing").length());
    assertNotEquals(owner, after.appPassword("freezing"));
    assertEquals(
        after.appPassword("freezing"),
        Secrets.loadOrCreate(file, List.of("freezing")).appPassword("freezing"));
  }
}
