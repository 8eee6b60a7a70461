package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {

  @TempDir Path dir;

  @Test
  void unpacksOnceWithExecutableScripts() throws Exception {
    Path zip = dir.resolve("keycloak.zip");
    String top = "keycloak-" + KeycloakDistribution.VERSION + "/";
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      add(out, top + "bin/kc.sh", "#!/bin/sh\n");
      add(out, top + "version.txt", "first");
    }
    Path state = dir.resolve("state");

    Path home = KeycloakDistribution.install(zip, state);

    assertEquals(state.resolve(top), home.resolve(""));
    assertTrue(Files.isExecutable(home.resolve("bin/kc.sh")));
    Files.writeString(home.resolve("version.txt"), "kept");
    Files.delete(zip);
    assertEquals(
        home, KeycloakDistribution.install(zip, state), "a second start reuses the installation");
    assertEquals("kept", Files.readString(home.resolve("version.txt")));
  }

  @Test
  void saysHowToGetAMissingDistribution() {
    StackStartException failure =
        assertThrows(
            StackStartException.class,
            () -> KeycloakDistribution.install(dir.resolve("missing.zip"), dir.resolve("state")));
    assertTrue(failure.getMessage().contains("mvn -DskipTests package"), failure.getMessage());
  }

  private static void add(ZipOutputStream out, String name, String content) throws Exception {
    out.putNextEntry(new ZipEntry(name));
    OutputStream stream = out;
    stream.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
