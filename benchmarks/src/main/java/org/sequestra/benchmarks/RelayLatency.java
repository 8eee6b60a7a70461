package org.sequestra.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11: "with the registry up, p99 from a request's transition to the registry's change ≤ 1 s".
 * Each round NL-ARO drafts and issues an urgent freezing request for one asset of its case through
 * the freezing API, then transmits it; the relay delivers the transmission's two effects (access
 * for ES-ARO, the asset FREEZE_REQUESTED) and the harness polls the registry's database until the
 * asset's status and the applied effect are there. Baseline, interleaved: the same two effects for
 * another asset PUT directly to the registry, one after the other, as the relay sends them.
 */
final class RelayLatency {

  /** Latencies of the measured rounds (ns) and what the checks count. */
  record Result(
      long[] committedToApplied,
      long[] transmitToVisible,
      long[] directRoundTrip,
      long[] directService,
      int relayed,
      int directApplied) {}

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private final FreezingRun run;

  RelayLatency(FreezingRun run) {
    this.run = run;
  }

  Result run() throws Exception {
    int rounds = run.size.relayWarmUp + run.size.relaySamples;
    List<UUID> relayed = new ArrayList<>();
    List<UUID> direct = new ArrayList<>();
    long[] visible = new long[run.size.relaySamples];
    long[] roundTrip = new long[run.size.relaySamples];
    List<String> measuredPaths = new ArrayList<>();
    int mark = 0;
    try (Connection registryDb = run.registryDb();
        PreparedStatement applied =
            registryDb.prepareStatement(
                "select count(*) from applied_freezing_effect e join asset a on a.id = ?"
                    + " where e.freezing_request_id = ? and e.kind = 'FREEZE_REQUESTED'"
                    + " and a.status = 'FREEZE_REQUESTED'")) {
      for (int round = 0; round < rounds; round++) {
        int sample = round - run.size.relayWarmUp;
        if (sample == 0) {
          mark = run.registryLog.mark();
        }
        int asset = run.nextNlAsset();
        String[] request = issued(asset);
        long sent = System.nanoTime();
        run.freezing
            .post(transitions(request[0]), run.nlIssuing, request[1], "{\"action\":\"TRANSMIT\"}")
            .expect(201, "TRANSMIT");
        UUID requestId = UUID.fromString(request[0]);
        awaitApplied(applied, run.seed.assetId(asset), requestId);
        long seen = System.nanoTime();
        relayed.add(requestId);

        UUID directRequest = UUID.randomUUID();
        long directNanos = directTransmission(directRequest, run.nextNlAsset(), measuredPaths);
        direct.add(directRequest);
        if (sample >= 0) {
          visible[sample] = seen - sent;
          roundTrip[sample] = directNanos;
        }
      }
      List<UUID> measured = relayed.subList(run.size.relayWarmUp, relayed.size());
      return new Result(
          committedToApplied(measured, registryDb),
          visible,
          roundTrip,
          directService(mark, measuredPaths),
          countApplied(registryDb, relayed, 2),
          countApplied(registryDb, direct, 2));
    }
  }

  /** Drafted and issued by NL-ARO: its id and ETag. */
  private String[] issued(int asset) throws Exception {
    Api.Answer drafted =
        run.freezing
            .post("/api/v1/freezing-requests", run.nlIssuing, null, draft(asset))
            .expect(201, "draft");
    Matcher id = ID.matcher(drafted.body());
    if (!id.find()) {
      throw new IllegalStateException("no id in the draft's answer: " + drafted.body());
    }
    Api.Answer issued =
        run.freezing
            .post(transitions(id.group(1)), run.nlIssuing, drafted.etag(), "{\"action\":\"ISSUE\"}")
            .expect(201, "ISSUE");
    return new String[] {id.group(1), issued.etag()};
  }

  private static String transitions(String requestId) {
    return "/api/v1/freezing-requests/" + requestId + "/transitions";
  }

