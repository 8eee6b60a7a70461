package org.sequestra.benchmarks;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Freezing requests for the overdue list, written with COPY straight into the freezing-service's
 * table (the seed is not what is measured), then vacuumed and analyzed. The mix: NL-ARO and ES-ARO
 * ask each other (45 % / 35 %), and both ask CO-ARO by MLA (20 %, no Regulation deadline); of the
 * Regulation requests 10 % are not yet transmitted, 45 % have ended (executed, refused,
 * terminated), 10 % are ordinary freezing (no deadline), 10 % confiscations within their 45 days,
 * and 25 % urgent freezing with a 48-hour deadline running (recognition, or execution once
 * recognised), a fifth of those overdue by up to 30 days (the others end 3 to 48 hours after the
 * seed). The stored deadline ({@code open_deadline_due_at}) is what the service stores: 48 hours
 * from receipt or recognition.
 */
final class OverdueSeed {

  /** A seeded overdue request of the agency: the list shows the latest due first, then by id. */
  record Overdue(Instant dueAt, UUID id) {}

  static final Comparator<Overdue> LIST_ORDER =
      Comparator.comparing(Overdue::dueAt)
          .reversed()
          .thenComparing(overdue -> overdue.id().toString());

  private static final String COLUMNS =
      "id, instrument, kind, status, urgent, issuing_agency, issuing_country, executing_agency,"
          + " executing_country, case_id, issuing_reference, language, mla_channel, certificate,"
          + " issued_at, transmitted_at, received_at, recognised_at, decided_at, executed_at,"
          + " recognition_due_by, execution_due_by, open_deadline_due_at, created_at, created_by,"
          + " updated_at, version";

  private final int requests;
  private final String agency;
  private final List<Overdue> overdue = new ArrayList<>();

  OverdueSeed(int requests, String agency) {
    this.requests = requests;
    this.agency = agency;
  }

  /** The agency's overdue requests, in the list's order. */
  List<Overdue> overdue() {
    return overdue.stream().sorted(LIST_ORDER).toList();
  }

  void load(Connection connection) throws Exception {
    SplittableRandom random = new SplittableRandom(20_261_204L);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    StringBuilder rows = new StringBuilder(requests * 1_400);
    for (int i = 0; i < requests; i++) {
      row(rows, i, random, now);
    }
    connection
        .unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(
            "COPY freezing_request (" + COLUMNS + ") FROM STDIN",
            new StringReader(rows.toString()));
    try (Statement statement = connection.createStatement()) {
      statement.execute("VACUUM ANALYZE freezing_request");
      // as autovacuum leaves rows no transition touches: all-visible (here the first VACUUM right
      // after the COPY marked no page so; a second one does, and the count of the list's range
      // becomes an index-only scan without heap fetches)
      statement.execute("VACUUM freezing_request");
    }
  }

