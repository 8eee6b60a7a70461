package org.sequestra.platform.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Keys and first responses in the service's database. Each statement commits on its own: the claim
 * must be visible to a concurrent duplicate before the work starts.
 */
class IdempotencyStore {

  /** Whose key: keys are scoped per agency and caller, so callers cannot collide or probe. */
  record Scope(String agency, String subject, String key) {}

  record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {}

  sealed interface Claim {}

  /** The key is new: this request runs and its response is stored. */
  record Claimed() implements Claim {}

  /** The key was used for this very request before: answer with its response. */
  record Replay(StoredResponse response) implements Claim {}

  /** The first request with this key is still running. */
  record InProgress() implements Claim {}

  /** The key was used for a different request. */
  record Reused() implements Claim {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final IdempotencyProperties properties;

  IdempotencyStore(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  Claim claim(Scope scope, String fingerprint) {
    // Two rounds: the second follows the removal of an expired or abandoned claim.
    for (int round = 0; round < 2; round++) {
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      int inserted =
          jdbc.update(
              "insert into idempotency_key (agency, caller_subject, idempotency_key,"
                  + " request_fingerprint, state, created_at) values (?, ?, ?, ?, 'IN_PROGRESS', ?)"
                  + " on conflict do nothing",
              scope.agency(),
              scope.subject(),
              scope.key(),
              fingerprint,
              now.atOffset(ZoneOffset.UTC));
      if (inserted == 1) {
        return new Claimed();
      }
      List<Row> rows =
          jdbc.query(
              "select request_fingerprint, state, created_at, response_status, response_headers,"
                  + " response_body from idempotency_key"
                  + " where agency = ? and caller_subject = ? and idempotency_key = ?",
              ROW,
              scope.agency(),
              scope.subject(),
              scope.key());
      if (rows.isEmpty()) {
        continue;
      }
      Row row = rows.getFirst();
      if (expired(row, now)) {
        jdbc.update(
            "delete from idempotency_key where agency = ? and caller_subject = ?"
                + " and idempotency_key = ? and created_at = ?",
            scope.agency(),
            scope.subject(),
            scope.key(),
            row.createdAt());
        continue;
      }
      if (!row.fingerprint().equals(fingerprint)) {
        return new Reused();
      }
      if (row.response() == null) {
        return new InProgress();
      }
      return new Replay(row.response());
    }
    return new InProgress();
  }

  void complete(Scope scope, StoredResponse response) {
    jdbc.update(
        "update idempotency_key set state = 'COMPLETED', response_status = ?,"
            + " response_headers = ?, response_body = ?, completed_at = ?"
            + " where agency = ? and caller_subject = ? and idempotency_key = ?",
        response.status(),
        encode(response.headers()),
        response.body(),
        clock.instant().atOffset(ZoneOffset.UTC),
        scope.agency(),
        scope.subject(),
        scope.key());
  }

  /** Frees the key after a failure, so the client can retry with it. */
  void release(Scope scope) {
    jdbc.update(
        "delete from idempotency_key where agency = ? and caller_subject = ?"
            + " and idempotency_key = ? and state = 'IN_PROGRESS'",
        scope.agency(),
        scope.subject(),
        scope.key());
  }

  private boolean expired(Row row, Instant now) {
    Instant created = row.createdAt().toInstant();
    return created.isBefore(now.minus(properties.retention()))
        || (row.response() == null && created.isBefore(now.minus(properties.inProgressTimeout())));
  }

  private record Row(String fingerprint, OffsetDateTime createdAt, StoredResponse response) {}

  private static final RowMapper<Row> ROW =
      (rs, rowNumber) ->
          new Row(
              rs.getString("request_fingerprint"),
              rs.getObject("created_at", OffsetDateTime.class),
              "COMPLETED".equals(rs.getString("state"))
                  ? new StoredResponse(
                      rs.getInt("response_status"),
                      decode(rs.getString("response_headers")),
                      rs.getBytes("response_body"))
                  : null);

  /** One {@code name: value} line per value; header values cannot contain line breaks. */
  private static String encode(Map<String, List<String>> headers) {
    StringBuilder text = new StringBuilder();
    headers.forEach(
        (name, values) ->
            values.forEach(value -> text.append(name).append(": ").append(value).append('\n')));
    return text.toString();
  }

  private static Map<String, List<String>> decode(String text) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (text != null) {
      for (String line : text.split("\n")) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          headers
              .computeIfAbsent(line.substring(0, colon), name -> new ArrayList<>())
              .add(line.substring(colon + 2));
        }
      }
    }
    return headers;
  }
}
