package org.sequestra.registry.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.lifecycle.LifecycleRequests.FREEZE;
import static org.sequestra.registry.lifecycle.LifecycleRequests.REQUEST_FREEZE;
import static org.sequestra.registry.lifecycle.LifecycleRequests.act;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.sequestra.registry.RegistryIntegrationTest;
import org.springframework.test.web.servlet.MvcResult;

/** Retried and racing acts: a lost answer never records an act twice, a race never forks it. */
class TransitionRetryTest extends RegistryIntegrationTest {

  /** Idempotency keys are scoped per caller: a retry comes from the same user. */
  private final String supervisor =
      TestIssuers.token("agency-nl")
          .subject("supervisor-" + UUID.randomUUID())
          .roles("ARO_SUPERVISOR")
          .bearer();

  private LifecycleRequests lifecycle;

  @BeforeEach
  void requests() {
    lifecycle = new LifecycleRequests(mvc);
  }

  @Test
  void aRetriedActAnswersTheFirstResponseAndIsRecordedOnce() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    String key = UUID.randomUUID().toString();

    MvcResult first =
        lifecycle
            .transitionWithKey(supervisor, assetId, "\"1\"", key, FREEZE)
            .andExpect(status().isCreated())
            .andReturn();
    // the retry still names the version it was based on; it must not be 412
    lifecycle
        .transitionWithKey(supervisor, assetId, "\"1\"", key, FREEZE)
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(content().json(first.getResponse().getContentAsString()));
    lifecycle.history(nlAnalyst(), assetId).andExpect(jsonPath("$.items", hasSize(2)));

    // the same key for another act is a client bug, not a retry
    lifecycle
        .transitionWithKey(
            supervisor, assetId, "\"2\"", key, act("RELEASED", "2025-02-01T10:00:00Z", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:idempotency-key-reused"));
    lifecycle.history(nlAnalyst(), assetId).andExpect(jsonPath("$.status").value("FROZEN"));
  }

  @Test
  void twoActsRacingOnOneVersionNeverBothSucceed() throws Exception {
    String assetId = lifecycle.cashAsset(nlAnalyst());
    lifecycle.moved(nlAnalyst(), assetId, REQUEST_FREEZE);
    // both follow FREEZE_REQUESTED, so only the version stops the second
    List<String> acts = List.of(FREEZE, act("RELEASED", "2025-02-01T10:00:00Z", ""));
    CountDownLatch start = new CountDownLatch(1);

    List<CompletableFuture<Integer>> racing =
        acts.stream()
            .map(
                act ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            start.await();
                            return lifecycle
                                .transition(supervisor, assetId, "\"1\"", act)
                                .andReturn()
                                .getResponse()
                                .getStatus();
                          } catch (Exception e) {
                            throw new IllegalStateException(e);
                          }
                        }))
            .toList();
    start.countDown();
    List<Integer> statuses = racing.stream().map(CompletableFuture::join).sorted().toList();

    assertThat(statuses).containsExactly(201, 412);
    lifecycle
        .history(nlAnalyst(), assetId)
        .andExpect(header().string("ETag", "\"2\""))
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[1].sequence").value(2));
  }
}
