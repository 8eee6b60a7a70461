package org.sequestra.freezing.snapshot;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.money.Money;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot.Identifier;
import org.sequestra.freezing.snapshot.domain.AssetSnapshot.Valuation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The snapshots kept with issued certificates (V60): written once at issue, read with requests. */
@Component
public class AssetSnapshots {

  private static final TypeReference<List<Identifier>> IDENTIFIERS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final JsonMapper json;

  AssetSnapshots(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** In the issuing transaction, after the request's row is locked. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void keep(UUID requestId, List<AssetSnapshot> snapshots) {
    for (int position = 0; position < snapshots.size(); position++) {
      AssetSnapshot asset = snapshots.get(position);
      Valuation valuation = asset.valuation();
      jdbc.update(
          "insert into asset_snapshot (request_id, position, asset_id, case_id, case_reference,"
              + " asset_type, registry_status, description, location_country, identifiers,"
              + " valuation_amount, valuation_currency, valuation_date, read_at)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)",
          requestId,
          position,
          asset.assetId(),
          asset.caseId(),
          asset.caseReference(),
          asset.type(),
          asset.status(),
          asset.description(),
          asset.locationCountry(),
          json.writeValueAsString(asset.identifiers()),
          valuation == null ? null : valuation.estimatedValue().amount(),
          valuation == null ? null : valuation.estimatedValue().currency(),
          valuation == null ? null : Date.valueOf(valuation.valuationDate()),
          Timestamp.from(asset.readAt()));
    }
  }

  /** The request's snapshots in the certificate's order; empty before issue. */
  public List<AssetSnapshot> of(UUID requestId) {
    return jdbc.query(
        "select * from asset_snapshot where request_id = ? order by position",
        (row, number) -> snapshot(row),
        requestId);
  }

  private AssetSnapshot snapshot(ResultSet row) throws SQLException {
    BigDecimal amount = row.getBigDecimal("valuation_amount");
    Valuation valuation =
        amount == null
            ? null
            : new Valuation(
                new Money(amount, row.getString("valuation_currency")),
                row.getDate("valuation_date").toLocalDate());
    return new AssetSnapshot(
        row.getObject("asset_id", UUID.class),
        row.getObject("case_id", UUID.class),
        row.getString("case_reference"),
        row.getString("asset_type"),
        row.getString("registry_status"),
        row.getString("description"),
        row.getString("location_country"),
        json.readValue(row.getString("identifiers"), IDENTIFIERS),
        valuation,
        row.getTimestamp("read_at").toInstant());
  }
}