  private static void awaitApplied(PreparedStatement applied, UUID asset, UUID request)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    applied.setObject(1, asset);
    applied.setObject(2, request);
    while (true) {
      try (ResultSet result = applied.executeQuery()) {
        result.next();
        if (result.getLong(1) == 1) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("request " + request + ": not applied within 60 s");
      }
      Thread.sleep(1);
    }
  }

  /** The two effects of a transmission, PUT directly, in order: the sum of both round trips. */
  private long directTransmission(UUID request, int asset, List<String> paths) throws Exception {
    long nanos = 0;
    for (String kind : List.of(Effects.GRANT_ACCESS, Effects.FREEZE_REQUESTED)) {
      String path = "/internal/v1/freezing-effects/" + UUID.randomUUID();
      UUID named = kind.equals(Effects.GRANT_ACCESS) ? null : run.seed.assetId(asset);
      nanos +=
          run.registry
              .put(
                  path,
                  run.freezingService,
                  Effects.contract(request, kind, run.caseOf(asset), named, Instant.now()))
              .expect(201, "direct PUT " + kind)
              .nanos();
      paths.add(path);
    }
    return nanos;
  }

  /** From the outbox row (written in the transition's transaction) to the registry's applied_at. */
  private long[] committedToApplied(List<UUID> requests, Connection registryDb)
      throws SQLException {
    Map<UUID, Instant> stored = new HashMap<>();
    try (Connection freezingDb = run.freezingDb();
        PreparedStatement query =
            freezingDb.prepareStatement(
                "select request_id, created_at from registry_outbox"
                    + " where request_id = any(?) and effect = 'FREEZE_REQUESTED'")) {
      query.setArray(1, uuids(freezingDb, requests));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stored.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
        }
      }
    }
    long[] nanos = new long[requests.size()];
    try (PreparedStatement query =
        registryDb.prepareStatement(
            "select freezing_request_id, applied_at from applied_freezing_effect"
                + " where freezing_request_id = any(?) and kind = 'FREEZE_REQUESTED'")) {
      query.setArray(1, uuids(registryDb, requests));
      Map<UUID, Instant> applied = new HashMap<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          applied.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
        }
      }
      for (int i = 0; i < nanos.length; i++) {
        UUID request = requests.get(i);
        nanos[i] = java.time.Duration.between(stored.get(request), applied.get(request)).toNanos();
      }
    }
    return nanos;
  }

  /** The registry's own time for each measured direct pair, from its access log. */
  private long[] directService(int mark, List<String> paths) throws Exception {
    int first = run.size.relayWarmUp * 2;
    Map<String, Long> byPath = new HashMap<>();
    // Tomcat logs a request after its answer is sent: the last line may still be on its way.
    long giveUp = System.nanoTime() + 10_000_000_000L;
    do {
      run.registryLog.entriesSince(mark).forEach(entry -> byPath.put(entry.path(), entry.nanos()));
    } while (!byPath.keySet().containsAll(paths.subList(first, paths.size()))
        && System.nanoTime() < giveUp
        && sleep());
    long[] pairs = new long[run.size.relaySamples];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = byPath.get(paths.get(first + 2 * i)) + byPath.get(paths.get(first + 2 * i + 1));
    }
    return pairs;
  }

  /** Requests of which the registry applied exactly {@code each} effects. */
  static int countApplied(Connection registryDb, List<UUID> requests, int each)
      throws SQLException {
    try (PreparedStatement query =
        registryDb.prepareStatement(
            "select count(*) from (select freezing_request_id from applied_freezing_effect"
                + " where freezing_request_id = any(?) group by freezing_request_id"
                + " having count(*) = ?) done")) {
      query.setArray(1, uuids(registryDb, requests));
      query.setInt(2, each);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  static Array uuids(Connection connection, List<UUID> ids) throws SQLException {
    return connection.createArrayOf("uuid", ids.toArray());
  }

  /** An urgent freezing request of NL-ARO to ES-ARO for one bank account of its case. */
  private String draft(int asset) {
    return DRAFT.formatted(
        run.caseOf(asset), run.seed.assetId(asset), RegistrySeed.ibanOfAsset(asset));
  }

  private static final String DRAFT =
      """
      {"instrument": "REGULATION_2018_1805", "kind": "FREEZING", "urgent": true,
       "executingAgency": "ES-ARO", "caseId": "%s", "issuingReference": "NL-OM/2026/7781",
       "language": "es",
       "freezingCertificate": {
         "sectionA": {"issuingAuthority": "Openbaar Ministerie Rotterdam"},
         "sectionB": {"imminentRemovalOrDestruction": "the balance is being moved abroad"},
         "sectionC": {"persons": [
           {"role": "TARGET", "naturalPerson": {"surname": "Jansen", "givenNames": "Pieter",
             "nationality": "NL", "dateOfBirth": "1979-04-02"}}]},
         "sectionD": {"scopes": ["SPECIFIC_ITEMS"], "items": [
           {"assetId": "%s", "description": "bank account", "location": "Banco Ejemplo, Madrid",
            "identifiers": [{"type": "IBAN", "value": "%s"}],
            "transmissionGround": "REGISTERED_IN_EXECUTING_STATE"}]},
         "sectionE": {"summaryOfFacts": "cocaine imports laundered through real estate",
           "legalClassification": "Art 420bis Sr (money laundering)", "listedOffence": true,
           "offenceCategories": ["DRUG_TRAFFICKING", "MONEY_LAUNDERING"]},
         "sectionI": {"remainFrozenPendingConfiscation": true,
           "estimatedConfiscationCertificateDate": "2027-06-30"},
         "sectionL": {"informationFrom": "ISSUING_AUTHORITY"},
         "sectionM": {"authorityType": "JUDGE_COURT_OR_PROSECUTOR",
           "authority": {"name": "Openbaar Ministerie Rotterdam", "fileNumber": "NL-OM/2026/7781",
             "languages": ["nl", "en"]}}}}
      """;

  private static boolean sleep() {
    try {
      Thread.sleep(20);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
