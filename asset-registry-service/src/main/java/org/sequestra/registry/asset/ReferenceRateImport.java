package org.sequestra.registry.asset;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.web.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the rates of an ECB file: one transaction, each rate upserted by day and currency, so
 * loading the same file again changes nothing but the load time. Every load is audited.
 */
@Service
class ReferenceRateImport {

  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  ReferenceRateImport(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** What a load did. */
  record Report(String source, int days, int rates, List<String> skippedCurrencies) {}

  /**
   * Reads {@code file} and stores its rates under {@code source}; a malformed file is a 400 naming
   * the line and nothing is stored. {@code actor} says who loaded it, for the audit entry.
   */
  @Transactional
  Report load(byte[] file, String source, AuditEvent actor) {
    EcbReferenceRates parsed;
    try {
      parsed = EcbReferenceRates.read(file);
    } catch (EcbReferenceRates.Malformed e) {
      throw new InvalidRequestException(e.where(), e.getMessage());
    }
    Timestamp loadedAt = Timestamp.from(Instant.now(clock));
    List<EcbReferenceRates.Rate> rates = parsed.rates();
    for (int from = 0; from < rates.size(); from += BATCH) {
      List<EcbReferenceRates.Rate> chunk =
          rates.subList(from, Math.min(rates.size(), from + BATCH));
      jdbc.batchUpdate(
          """
          insert into reference_rate (currency, rate_date, units_per_euro, source, loaded_at)
          values (?, ?, ?, ?, ?)
          on conflict (currency, rate_date) do update
             set units_per_euro = excluded.units_per_euro,
                 source = excluded.source,
                 loaded_at = excluded.loaded_at""",
          chunk,
          chunk.size(),
          (ps, rate) -> {
            ps.setString(1, rate.currency());
            ps.setObject(2, rate.day());
            ps.setBigDecimal(3, rate.unitsPerEuro());
            ps.setString(4, source);
            ps.setTimestamp(5, loadedAt);
          });
    }
    Report report =
        new Report(
            source, parsed.days().size(), rates.size(), List.copyOf(parsed.skippedCurrencies()));
    audit.record(
        actor.withDetail(
            report.days()
                + " days, "
                + report.rates()
                + " rates from "
                + source
                + (report.skippedCurrencies().isEmpty()
                    ? ""
                    : "; skipped (not ISO 4217): "
                        + String.join(" ", report.skippedCurrencies()))));
    return report;
  }
}
