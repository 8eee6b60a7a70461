package org.sequestra.trace.pattern;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.mapping.BoundaryConversions;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.InvalidRequestException;
import org.sequestra.trace.api.PatternsApi;
import org.sequestra.trace.api.model.EvidenceTransactionDto;
import org.sequestra.trace.api.model.MoneyDto;
import org.sequestra.trace.api.model.PatternCountDto;
import org.sequestra.trace.api.model.PatternDto;
import org.sequestra.trace.api.model.PatternFindingDto;
import org.sequestra.trace.api.model.PatternScanDto;
import org.sequestra.trace.api.model.PatternScanOptionsDto;
import org.sequestra.trace.api.model.TraceNodeDto;
import org.sequestra.trace.dataset.DatasetAccess;
import org.sequestra.trace.graph.Currencies;
import org.sequestra.trace.graph.DatasetGraph;
import org.sequestra.trace.graph.GraphCache;
import org.sequestra.trace.graph.Nodes;
import org.sequestra.trace.patterns.Finding;
import org.sequestra.trace.patterns.Pattern;
import org.sequestra.trace.patterns.PatternDetector;
import org.sequestra.trace.patterns.PatternOptions;
import org.sequestra.trace.patterns.PatternReport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pattern scans, computed on request over the dataset's cached graph and not stored: detection is
 * bounded (a cap per pattern, a search budget per cycle start) and deterministic, so paging the
 * same scan gives stable pages.
 */
@RestController
@PreAuthorize("hasAnyRole('ARO_ANALYST', 'ARO_SUPERVISOR')")
class PatternController implements PatternsApi {

  static final MoneyDto DEFAULT_STRUCTURING_THRESHOLD = new MoneyDto("10000.00", "EUR");

  private final DatasetAccess access;
  private final GraphCache graphs;
  private final AuditTrail audit;
  private final PatternMapper mapper;

  PatternController(
      DatasetAccess access, GraphCache graphs, AuditTrail audit, PatternMapper mapper) {
    this.access = access;
    this.graphs = graphs;
    this.audit = audit;
    this.mapper = mapper;
  }

  @Override
  public ResponseEntity<PatternScanDto> scanPatterns(
      UUID datasetId, PatternScanOptionsDto request, Integer page, Integer size) {
    // One look-up: the access check, and the version a cached graph must have to be current.
    long version = access.requireVisibleGraphVersion(datasetId);
    DatasetGraph graph = graphs.graphOf(datasetId, version);
    MoneyDto threshold =
        request.getStructuringThreshold() == null
            ? DEFAULT_STRUCTURING_THRESHOLD
            : request.getStructuringThreshold();
    OptionalInt thresholdCurrency = graph.currencies().find(threshold.getCurrency());
    Set<Pattern> patterns = patterns(request);
    PatternReport report =
        new PatternDetector(graph.graph())
            .detect(options(request, threshold, graph.currencies()), patterns);
    // The threshold is in its own currency: structuring in any other currency is not what was
    // asked.
    List<Finding> findings =
        report.findings().stream()
            .filter(
                f ->
                    f.pattern() != Pattern.STRUCTURING
                        || (thresholdCurrency.isPresent()
                            && f.currency() == thresholdCurrency.getAsInt()))
            .toList();
    Caller caller = RequestContext.currentCaller();
    audit.record(
        AuditEvent.by(caller, "pattern-scan.run", "dataset", datasetId)
            .onObjectOf(caller.agency())
            .withDetail(findings.size() + " findings of " + patterns));
    List<PatternCountDto> counts = new ArrayList<>();
    for (Pattern pattern : patterns) {
      counts.add(
          new PatternCountDto(
              PatternDto.fromValue(pattern.name()),
              (int) findings.stream().filter(f -> f.pattern() == pattern).count(),
              report.truncated(pattern)));
    }
    int number = Paging.page(page);
    int count = Paging.size(size);
    int from = (int) Math.min(Paging.offset(number, count), findings.size());
    int to = Math.min(from + count, findings.size());
    return ResponseEntity.ok(
        new PatternScanDto(
            counts,
            findings.subList(from, to).stream().map(f -> finding(graph, f)).toList(),
            PageMetadata.of(number, count, findings.size())));
  }

