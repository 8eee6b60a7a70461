package org.sequestra.registry.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Aggregate figures of the lifecycle acts (Directive 2024/1260 Art 27/28); never a case or an
 * asset.
 *
 * @param scope {@code AGENCY} (the figures of {@code agency}'s cases) or {@code PLATFORM}
 */
record Statistics(
    String scope,
    String agency,
    Integer year,
    String country,
    ActFigures valueAtFreezing,
    ActFigures valueAtConfiscation,
    ActFigures valueAtDisposal,
    List<StatusFigures> byStatus,
    List<AssetTypeFigures> byAssetType,
    List<CountryFigures> byCountry,
    List<YearFigures> byYear,
    List<EmpactCycleFigures> byEmpactCycle,
    List<EmpactPriorityFigures> byEmpactPriority,
    List<AssetStatusCount> currentStatus) {

  /**
   * @param valueEur the sum of the euro equivalents of the acts that have one
   * @param actsWithoutEurValue acts without a value or without a euro equivalent of it; they add
   *     nothing to {@code valueEur}
   */
  record ActFigures(long acts, BigDecimal valueEur, long actsWithoutEurValue) {
    static final ActFigures NONE = new ActFigures(0, BigDecimal.ZERO.setScale(2), 0);
  }

  record StatusFigures(String status, ActFigures figures) {}

  record AssetTypeFigures(String assetType, String status, ActFigures figures) {}

  /** {@code country} is null for assets without a location country. */
  record CountryFigures(String country, String status, ActFigures figures) {}

  record YearFigures(int year, String status, ActFigures figures) {}

  /** {@code cycle} is null for cases without an EMPACT cycle. */
  record EmpactCycleFigures(String cycle, String status, ActFigures figures) {}

  /** A priority code means something within its cycle only, so the two go together. */
  record EmpactPriorityFigures(String cycle, String priority, String status, ActFigures figures) {}

  record AssetStatusCount(String status, long assets) {}
}
