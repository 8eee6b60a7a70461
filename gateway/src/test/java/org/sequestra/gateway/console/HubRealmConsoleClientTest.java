package org.sequestra.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub realm's client for the gateway, as the gateway expects it: confidential, authorization
 * code with PKCE S256 and nothing else, redirected to the gateway's callback and back to the
 * console after log-out; its secret a placeholder the deployment fills, never a value in the file.
 */
class HubRealmConsoleClientTest {

  private static final Path HUB_REALM = Path.of("../keycloak/sequestra-realm.json");

  @Test
  void theConsoleClientIsConfidentialCodeFlowWithPkceAndItsSecretIsNotInTheFile() throws Exception {
    JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(HUB_REALM));
    JsonNode console = client(realm, "console");

    assertThat(console.get("publicClient").asBoolean()).isFalse();
    assertThat(console.get("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(console.get("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(console.get("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(console.get("serviceAccountsEnabled").asBoolean()).isFalse();
    assertThat(console.at("/attributes/pkce.code.challenge.method").asString()).isEqualTo("S256");
    assertThat(console.get("secret").asString()).isEqualTo("${SEQUESTRA_CONSOLE_CLIENT_SECRET}");
    assertThat(strings(console.get("redirectUris")))
        .singleElement()
        .asString()
        .endsWith("}/login/oauth2/code/" + HubClientRegistrations.REGISTRATION_ID);
    assertThat(console.at("/attributes/post.logout.redirect.uris").asString())
        .endsWith("}/console/");
    // its tokens are the API's: audience sequestra-api and the agency's identity provider
    assertThat(console.get("protocolMappers").toString())
        .contains("\"included.custom.audience\":\"sequestra-api\"")
        .contains("\"user.session.note\":\"identity_provider\"");
  }

  @Test
  void theHubsLoginPageOffersOnlyTheAgencies() throws Exception {
    JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(HUB_REALM));

    assertThat(realm.get("loginTheme").asString()).isEqualTo("sequestra");
    String page = Files.readString(Path.of("../keycloak/themes/sequestra/login/login.ftl"));
    assertThat(page).contains("identityProviders.show").doesNotContain("<form");
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    for (JsonNode client : realm.get("clients")) {
      if (clientId.equals(client.get("clientId").asString())) {
        return client;
      }
    }
    throw new AssertionError("no client " + clientId + " in " + HUB_REALM);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }
}
