package org.sequestra.freezing.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.registry.RegistryEffect;
import org.sequestra.freezing.registry.RegistryOutbox;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Both outboxes hold a row exactly when the change that wrote it committed. */
@SpringBootTest
class OutboxesTest {

  @Autowired RequestEvents events;
  @Autowired RegistryOutbox registry;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void anEventIsStoredWithItsChangeAndVanishesWithItsRollback() {
    UUID request = UUID.randomUUID();
    RequestEvent kept =
        RequestEvent.of(
            request,
            "request.transmitted",
            Instant.parse("2026-12-04T08:00:00Z"),
            "NL-ARO",
            "ES-ARO",
            Map.of("status", "TRANSMITTED", "assets", List.of("a", "b")));
    transactions.executeWithoutResult(status -> events.append(kept));
    transactions.executeWithoutResult(
        status -> {
          events.append(
              RequestEvent.of(
                  request, "request.received", Instant.now(), "NL-ARO", "ES-ARO", Map.of()));
          status.setRollbackOnly();
        });

    assertThat(
            jdbc.sql("select type, data ->> 'status' from request_event where request_id = ?")
                .param(request)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2))
                .list())
        .containsExactly("request.transmitted/TRANSMITTED");
  }

  @Test
  void anEffectNeedsTheTransactionOfItsChange() {
    RegistryEffect frozen =
        new RegistryEffect(
            UUID.randomUUID(),
            UUID.randomUUID(),
            RegistryEffect.Kind.FROZEN,
            UUID.randomUUID(),
            "NL-ARO",
            "ES-ARO",
            List.of(
                new RegistryEffect.AssetEffect(
                    UUID.randomUUID(), new BigDecimal("1500.00"), "EUR")),
            new RegistryEffect.LegalBasis(
                "ES-AN/2026/41", "Audiencia Nacional", LocalDate.of(2026, 12, 3)),
            null);

    assertThatThrownBy(() -> registry.add(frozen))
        .isInstanceOf(IllegalTransactionStateException.class);
    transactions.executeWithoutResult(status -> registry.add(frozen));

    assertThat(
            jdbc.sql(
                    "select effect, body -> 'assets' -> 0 ->> 'valueAmount' from registry_outbox"
                        + " where id = ?")
                .param(frozen.id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .single())
        .isEqualTo("FROZEN 1500.00");
  }
}
