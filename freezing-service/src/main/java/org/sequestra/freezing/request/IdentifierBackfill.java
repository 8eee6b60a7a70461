package org.sequestra.freezing.request;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.sequestra.freezing.certificate.Certificate;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Migration 70: indexes the identifiers of requests stored before the index knew them, the
 * certificates' of requests drafted before V55 and the registry's of requests issued before their
 * snapshots were indexed. Java rather than SQL because the keys are the platform's validation keys
 * (an IBAN in any spelling, a wallet address whose case matters), computed as the service computes
 * them. It only adds: running it over an index that is complete changes nothing.
 */
@Component
class IdentifierBackfill implements JavaMigration {

  private static final int PAGE = 500;
  private static final TypeReference<List<AssetSnapshot.Identifier>> IDENTIFIERS =
      new TypeReference<>() {};

  private final JsonMapper json;

  IdentifierBackfill(JsonMapper json) {
    this.json = json;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("70");
  }

  @Override
  public String getDescription() {
    return "index identifiers of earlier requests";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    JdbcTemplate jdbc =
        new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
    indexCertificates(jdbc);
    jdbc.query(
        "select request_id, identifiers from asset_snapshot",
        row -> {
          UUID requestId = row.getObject("request_id", UUID.class);
          List<AssetSnapshot.Identifier> identifiers =
              json.readValue(row.getString("identifiers"), IDENTIFIERS);
          RequestIdentifiers.insert(jdbc, requestId, RequestIdentifiers.registryKeys(identifiers));
        });
  }

  /** A page of certificates at a time: there may be many, each a document of some kilobytes. */
  private void indexCertificates(JdbcTemplate jdbc) {
    UUID after = new UUID(0, 0); // PostgreSQL orders uuids by their bytes, unsigned
    while (true) {
      List<Stored> page =
          jdbc.query(
              "select id, certificate from freezing_request where id > ? order by id limit ?",
              (row, number) ->
                  new Stored(row.getObject("id", UUID.class), row.getString("certificate")),
              after,
              PAGE);
      for (Stored stored : page) {
        Certificate certificate = json.readValue(stored.certificate(), Certificate.class);
        RequestIdentifiers.insert(jdbc, stored.id(), RequestIdentifiers.keys(certificate));
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.getLast().id();
    }
  }

  private record Stored(UUID id, String certificate) {}
}
