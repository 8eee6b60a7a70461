package org.sequestra.freezing.statistics;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.sequestra.freezing.api.StatisticsApi;
import org.sequestra.freezing.api.model.FreezingStatisticsDto;
import org.sequestra.freezing.api.model.FreezingStatisticsRowDto;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.RestController;

/**
 * Yearly statistics (Art 35): of the caller's agency, or platform-wide for EMPACT_INTEGRATION and
 * PLATFORM_ADMIN. CSV on {@code format=csv} or when the client accepts text/csv but not JSON.
 */
@RestController
@PreAuthorize(
    "hasAnyRole('PROSECUTOR', 'ARO_ANALYST', 'ARO_SUPERVISOR', 'ISSUING_AUTHORITY',"
        + " 'EXECUTING_AUTHORITY', 'EMPACT_INTEGRATION', 'PLATFORM_ADMIN')")
class StatisticsController implements StatisticsApi {

  static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
  static final String PLATFORM = "PLATFORM";

  private final StatisticsQuery query;
  private final HttpServletRequest http;

  StatisticsController(StatisticsQuery query, HttpServletRequest http) {
    this.query = query;
    this.http = http;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ResponseEntity<FreezingStatisticsDto> getFreezingStatistics(Integer year, String format) {
    if (year == null || year < 2020 || year > 9999) {
      throw new InvalidRequestException("year", "must be a year from 2020 on");
    }
    Caller caller = RequestContext.currentCaller();
    boolean platformWide = caller.hasRole("EMPACT_INTEGRATION") || caller.hasRole("PLATFORM_ADMIN");
    List<YearStatistics.Row> rows =
        YearStatistics.of(query.acts(year, platformWide ? null : caller.agency()));
    if (csv(format)) {
      // the generated signature is the JSON one; the CSV body is written by the string converter
      ResponseEntity csv =
          ResponseEntity.ok().contentType(TEXT_CSV).body(StatisticsCsv.of(year, rows));
      return csv;
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new FreezingStatisticsDto(
                    year,
                    platformWide ? PLATFORM : caller.agency(),
                    rows.stream().map(StatisticsController::toDto).toList())
                .notes(
                    List.of(
                        "The year is counted in UTC, by the date each act took effect.",
                        "Values in another currency than EUR are not converted (no exchange rate"
                            + " is available): they are counted in valuesWithoutEur.")));
  }

  private boolean csv(String format) {
    if (format != null) {
      return switch (format) {
        case "csv" -> true;
        case "json" -> false;
        default -> throw new InvalidRequestException("format", "must be json or csv");
      };
    }
    String accept = http.getHeader("Accept");
    if (accept == null) {
      return false;
    }
    List<MediaType> accepted = MediaType.parseMediaTypes(accept);
    MimeTypeUtils.sortBySpecificity(accepted);
    for (MediaType type : accepted) {
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
        return false;
      }
      if (type.isCompatibleWith(TEXT_CSV) && !type.isWildcardType()) {
        return true;
      }
    }
    return false;
  }

  // a hand mapping: the domain row is flat and the two decimals are rendered as text
  private static FreezingStatisticsRowDto toDto(YearStatistics.Row row) {
    return new FreezingStatisticsRowDto(
            row.issuingCountry(),
            row.executingCountry(),
            row.received(),
            row.recognised(),
            row.executed(),
            row.refused(),
            row.postponed(),
            row.frozenValueEur().toPlainString(),
            row.confiscatedValueEur().toPlainString(),
            row.valuesWithoutEur(),
            row.victimCases())
        .averageDaysToDecide(
            row.averageDaysToDecide() == null
                ? null
                : java.math.BigDecimal.valueOf(row.averageDaysToDecide()))
        .averageDaysToExecute(
            row.averageDaysToExecute() == null
                ? null
                : java.math.BigDecimal.valueOf(row.averageDaysToExecute()));
  }
}