  private static Set<Pattern> patterns(PatternScanOptionsDto request) {
    if (request.getPatterns() == null || request.getPatterns().isEmpty()) {
      return EnumSet.allOf(Pattern.class);
    }
    EnumSet<Pattern> patterns = EnumSet.noneOf(Pattern.class);
    for (int i = 0; i < request.getPatterns().size(); i++) {
      PatternDto pattern = request.getPatterns().get(i);
      if (pattern == null) {
        throw new InvalidRequestException("patterns[" + i + "]", "must not be null");
      }
      patterns.add(Pattern.valueOf(pattern.getValue()));
    }
    return patterns;
  }

  /**
   * An option sent as an explicit {@code null} overrides the generated model's default with null:
   * such options take the contract's default, as if absent.
   */
  private static int option(Integer value, Integer contractDefault) {
    return value != null ? value : contractDefault;
  }

  private static PatternOptions options(
      PatternScanOptionsDto request, MoneyDto threshold, Currencies currencies) {
    PatternScanOptionsDto defaults = new PatternScanOptionsDto();
    BigDecimal amount = new BigDecimal(threshold.getAmount());
    if (amount.signum() <= 0) {
      throw new InvalidRequestException("structuringThreshold.amount", "must be positive");
    }
    long thresholdMinor =
        amount.movePointRight(Currencies.digitsOf(threshold.getCurrency())).longValue();
    if (thresholdMinor <= 0) {
      throw new InvalidRequestException(
          "structuringThreshold.amount", "is below the currency's smallest unit");
    }
    return PatternOptions.DEFAULTS
        .withCycles(
            option(request.getCycleMaxHops(), defaults.getCycleMaxHops()),
            Duration.ofHours(option(request.getCycleWindowHours(), defaults.getCycleWindowHours())),
            option(request.getCycleMinRetainedPercent(), defaults.getCycleMinRetainedPercent()))
        .withFans(
            option(request.getFanMinCounterparties(), defaults.getFanMinCounterparties()),
            Duration.ofHours(option(request.getFanWindowHours(), defaults.getFanWindowHours())))
        .withStructuring(
            thresholdMinor,
            option(request.getStructuringMarginPercent(), defaults.getStructuringMarginPercent()),
            option(request.getStructuringMinDeposits(), defaults.getStructuringMinDeposits()),
            Duration.ofHours(
                option(request.getStructuringWindowHours(), defaults.getStructuringWindowHours())))
        .withPassThrough(
            Duration.ofHours(
                option(request.getPassThroughWindowHours(), defaults.getPassThroughWindowHours())),
            option(
                request.getPassThroughMinRetainedPercent(),
                defaults.getPassThroughMinRetainedPercent()),
            0)
        .withMaxFindingsPerPattern(
            option(request.getMaxFindingsPerPattern(), defaults.getMaxFindingsPerPattern()));
  }

  private PatternFindingDto finding(DatasetGraph graph, Finding finding) {
    Currencies currencies = graph.currencies();
    String currency = currencies.name(finding.currency());
    return new PatternFindingDto(
        PatternDto.fromValue(finding.pattern().name()),
        node(graph, finding.account()),
        currencies.toDecimal(finding.amount(), finding.currency()).toPlainString(),
        currency,
        time(finding.from()),
        time(finding.until()),
        finding.transactions().stream()
            .map(
                t ->
                    new EvidenceTransactionDto(
                        graph.transactionId(t.transactionId()),
                        node(graph, t.from()),
                        node(graph, t.to()),
                        currencies.toDecimal(t.amount(), t.currency()).toPlainString(),
                        currencies.name(t.currency()),
                        time(t.time())))
            .toList());
  }

  private TraceNodeDto node(DatasetGraph graph, int node) {
    return mapper.toDto(Nodes.node(graph, node));
  }

  private static OffsetDateTime time(long epochSecond) {
    return BoundaryConversions.toOffsetDateTime(Nodes.time(epochSecond));
  }
}
