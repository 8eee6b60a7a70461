package org.sequestra.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts assets into a lifecycle state for tests by writing asset_transition rows (V30) and
 * asset.status directly, as the transitions endpoint will. Stand-in until that endpoint is merged:
 * then these methods should call it instead, and the tests using them stay as they are.
 */
public final class LifecycleFixture {

  /** A value recorded with an act; {@code eur} null when no euro equivalent is known. */
  public record Value(BigDecimal amount, String currency, BigDecimal eur) {

    public static Value eur(String amount) {
      return new Value(new BigDecimal(amount), "EUR", new BigDecimal(amount));
    }

    public static Value withoutEuro(String amount, String currency) {
      return new Value(new BigDecimal(amount), currency, null);
    }
  }

  /** The legal basis and circumstances of an act. */
  public record Act(
      String orderReference,
      String issuingAuthority,
      LocalDate orderDate,
      String executingCountry,
      Instant occurredAt,
      Value value) {}

  private final JdbcTemplate jdbc;

  public LifecycleFixture(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A domestic-looking act on {@code day} (noon UTC), ordered and executed in {@code country}. */
  public static Act act(String orderReference, String day, String country, Value value) {
    LocalDate date = LocalDate.parse(day);
    return new Act(
        orderReference,
        "Court of " + country,
        date,
        country,
        date.atTime(12, 0).toInstant(ZoneOffset.UTC),
        value);
  }

  public void freezeRequested(String assetId, Act act) {
    record(assetId, "FREEZE_REQUESTED", act);
  }

  public void frozen(String assetId, Act act) {
    record(assetId, "FROZEN", act);
  }

  public void confiscated(String assetId, Act act) {
    record(assetId, "CONFISCATED", act);
  }

  public void disposed(String assetId, Act act) {
    record(assetId, "DISPOSED", act);
  }

  public void released(String assetId, Act act) {
    record(assetId, "RELEASED", act);
  }

  /** Appends the act as the asset's next transition and moves asset.status along with it. */
  private void record(String assetId, String toStatus, Act act) {
    UUID asset = UUID.fromString(assetId);
    String fromStatus =
        jdbc.queryForObject("select status from asset where id = ?", String.class, asset);
    Integer sequence =
        jdbc.queryForObject(
            "select coalesce(max(sequence), 0) + 1 from asset_transition where asset_id = ?",
            Integer.class,
            asset);
    Value value = act.value();
    jdbc.update(
        "insert into asset_transition (id, asset_id, sequence, from_status, to_status,"
            + " order_reference, issuing_authority, order_date, executing_country, actor,"
            + " occurred_at, value_amount, value_currency, value_eur, value_eur_rate_date,"
            + " recorded_by, recorded_by_agency, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
        UUID.randomUUID(),
        asset,
        sequence,
        fromStatus,
        toStatus,
        act.orderReference(),
        act.issuingAuthority(),
        act.orderDate(),
        act.executingCountry(),
        "lifecycle-fixture",
        act.occurredAt().atOffset(ZoneOffset.UTC),
        value == null ? null : value.amount(),
        value == null ? null : value.currency(),
        value == null ? null : value.eur(),
        value == null || value.eur() == null ? null : act.orderDate(),
        "lifecycle-fixture",
        "TEST");
    jdbc.update("update asset set status = ? where id = ?", toStatus, asset);
  }
}
