package org.sequestra.registry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.sequestra.platform.test.TestIssuers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Puts assets into a lifecycle state for tests through the transitions endpoint, as a supervisor of
 * the agency that owns the asset (the only thing read from the database is that agency).
 */
public final class LifecycleFixture {

  /**
   * A value recorded with an act. The registry works out the euro equivalent itself: EUR values are
   * their own, {@link #withoutEuro} picks a currency and day for which no reference rate exists.
   */
  public record Value(BigDecimal amount, String currency) {

    public static Value eur(String amount) {
      return new Value(new BigDecimal(amount), "EUR");
    }

    /** Only meaningful on a day before the test reference rates (2024), so no rate applies. */
    public static Value withoutEuro(String amount, String currency) {
      return new Value(new BigDecimal(amount), currency);
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

  private final MockMvc mvc;
  private final JdbcTemplate jdbc;

  public LifecycleFixture(MockMvc mvc, JdbcTemplate jdbc) {
    this.mvc = mvc;
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

  public void freezeRequested(String assetId, Act act) throws Exception {
    record(assetId, "FREEZE_REQUESTED", act);
  }

  public void frozen(String assetId, Act act) throws Exception {
    record(assetId, "FROZEN", act);
  }

  public void confiscated(String assetId, Act act) throws Exception {
    record(assetId, "CONFISCATED", act);
  }

  public void disposed(String assetId, Act act) throws Exception {
    record(assetId, "DISPOSED", act);
  }

  public void released(String assetId, Act act) throws Exception {
    record(assetId, "RELEASED", act);
  }

  /** POSTs the act as the asset's next transition, on the asset's current ETag. */
  private void record(String assetId, String toStatus, Act act) throws Exception {
    String agency =
        jdbc.queryForObject(
            "select owning_agency from asset where id = ?", String.class, UUID.fromString(assetId));
    String realm = "agency-" + agency.substring(0, 2).toLowerCase(Locale.ROOT);
    String supervisor =
        TestIssuers.token(realm)
            .subject("lifecycle-fixture")
            .roles("ARO_ANALYST", "ARO_SUPERVISOR")
            .bearer();
    String etag =
        mvc.perform(get("/api/v1/assets/" + assetId).header("Authorization", supervisor))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader("ETag");
    StringBuilder body =
        new StringBuilder("{\"targetStatus\":\"")
            .append(toStatus)
            .append("\",\"legalBasis\":{\"orderReference\":\"")
            .append(act.orderReference())
            .append("\",\"issuingAuthority\":\"")
            .append(act.issuingAuthority())
            .append("\",\"orderDate\":\"")
            .append(act.orderDate())
            .append("\"},\"executingCountry\":\"")
            .append(act.executingCountry())
            .append("\",\"occurredAt\":\"")
            .append(act.occurredAt())
            .append('"');
    if (act.value() != null) {
      body.append(",\"value\":{\"amount\":\"")
          .append(act.value().amount().toPlainString())
          .append("\",\"currency\":\"")
          .append(act.value().currency())
          .append("\"}");
    }
    if (toStatus.equals("DISPOSED")) {
      body.append(",\"victimProceedingsPending\":false");
    }
    body.append('}');
    mvc.perform(
            post("/api/v1/assets/" + assetId + "/transitions")
                .header("Authorization", supervisor)
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()))
        .andExpect(status().isCreated());
  }
}
