package org.sequestra.registry.asset;

import static org.sequestra.registry.Fixtures.esAnalyst;
import static org.sequestra.registry.Fixtures.nlAnalyst;
import static org.sequestra.registry.Fixtures.uniqueDutchIban;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.Fixtures;
import org.sequestra.registry.LockWaits;
import org.sequestra.registry.RegistryIntegrationTest;
import org.sequestra.registry.api.model.AssetIdentifiersDto;
import org.sequestra.registry.api.model.AssetTypeDto;
import org.sequestra.registry.api.model.NewAssetDto;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two agencies register the same IBAN while the first registration is not yet committed: the second
 * must wait for it and so still see it, or neither agency would ever hear of the other.
 */
class SimultaneousRegistrationTest extends RegistryIntegrationTest {

  private static final Caller NL =
      new Caller("nl-analyst", null, "NL-ARO", "NL", Set.of("ARO_ANALYST"), "test", null);
  private static final Caller ES =
      new Caller("es-analyst", null, "ES-ARO", "ES", Set.of("ARO_ANALYST"), "test", null);

  @Autowired AssetService assets;
  @Autowired AssetMapper mapper;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRegistrationOverlappingAnUncommittedOneOfAnotherAgencyStillHits() throws Exception {
    Fixtures given = new Fixtures(mvc);
    UUID nlCase = UUID.fromString(given.openCase(nlAnalyst()));
    UUID esCase = UUID.fromString(given.openCase(esAnalyst()));
    NewAsset account =
        mapper.toNewAsset(
            new NewAssetDto(AssetTypeDto.BANK_ACCOUNT, "Current account")
                .identifiers(new AssetIdentifiersDto().iban(uniqueDutchIban())));
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch nlRegistered = new CountDownLatch(1);

    CompletableFuture<Asset> nl =
        CompletableFuture.supplyAsync(
            () ->
                tx.execute(
                    status -> {
                      Asset registered = assets.register(NL, nlCase, account);
                      nlRegistered.countDown();
                      // ES registers while this transaction is still open: held until ES
                      // waits for NL's lock on the IBAN
                      LockWaits.awaitAnotherSessionBlocked(jdbc);
                      return registered;
                    }));
    nlRegistered.await();
    Asset es = tx.execute(status -> assets.register(ES, esCase, account));

    given
        .get(esAnalyst(), "/api/v1/hits?size=200")
        .andExpect(
            jsonPath("$.items[?(@.yourAssetId == '" + es.getId() + "')].otherAgency")
                .value("NL-ARO"));
    given
        .get(nlAnalyst(), "/api/v1/hits?size=200")
        .andExpect(
            jsonPath("$.items[?(@.yourAssetId == '" + nl.get().getId() + "')].otherAgency")
                .value("ES-ARO"));
  }
}
