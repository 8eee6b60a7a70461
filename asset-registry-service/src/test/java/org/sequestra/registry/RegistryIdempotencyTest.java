package org.sequestra.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.registry.Fixtures.bankAccount;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A client that retries a POST (timeout, lost answer) adds a subject, an asset, a valuation or an
 * owner once: the retry gets the first answer; the same key for another request is refused.
 */
class RegistryIdempotencyTest extends RegistryIntegrationTest {

  /** Keys are scoped per caller: a retry comes from the same user. */
  private final String analyst =
      TestIssuers.token("agency-nl")
          .subject("analyst-" + UUID.randomUUID())
          .roles("ARO_ANALYST")
          .bearer();

  private Fixtures given;
  private String caseId;

  @BeforeEach
  void openCase() throws Exception {
    given = new Fixtures(mvc);
    caseId = given.openCase(analyst);
  }

  /** Sends {@code body} twice with one key, then another body with it; returns the id made. */
  private String retriedOnce(String path, String body, String otherBody) throws Exception {
    String key = UUID.randomUUID().toString();
    MvcResult first =
        given.postJson(analyst, path, key, body).andExpect(status().isCreated()).andReturn();
    String id =
        Fixtures.id(
            given
                .postJson(analyst, path, key, body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().json(first.getResponse().getContentAsString())));
    assertThat(id).isEqualTo(Fixtures.id(given.postJson(analyst, path, key, body)));

    given
        .postJson(analyst, path, key, otherBody)
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(Fixtures.PROBLEM))
        .andExpect(jsonPath("$.type").value("urn:sequestra:problem:idempotency-key-reused"));
    return id;
  }

  @Test
  void aRetriedSubjectIsAddedOnce() throws Exception {
    String path = "/api/v1/cases/" + caseId + "/subjects";
    retriedOnce(
        path,
        "{\"kind\":\"NATURAL_PERSON\",\"role\":\"OWNER\",\"naturalPerson\":{\"familyName\":\"Jansen\"}}",
        "{\"kind\":\"NATURAL_PERSON\",\"role\":\"OWNER\",\"naturalPerson\":{\"familyName\":\"Smit\"}}");
    given.get(analyst, path).andExpect(jsonPath("$.page.totalElements").value(1));
  }

  @Test
  void aRetriedAssetIsRegisteredOnceWithItsETag() throws Exception {
    String path = "/api/v1/cases/" + caseId + "/assets";
    String key = UUID.randomUUID().toString();
    String body = bankAccount(uniqueDutchIban());
    MvcResult first =
        given.postJson(analyst, path, key, body).andExpect(status().isCreated()).andReturn();
    given
        .postJson(analyst, path, key, body)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", first.getResponse().getHeader("Location")))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(content().json(first.getResponse().getContentAsString()));

    retriedOnce(path, bankAccount(uniqueDutchIban()), bankAccount(uniqueDutchIban()));
    given.get(analyst, path).andExpect(jsonPath("$.page.totalElements").value(2));
  }

  @Test
  void aRetriedValuationIsRecordedOnce() throws Exception {
    String assetId = given.asset(analyst, caseId, bankAccount(uniqueDutchIban()));
    String path = "/api/v1/assets/" + assetId + "/valuations";
    String valuation =
        "{\"estimatedValue\":{\"amount\":\"%s\",\"currency\":\"EUR\"},\"valuationDate\":\"2026-01-15\"}";
    retriedOnce(path, valuation.formatted("1000.00"), valuation.formatted("2000.00"));
    given.get(analyst, path).andExpect(jsonPath("$.page.totalElements").value(1));
  }

  @Test
  void aRetriedOwnerIsLinkedOnceAndDoesNotCountTwiceAgainstTheShares() throws Exception {
    String assetId = given.asset(analyst, caseId, bankAccount(uniqueDutchIban()));
    String jansen = given.person(analyst, caseId, "Jansen");
    String path = "/api/v1/assets/" + assetId + "/owners";
    String owner =
        "{\"subjectId\":\"" + jansen + "\",\"kind\":\"LEGAL\",\"sharePercentage\":\"%s\"}";
    // a second run of the first request would exceed 100 % and be refused: the retry is not
    retriedOnce(path, owner.formatted("60"), owner.formatted("40"));
    given.get(analyst, path).andExpect(jsonPath("$.page.totalElements").value(1));
  }
}