  private void row(StringBuilder rows, int i, SplittableRandom random, Instant now) {
    int pair = random.nextInt(100);
    String issuing = pair < 45 || (pair >= 80 && pair < 90) ? "NL-ARO" : "ES-ARO";
    String executing = pair < 45 ? "ES-ARO" : pair < 80 ? "NL-ARO" : "CO-ARO";
    boolean mla = executing.equals("CO-ARO");
    Instant created = now.minus(Duration.ofMinutes(random.nextLong(60 * 24 * 365)));
    int shape = random.nextInt(100);
    String kind = "FREEZING";
    boolean urgent = false;
    String status;
    Instant transmitted = shape < 10 ? null : created.plus(Duration.ofHours(1));
    Instant received = transmitted == null ? null : transmitted.plus(Duration.ofMinutes(30));
    Instant recognised = null;
    Instant decided = null;
    Instant executed = null;
    Instant recognitionDue = null;
    Instant executionDue = null;
    Instant open = null;
    if (shape < 10) {
      status = shape < 5 ? "DRAFT" : "ISSUED";
    } else if (shape < 55 || mla) {
      status = mla ? "RECEIVED" : shape < 40 ? "EXECUTED" : shape < 48 ? "REFUSED" : "TERMINATED";
      decided = mla || status.equals("TERMINATED") ? null : received.plus(Duration.ofHours(20));
      executed = status.equals("EXECUTED") ? decided.plus(Duration.ofHours(20)) : null;
    } else if (shape < 65) {
      status = "RECOGNISED";
      recognised = received.plus(Duration.ofDays(3));
      decided = recognised;
    } else if (shape < 75) {
      kind = "CONFISCATION";
      status = "UNDER_CONSULTATION";
      received = now.minus(Duration.ofMinutes(random.nextLong(60 * 24 * 40)));
      transmitted = received.minus(Duration.ofMinutes(30));
      open = received.plus(Duration.ofDays(45));
      recognitionDue = open;
    } else {
      urgent = true;
      boolean late = random.nextInt(5) == 0;
      // when the running 48-hour deadline ends: up to 30 days ago, or 3 to 48 hours from now (so
      // that none becomes overdue while a run lasts)
      Instant due =
          late
              ? now.minus(Duration.ofMinutes(1 + random.nextLong(60 * 24 * 30)))
              : now.plus(Duration.ofMinutes(180 + random.nextLong(60 * 45)));
      if (random.nextBoolean()) {
        status = "RECEIVED";
        received = due.minus(Duration.ofHours(48));
        recognitionDue = due;
      } else {
        status = "RECOGNISED";
        recognised = due.minus(Duration.ofHours(48));
        decided = recognised;
        received = recognised.minus(Duration.ofHours(20));
        recognitionDue = received.plus(Duration.ofHours(48));
        executionDue = due;
      }
      transmitted = received.minus(Duration.ofMinutes(30));
      open = due;
    }
    if (created.isAfter(transmitted == null ? now : transmitted)) {
      created = (transmitted == null ? now : transmitted).minus(Duration.ofHours(2));
    }
    UUID id = new UUID(random.nextLong(), random.nextLong());
    if (open != null && open.isBefore(now) && executing.equals(agency)) {
      overdue.add(new Overdue(open, id));
    }
    String[] fields = {
      id.toString(),
      mla ? "MLA" : "REGULATION_2018_1805",
      kind,
      status,
      Boolean.toString(urgent),
      issuing,
      issuing.substring(0, 2),
      executing,
      executing.substring(0, 2),
      new UUID(random.nextLong(), random.nextLong()).toString(),
      issuing.substring(0, 2) + "/2026/" + i,
      "en",
      mla ? "AMERIPOL" : null,
      CERTIFICATE.formatted(new UUID(random.nextLong(), random.nextLong())),
      text(transmitted == null ? null : transmitted.minus(Duration.ofMinutes(10))),
      text(transmitted),
      text(received),
      text(recognised),
      text(decided),
      text(executed),
      text(recognitionDue),
      text(executionDue),
      text(open),
      text(created),
      "benchmark",
      text(now),
      "3"
    };
    for (int f = 0; f < fields.length; f++) {
      rows.append(f == 0 ? "" : "\t").append(fields[f] == null ? "\\N" : fields[f]);
    }
    rows.append('\n');
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static final String CERTIFICATE =
      "{\"sectionA\":{\"issuingAuthority\":\"Openbaar Ministerie Rotterdam\"},"
          + "\"sectionC\":{\"persons\":[{\"role\":\"TARGET\",\"naturalPerson\":{\"surname\":"
          + "\"Jansen\",\"givenNames\":\"Pieter\",\"nationality\":\"NL\"}}]},"
          + "\"sectionD\":{\"scopes\":[\"SPECIFIC_ITEMS\"],\"items\":[{\"assetId\":\"%s\","
          + "\"description\":\"bank account\",\"location\":\"Banco Ejemplo, Madrid\","
          + "\"identifiers\":[{\"type\":\"IBAN\",\"value\":\"ES9121000418450200051332\"}],"
          + "\"transmissionGround\":\"REGISTERED_IN_EXECUTING_STATE\"}]},"
          + "\"sectionE\":{\"summaryOfFacts\":\"cocaine imports laundered through real estate\","
          + "\"legalClassification\":\"Art 420bis Sr (money laundering)\",\"listedOffence\":true,"
          + "\"offenceCategories\":[\"DRUG_TRAFFICKING\",\"MONEY_LAUNDERING\"]},"
          + "\"sectionM\":{\"authorityType\":\"JUDGE_COURT_OR_PROSECUTOR\",\"authority\":"
          + "{\"name\":\"Openbaar Ministerie Rotterdam\",\"fileNumber\":\"NL-OM/2026/7781\"}}}";
}
