package org.sequestra.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(
    classes = IdempotencyTestApplication.class,
    properties = {
      "spring.config.import=classpath:sequestra-platform.yaml",
      "spring.flyway.locations=classpath:db/platform,classpath:db/roles"
    })
@AutoConfigureMockMvc
class IdempotencyFilterTest {

  @Autowired MockMvc mvc;
  @Autowired IdempotencyTestApplication.Things things;
  @Autowired JdbcTemplate jdbc;

  private final String analyst =
      TestIssuers.token("agency-nl").subject("analyst-1").roles("ARO_ANALYST").bearer();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "platform_idempotency");
    TestIssuers.register(registry);
  }

  @BeforeEach
  void reset() {
    things.created.set(0);
    things.failures.set(0);
  }

  private ResultActions send(String path, String bearer, String key, String body) throws Exception {
    var request =
        post(path)
            .header("Authorization", bearer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    if (key != null) {
      request.header(IdempotencyFilter.HEADER, key);
    }
    return mvc.perform(request);
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  @Test
  void aReplayReturnsTheFirstResponseWithoutRunningAgain() throws Exception {
    String key = key();
    MvcResult first =
        send("/things", analyst, key, "{\"name\":\"vessel\"}")
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/things/1"))
            .andReturn();

    send("/things", analyst, key, "{\"name\":\"vessel\"}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/things/1"))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().json(first.getResponse().getContentAsString()));

    assertThat(things.created).hasValue(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422() throws Exception {
    String key = key();
    send("/things", analyst, key, "{\"name\":\"vessel\"}").andExpect(status().isCreated());

    send("/things", analyst, key, "{\"name\":\"aircraft\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:idempotency-key-reused"));
    assertThat(things.created).hasValue(1);
  }

  @Test
  void withoutAKeyEveryPostRuns() throws Exception {
    send("/things", analyst, null, "{\"name\":\"vessel\"}").andExpect(status().isCreated());
    send("/things", analyst, null, "{\"name\":\"vessel\"}")
        .andExpect(status().isCreated())
        .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));
    assertThat(things.created).hasValue(2);
  }

  @Test
  void keysBelongToTheirCaller() throws Exception {
    String key = key();
    String colleague =
        TestIssuers.token("agency-nl").subject("analyst-2").roles("ARO_ANALYST").bearer();
    String spanish =
        TestIssuers.token("agency-es").subject("analyst-1").roles("ARO_ANALYST").bearer();

    send("/things", analyst, key, "{\"name\":\"vessel\"}").andExpect(status().isCreated());
    send("/things", colleague, key, "{\"name\":\"aircraft\"}").andExpect(status().isCreated());
    send("/things", spanish, key, "{\"name\":\"aircraft\"}").andExpect(status().isCreated());

    assertThat(things.created).hasValue(3);
  }

  @Test
  void aServerErrorIsNotKeptSoTheClientCanRetryWithTheSameKey() throws Exception {
    String key = key();
    send("/flaky-things", analyst, key, "{\"name\":\"vessel\"}")
        .andExpect(status().isServiceUnavailable());
    send("/flaky-things", analyst, key, "{\"name\":\"vessel\"}").andExpect(status().isCreated());
    send("/flaky-things", analyst, key, "{\"name\":\"vessel\"}")
        .andExpect(status().isCreated())
        .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));
    assertThat(things.created).hasValue(1);
  }

  @Test
  void aDuplicateWhileTheFirstStillRunsIsRefusedNotRunTwice() throws Exception {
    String key = key();
    things.entered = new CountDownLatch(1);
    things.release = new CountDownLatch(1);
    CompletableFuture<MvcResult> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return send("/slow-things", analyst, key, "{\"name\":\"vessel\"}").andReturn();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(things.entered.await(30, TimeUnit.SECONDS)).isTrue();

    send("/slow-things", analyst, key, "{\"name\":\"vessel\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:idempotency-key-in-progress"));

    things.release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(201);
    assertThat(things.created).hasValue(1);
  }

  @Test
  void anExpiredKeyRunsAgain() throws Exception {
    String key = key();
    send("/things", analyst, key, "{\"name\":\"vessel\"}").andExpect(status().isCreated());
    jdbc.update(
        "update idempotency_key set created_at = created_at - interval '25 hours'"
            + " where idempotency_key = ?",
        key);

    send("/things", analyst, key, "{\"name\":\"aircraft\"}")
        .andExpect(status().isCreated())
        .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));
    assertThat(things.created).hasValue(2);
  }

  @Test
  void anUnusableKeyIsABadRequest() throws Exception {
    send("/things", analyst, "has spaces in it", "{\"name\":\"vessel\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value(IdempotencyFilter.HEADER));
    send("/things", analyst, "x".repeat(256), "{\"name\":\"vessel\"}")
        .andExpect(status().isBadRequest());
    assertThat(things.created).hasValue(0);
  }

  @Test
  void anUnauthenticatedRequestIsRefusedBeforeAnyKeyIsKept() throws Exception {
    String key = key();
    mvc.perform(
            post("/things")
                .header(IdempotencyFilter.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"vessel\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from idempotency_key where idempotency_key = ?", Long.class, key))
        .isZero();
  }
}
