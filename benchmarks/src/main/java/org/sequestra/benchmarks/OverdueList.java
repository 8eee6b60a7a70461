package org.sequestra.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11: "the overdue list of an agency with 100 000 requests answers p99 < 20 ms at the
 * service". ES-ARO's executing authority asks for its list's first page ({@code GET
 * /api/v1/freezing-requests/overdue}, the default page size) one request at a time, interleaved
 * with the baseline: the freezing-service's cheapest authenticated GET, the holiday calendar of a
 * country ({@code GET /api/v1/holidays/ES}: token check, filters and JSON, no database). Both are
 * timed at the service (its access log) and as the client's round trip. Before that the whole list
 * is read once, page by page, and compared with the seeded overdue requests.
 */
final class OverdueList {

  static final String OVERDUE = "/api/v1/freezing-requests/overdue";
  static final String BASELINE = "/api/v1/holidays/ES";

  /** Latencies of the measured rounds (ns) and whether the list was the seeded one. */
  record Result(
      long[] listService,
      long[] listRoundTrip,
      long[] baselineService,
      long[] baselineRoundTrip,
      int expected,
      int listed,
      boolean sameOrder) {}

  private static final Pattern REQUEST_ID =
      Pattern.compile("\"requestId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private final FreezingRun run;

  OverdueList(FreezingRun run) {
    this.run = run;
  }

  Result run(List<OverdueSeed.Overdue> seeded) throws Exception {
    List<String> listed = wholeList();
    List<String> expected = seeded.stream().map(o -> o.id().toString()).toList();
    int samples = run.size.overdueSamples;
    long[] listTrip = new long[samples];
    long[] baseTrip = new long[samples];
    int mark = 0;
    for (int round = -run.size.overdueWarmUp; round < samples; round++) {
      if (round == 0) {
        mark = run.freezingLog.mark();
      }
      long base =
          run.freezing.get(BASELINE + "?year=2026", run.esExecuting).expect(200, BASELINE).nanos();
      long list = run.freezing.get(OVERDUE, run.esExecuting).expect(200, OVERDUE).nanos();
      if (round >= 0) {
        baseTrip[round] = base;
        listTrip[round] = list;
      }
    }
    int from = mark;
    printPlans();
    return new Result(
        run.freezingLog.lastNanosSince(from, entry -> entry.path().equals(OVERDUE), samples),
        listTrip,
        run.freezingLog.lastNanosSince(from, entry -> entry.path().equals(BASELINE), samples),
        baseTrip,
        expected.size(),
        listed.size(),
        listed.equals(expected));
  }

  /**
   * PostgreSQL's plans for the list's two statements (the first page and its count), as the
   * service's query reads (FreezingRequestRepository.findOverdue), executed once more here.
   */
  private void printPlans() throws Exception {
    String where =
        " from freezing_request r where r.executing_agency = 'ES-ARO'"
            + " and r.open_deadline_due_at is not null and r.open_deadline_due_at < now()";
    try (Connection freezingDb = run.freezingDb();
        Statement statement = freezingDb.createStatement()) {
      for (String query :
          List.of(
              "select r.*" + where + " order by r.open_deadline_due_at desc, r.id limit 20",
              "select count(r.id)" + where)) {
        run.out.println("EXPLAIN (ANALYZE, BUFFERS) " + query);
        try (ResultSet plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
          while (plan.next()) {
            run.out.println("  " + plan.getString(1));
          }
        }
      }
    }
  }

  /** Every page of the list (200 a page), the ids in the order listed. */
  private List<String> wholeList() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      String body =
          run.freezing
              .get(OVERDUE + "?size=200&page=" + page, run.esExecuting)
              .expect(200, OVERDUE)
              .body();
      Matcher id = REQUEST_ID.matcher(body);
      int before = ids.size();
      while (id.find()) {
        ids.add(UUID.fromString(id.group(1)).toString());
      }
      if (ids.size() - before < 200) {
        return ids;
      }
    }
  }
}
