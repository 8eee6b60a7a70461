package org.sequestra.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakThemesTest {

  @TempDir Path dir;

  @Test
  void theRepositorysThemesReplaceTheirEarlierCopiesAndLeaveKeycloaksOwn() throws Exception {
    Path source = dir.resolve("keycloak/themes");
    Files.createDirectories(source.resolve("sequestra/login/messages"));
    Files.writeString(source.resolve("sequestra/login/login.ftl"), "new page");
    Files.writeString(source.resolve("sequestra/login/messages/messages_en.properties"), "a=b");
    Path installed = dir.resolve("kc/themes");
    Files.createDirectories(installed.resolve("sequestra/login"));
    Files.writeString(installed.resolve("sequestra/login/stale.ftl"), "old");
    Files.writeString(installed.resolve("README.txt"), "Keycloak's");

    KeycloakServer.copyThemes(source, installed);

    assertEquals("new page", Files.readString(installed.resolve("sequestra/login/login.ftl")));
    assertTrue(Files.exists(installed.resolve("sequestra/login/messages/messages_en.properties")));
    assertFalse(Files.exists(installed.resolve("sequestra/login/stale.ftl")));
    assertEquals("Keycloak's", Files.readString(installed.resolve("README.txt")));
  }

  @Test
  void withoutThemesNothingHappens() {
    KeycloakServer.copyThemes(dir.resolve("none"), dir.resolve("kc/themes"));

    assertFalse(Files.exists(dir.resolve("kc/themes")));
  }

  @Test
  void theHubRealmUsesTheThemeTheRepositoryHolds() throws Exception {
    Path keycloak = Path.of("../keycloak");
    assertTrue(
        Files.readString(keycloak.resolve("sequestra-realm.json"))
            .contains("\"loginTheme\": \"sequestra\""));
    assertTrue(Files.exists(keycloak.resolve("themes/sequestra/login/theme.properties")));
    assertTrue(Files.exists(keycloak.resolve("themes/sequestra/login/login.ftl")));
  }
}
