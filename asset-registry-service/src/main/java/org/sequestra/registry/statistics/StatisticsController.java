package org.sequestra.registry.statistics;

import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.security.Caller;
import org.sequestra.registry.api.StatisticsApi;
import org.sequestra.registry.api.model.StatisticsDto;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatisticsController implements StatisticsApi {

  private final StatisticsQuery query;
  private final StatisticsMapper mapper;

  StatisticsController(StatisticsQuery query, StatisticsMapper mapper) {
    this.query = query;
    this.mapper = mapper;
  }

  /**
   * EMPACT clients and platform administrators get platform-wide aggregates; AROs the figures of
   * their own agency's cases (shared cases count for the agency that owns them).
   */
  @Override
  @PreAuthorize(
      "hasAnyRole('EMPACT_INTEGRATION', 'PLATFORM_ADMIN', 'ARO_ANALYST', 'ARO_SUPERVISOR')")
  public ResponseEntity<StatisticsDto> getStatistics(Integer year, String country) {
    Caller caller = RequestContext.currentCaller();
    boolean platformWide = caller.hasRole("EMPACT_INTEGRATION") || caller.hasRole("PLATFORM_ADMIN");
    StatisticsQuery.Filter filter =
        new StatisticsQuery.Filter(platformWide ? null : caller.agency(), year, country);
    return ResponseEntity.ok(
        mapper.toDto(query.figures(filter, platformWide ? "PLATFORM" : "AGENCY")));
  }
}
