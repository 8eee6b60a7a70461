package org.sequestra.freezing.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sequestra.freezing.support.RequestFlow.NL_ISSUING;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.sequestra.freezing.support.Certificates;
import org.sequestra.freezing.support.RequestFlow;
import org.sequestra.platform.test.TestDatabase;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Migration 70 indexes requests stored before the identifier index knew them: the certificate's
 * identifiers and the registry's of the assets kept at issue.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdentifierBackfillTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired IdentifierBackfill backfill;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry, "freezing");
    TestIssuers.register(registry);
  }

  @Test
  void isOneOfTheServicesMigrations() {
    assertThat(
            jdbc.queryForObject(
                "select success from flyway_schema_history where version = '70'"
                    + " and description = 'index identifiers of earlier requests'",
                Boolean.class))
        .isTrue();
  }

  @Test
  void aRequestStoredWithoutItsIdentifiersIsIndexedWithTheCertificatesAndTheRegistrys()
      throws Exception {
    RequestFlow request = RequestFlow.draft(mvc, NL_ISSUING, Certificates.urgentFreezingDraft());
    UUID id = UUID.fromString(request.id());
    List<String> indexed = keysOf(id);
    assertThat(indexed).contains("IBAN ES9121000418450200051332", "LAND_REGISTRY MAR-2231");
    // as stored before V55, and with a snapshot kept before snapshots were indexed
    jdbc.update("delete from request_identifier where request_id = ?", id);
    jdbc.update(
        "insert into asset_snapshot (request_id, position, asset_id, case_id, asset_type,"
            + " registry_status, description, identifiers, read_at)"
            + " values (?, 0, ?, ?, 'BANK_ACCOUNT', 'IDENTIFIED', 'account', ?::jsonb, now())",
        id,
        UUID.randomUUID(),
        Certificates.CASE,
        "[{\"type\": \"IBAN\", \"value\": \"GB29NWBK60161331926819\"}]");

    migrate();

    assertThat(keysOf(id))
        .containsAll(indexed)
        .contains("IBAN GB29NWBK60161331926819")
        .hasSize(indexed.size() + 1);

    // a second run over a complete index changes nothing
    migrate();
    assertThat(keysOf(id)).hasSize(indexed.size() + 1);
  }

  private void migrate() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      backfill.migrate(
          new Context() {
            @Override
            public Configuration getConfiguration() {
              return null;
            }

            @Override
            public Connection getConnection() {
              return connection;
            }
          });
    }
  }

  private List<String> keysOf(UUID requestId) {
    return jdbc.queryForList(
        "select identifier_type || ' ' || identifier_key from request_identifier"
            + " where request_id = ? order by 1",
        String.class,
        requestId);
  }
}
