package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.platform.paging.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored traces: key columns plus the request and result as jsonb (see V10__traces.sql); a large
 * result's lists in chunks beside it (V34__trace_chunks.sql).
 */
@Repository
class TraceStore {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  TraceStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  record StoredTrace(
      UUID id,
      UUID datasetId,
      String direction,
      String rule,
      String currency,
      BigDecimal seedAmount,
      int endPointCount,
      String request,
      String result,
      long graphVersion,
      Instant createdAt,
      String createdBy) {}

  void insert(StoredTrace trace) {
    jdbc.sql(
            """
            insert into trace (id, dataset_id, direction, rule, currency, seed_amount, end_point_count,
                dataset_version, request, result, created_at, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
            """)
        .params(
            trace.id(),
            trace.datasetId(),
            trace.direction(),
            trace.rule(),
            trace.currency(),
            trace.seedAmount(),
            trace.endPointCount(),
            trace.graphVersion(),
            trace.request(),
            trace.result(),
            Timestamp.from(trace.createdAt()),
            trace.createdBy())
        .update();
  }

  /** The lists a large result keeps in chunks. */
  enum Chunked {
    FLOWS,
    END_POINTS,
    UNEXPLAINED
  }

  /** Stores a list's chunks (JSON arrays of {@code chunkSize} items, the last one fewer). */
  void insertChunks(UUID traceId, Chunked list, List<String> chunks) {
    List<Object[]> rows = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      rows.add(new Object[] {traceId, list.name(), i, chunks.get(i)});
    }
    batch.batchUpdate(
        "insert into trace_chunk (trace_id, list, chunk, items) values (?, ?, ?, ?::jsonb)", rows);
  }

  /** The chunks {@code from..to} (inclusive) of a list, in order. */
  List<String> chunks(UUID traceId, Chunked list, int from, int to) {
    return jdbc.sql(
            "select items::text from trace_chunk where trace_id = ? and list = ?"
                + " and chunk between ? and ? order by chunk")
        .params(traceId, list.name(), from, to)
        .query(String.class)
        .list();
  }

  Optional<StoredTrace> find(UUID datasetId, UUID traceId) {
    return jdbc.sql(
            "select id, dataset_id, direction, rule, currency, seed_amount, end_point_count,"
                + " request::text request, result::text result, dataset_version, created_at,"
                + " created_by"
                + " from trace where id = ? and dataset_id = ?")
        .params(traceId, datasetId)
        .query((row, n) -> trace(row, true))
        .optional();
  }

  long count(UUID datasetId) {
    return jdbc.sql("select count(*) from trace where dataset_id = ?")
        .param(datasetId)
        .query(Long.class)
        .single();
  }

  List<StoredTrace> page(UUID datasetId, int page, int size) {
    return jdbc.sql(
            "select id, dataset_id, direction, rule, currency, seed_amount, end_point_count,"
                + " dataset_version, created_at, created_by from trace where dataset_id = ?"
                + " order by created_at desc, id limit ? offset ?")
        .params(datasetId, size, Paging.offset(page, size))
        .query((row, n) -> trace(row, false))
        .list();
  }

  /** Registry assets of the dataset's accounts that were proposed. */
  Map<Long, UUID> registryAssets(UUID datasetId) {
    Map<Long, UUID> assets = new HashMap<>();
    jdbc.sql(
            "select id, registry_asset_id from account"
                + " where dataset_id = ? and registry_asset_id is not null")
        .param(datasetId)
        .query(
            row -> {
              assets.put(row.getLong(1), row.getObject(2, UUID.class));
            });
    return assets;
  }

  private static StoredTrace trace(ResultSet row, boolean withDocuments) throws SQLException {
    return new StoredTrace(
        row.getObject("id", UUID.class),
        row.getObject("dataset_id", UUID.class),
        row.getString("direction"),
        row.getString("rule"),
        row.getString("currency"),
        row.getBigDecimal("seed_amount"),
        row.getInt("end_point_count"),
        withDocuments ? row.getString("request") : null,
        withDocuments ? row.getString("result") : null,
        row.getLong("dataset_version"),
        row.getTimestamp("created_at").toInstant(),
        row.getString("created_by"));
  }
}
