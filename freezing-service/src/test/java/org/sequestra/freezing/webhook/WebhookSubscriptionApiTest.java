package org.sequestra.freezing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/** Managing subscriptions: who may, what they see, and the secret shown once only. */
@ExtendWith(OutputCaptureExtension.class)
class WebhookSubscriptionApiTest extends WebhookTestSupport {

  private static final String BASE = "/api/v1/webhook-subscriptions";

  @Test
  void theSecretIsShownOnceAtCreationAndNeverAgain(CapturedOutput output) throws Exception {
    String created =
        subscribe(
            NL_SUPERVISOR,
            "{\"url\":\""
                + target("/nl-cases")
                + "\",\"description\":\"NL case system\","
                + "\"eventTypes\":[\"request.issued\",\"request.recognised\"]}");
    String id = id(created);
    String secret = secret(created);

    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);
    String shown =
        mvc.perform(get(BASE + "/" + id).header("Authorization", NL_SUPERVISOR))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.scope").value("AGENCY"))
            .andExpect(jsonPath("$.agency").value("NL-ARO"))
            .andExpect(jsonPath("$.enabled").value(true))
            .andExpect(jsonPath("$.eventTypes[1]").value("request.recognised"))
            .andExpect(jsonPath("$.secret").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String listed =
        mvc.perform(get(BASE).header("Authorization", NL_SUPERVISOR))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].id").value(id))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String disabled =
        mvc.perform(post(BASE + "/" + id + "/disable").header("Authorization", NL_SUPERVISOR))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.enabled").value(false))
            .andReturn()
            .getResponse()
            .getContentAsString();

    String key = secret.substring(6);
    assertThat(shown + listed + disabled).doesNotContain(key);
    assertThat(
            jdbc.sql("select secret from webhook_subscription where id = ?::uuid")
                .param(id)
                .query(String.class)
                .single())
        .startsWith("aesgcm:")
        .doesNotContain(key);
    assertThat(
            jdbc.sql(
                    "select string_agg(concat_ws(' ', action, detail), ' | ') from audit_log"
                        + " where object_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .contains("webhook-subscription.create", "webhook-subscription.disable")
        .doesNotContain(key);
    assertThat(output.getAll()).doesNotContain(key);
  }

  @Test
  void aSupervisorManagesTheOwnAgencysSubscriptionsOnly() throws Exception {
    String nl = id(subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/nl") + "\"}"));

    mvc.perform(get(BASE + "/" + nl).header("Authorization", ES_SUPERVISOR))
        .andExpect(status().isNotFound());
    mvc.perform(delete(BASE + "/" + nl).header("Authorization", ES_SUPERVISOR))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(BASE + "/" + nl + "/deliveries/replay-dead")
                .header("Authorization", ES_SUPERVISOR))
        .andExpect(status().isNotFound());
    mvc.perform(get(BASE).header("Authorization", ES_SUPERVISOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isEmpty())
        .andExpect(jsonPath("$.page.totalElements").value(0));
    mvc.perform(get(BASE + "/" + nl).header("Authorization", PLATFORM_ADMIN))
        .andExpect(status().isOk());

    mvc.perform(delete(BASE + "/" + nl).header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isNoContent());
    mvc.perform(get(BASE + "/" + nl).header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyAPlatformAdminSubscribesPlatformWide() throws Exception {
    String body = "{\"url\":\"" + target("/empact") + "\",\"scope\":\"PLATFORM\"}";
    mvc.perform(
            post(BASE)
                .header("Authorization", NL_SUPERVISOR)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType("application/problem+json"));

    String platform = id(subscribe(PLATFORM_ADMIN, body));

    mvc.perform(get(BASE + "/" + platform).header("Authorization", NL_SUPERVISOR))
        .andExpect(status().isNotFound());
    mvc.perform(get(BASE).header("Authorization", PLATFORM_ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].scope").value("PLATFORM"));
  }

  @Test
  void otherRolesMayNotManageSubscriptions() throws Exception {
    for (String role : new String[] {"ARO_ANALYST", "ISSUING_AUTHORITY", "EMPACT_INTEGRATION"}) {
      String bearer = TestIssuers.token("agency-nl").roles(role).bearer();
      mvc.perform(get(BASE).header("Authorization", bearer)).andExpect(status().isForbidden());
      mvc.perform(
              post(BASE)
                  .header("Authorization", bearer)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"url\":\"" + target("/x") + "\"}"))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void aTargetThatIsNotHttpsOrNotAllowedIsRefusedNamingTheField() throws Exception {
    for (String url :
        new String[] {
          "http://localhost.evil.example/hooks", // http to a host not allowed for http
          "https://cases.nl-aro.example/hooks", // outside the tests' allow-list
          "https://user:password@localhost/hooks", // credentials in the URL
          "not a url"
        }) {
      mvc.perform(
              post(BASE)
                  .header("Authorization", NL_SUPERVISOR)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"url\":\"" + url + "\"}"))
          .andExpect(status().isUnprocessableContent())
          .andExpect(content().contentType("application/problem+json"))
          .andExpect(jsonPath("$.violations[0].field").value("url"));
    }
    assertThat(jdbc.sql("select count(*) from webhook_subscription").query(Long.class).single())
        .isZero();
  }

  @Test
  void theSecretCanBeRotatedAndIsShownOnce() throws Exception {
    String created = subscribe(NL_SUPERVISOR, "{\"url\":\"" + target("/nl") + "\"}");
    String id = id(created);

    String rotated =
        mvc.perform(post(BASE + "/" + id + "/rotate-secret").header("Authorization", NL_SUPERVISOR))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.secret").value(startsWith("whsec_")))
            .andExpect(jsonPath("$.previousValidUntil").exists())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(rotated).doesNotContain(secret(created).substring(6));
    assertThat(
            jdbc.sql("select count(*) from audit_log where object_id = ? and action = ?")
                .params(id, "webhook-subscription.rotate-secret")
                .query(Long.class)
                .single())
        .isOne();
  }
}
