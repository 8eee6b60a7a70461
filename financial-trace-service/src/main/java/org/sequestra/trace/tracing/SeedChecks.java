package org.sequestra.trace.tracing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.trace.engine.SeedBalance;
import org.sequestra.trace.engine.TraceDirection;
import org.sequestra.trace.engine.TraceSeed;
import org.sequestra.trace.graph.DatasetGraph;
import org.springframework.stereotype.Component;

/**
 * Checks an account seed against the balance its account had before the trace runs: the seed gets
 * the statement's opening balance (if any) so that the engine places exactly the part the check
 * finds covered. Transaction seeds need no check: their amounts are the money.
 */
@Component
class SeedChecks {

  /** The request to run (its seed with the opening balance) and the check, null if none. */
  record Checked(TraceRequest request, SeedCheck check) {}

  private final OpeningBalanceQueries openings;

  SeedChecks(OpeningBalanceQueries openings) {
    this.openings = openings;
  }

  Checked check(UUID datasetId, DatasetGraph graph, TraceRequest request) {
    if (!(request.seed() instanceof TraceSeed.InAccount in)) {
      return new Checked(request, null);
    }
    TraceDirection direction = request.direction();
    Instant at =
        Instant.ofEpochSecond(direction == TraceDirection.FORWARD ? in.from() : in.until());
    Optional<SeedCheck.StatementOpening> opening =
        openings.latest(
            datasetId,
            graph.accountId(in.account()),
            request.currency(),
            LocalDate.ofInstant(at, ZoneOffset.UTC));
    TraceSeed.InAccount seed =
        opening
            .map(
                found ->
                    in.withOpening(
                        found.date().atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                        Math.max(
                            0,
                            graph
                                .currencies()
                                .toMinor(found.amount(), request.options().currency()))))
            .orElse(in);
    SeedBalance balance = SeedBalance.of(graph.graph(), request.options(), seed, direction);
    TraceRequest withOpening =
        new TraceRequest(direction, seed, request.options(), request.currency());
    return new Checked(
        withOpening,
        new SeedCheck(
            in.account(),
            direction,
            at,
            opening.orElse(null),
            balance.balance(),
            balance.transactions(),
            in.amount(),
            balance.covered(in.amount())));
  }
}
