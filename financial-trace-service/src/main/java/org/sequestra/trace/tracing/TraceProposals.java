package org.sequestra.trace.tracing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.identifier.Identifiers;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.platform.web.UnprocessableException;
import org.sequestra.trace.registry.RegistryClient;
import org.sequestra.trace.registry.RegistryRefusedException;
import org.sequestra.trace.registry.client.model.AssetIdentifiersDto;
import org.sequestra.trace.registry.client.model.AssetTypeDto;
import org.sequestra.trace.registry.client.model.ChainDto;
import org.sequestra.trace.registry.client.model.MoneyDto;
import org.sequestra.trace.registry.client.model.NewAssetDto;
import org.sequestra.trace.registry.client.model.NewValuationDto;
import org.sequestra.trace.tracing.TraceStore.StoredTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposes a trace's end point to the asset registry as an asset of a case, on behalf of the
 * caller, and remembers the registry's asset on the account.
 */
@Service
class TraceProposals {

  private static final Logger log = LoggerFactory.getLogger(TraceProposals.class);

  private final TraceService traces;
  private final RegistryClient registry;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  TraceProposals(
      TraceService traces,
      RegistryClient registry,
      JdbcClient jdbc,
      AuditTrail audit,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.traces = traces;
    this.registry = registry;
    this.jdbc = jdbc;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What was proposed, and whether the registry was asked now (false: the stored link). */
  record Outcome(Proposal proposal, boolean created) {}

  private record Account(
      String kind,
      String identifier,
      String chain,
      String bic,
      String holderName,
      UUID assetId,
      UUID caseId,
      UUID traceId,
      Instant proposedAt) {}

  Outcome propose(UUID datasetId, UUID traceId, long accountId, Proposal.Request request) {
    StoredTrace trace = traces.find(datasetId, traceId);
    List<TraceReport.EndPoint> ends = traces.report(trace).endPointsOf(accountId).toList();
    if (ends.isEmpty()) {
      throw new NotFoundException("End point of trace " + traceId, accountId);
    }
    BigDecimal traced =
        ends.stream()
            .map(end -> new BigDecimal(end.amount()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    Account account =
        account(datasetId, accountId)
            .orElseThrow(() -> new NotFoundException("Account", accountId));
    if (account.assetId() != null) {
      if (traceId.equals(account.traceId())) {
        return new Outcome(
            proposal(
                traceId,
                accountId,
                account.caseId(),
                account.assetId(),
                traced,
                trace,
                account.proposedAt()),
            false);
      }
      throw new ConflictException(
          "already-proposed",
          "Account "
              + account.identifier()
              + " is already registry asset "
              + account.assetId()
              + " of case "
              + account.caseId()
              + ", proposed from trace "
              + account.traceId()
              + ".");
    }
    NewAssetDto asset = asset(datasetId, trace, account, traced, ends, request);
    UUID assetId;
    try {
      assetId =
          registry.registerAsset(
              request.caseId(), asset, "trace-" + traceId + "-account-" + accountId);
    } catch (RegistryRefusedException refused) {
      log.warn(
          "Proposal of account {} of trace {} refused by the asset registry (HTTP {})",
          accountId,
          traceId,
          refused.status());
      String message = "The asset registry refused the asset: " + refused.getMessage();
      throw refused.status() == 409
          ? new ConflictException("registry-conflict", message)
          : new UnprocessableException("registry-refused", message);
    }
    Instant now = clock.instant();
    Caller caller = RequestContext.currentCaller();
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql(
                  "update account set registry_asset_id = ?, registry_case_id = ?,"
                      + " registry_trace_id = ?, registry_proposed_at = ?"
                      + " where id = ? and dataset_id = ? and registry_asset_id is null")
              .params(assetId, request.caseId(), traceId, Timestamp.from(now), accountId, datasetId)
              .update();
          audit.record(
              AuditEvent.by(caller, "trace.propose", "trace", traceId)
                  .onObjectOf(caller.agency())
                  .withDetail(
                      "account "
                          + accountId
                          + " registered as asset "
                          + assetId
                          + " of case "
                          + request.caseId()));
        });
    log.info(
        "Account {} of trace {} proposed to case {}: registry asset {}",
        accountId,
        traceId,
        request.caseId(),
        assetId);
    return new Outcome(
        proposal(traceId, accountId, request.caseId(), assetId, traced, trace, now), true);
  }

  private NewAssetDto asset(
      UUID datasetId,
      StoredTrace trace,
      Account account,
      BigDecimal traced,
      List<TraceReport.EndPoint> ends,
      Proposal.Request request) {
    boolean crypto = "CRYPTO_ADDRESS".equals(account.kind());
    AssetIdentifiersDto identifiers = null;
    if ("IBAN".equals(account.kind())) {
      identifiers = new AssetIdentifiersDto().iban(account.identifier()).bic(account.bic());
    } else if (crypto
        && ("BITCOIN".equals(account.chain()) || "ETHEREUM".equals(account.chain()))) {
      identifiers =
          new AssetIdentifiersDto()
              .walletAddress(account.identifier())
              .chain(ChainDto.fromValue(account.chain()));
    }
    String country = request.locationCountry();
    if (country == null && "IBAN".equals(account.kind())) {
      country = account.identifier().substring(0, 2);
    }
    String amount = traced.stripTrailingZeros().toPlainString() + " " + trace.currency();
    String description =
        (crypto ? "Crypto wallet " : "Bank account ")
            + account.identifier()
            + (account.chain() == null ? "" : " (" + account.chain() + ")")
            + (account.holderName() == null ? "" : " held by " + account.holderName())
            + ": "
            + amount
            + " traced to it ("
            + String.join(", ", ends.stream().map(TraceReport.EndPoint::reason).distinct().toList())
            + ") by "
            + trace.direction()
            + " "
            + trace.rule()
            + " trace "
            + trace.id()
            + " of financial-trace dataset "
            + datasetId
            + ".";
    return new NewAssetDto(
            crypto ? AssetTypeDto.CRYPTO_WALLET : AssetTypeDto.BANK_ACCOUNT,
            description.length() <= 2000 ? description : description.substring(0, 2000))
        .locationCountry(country)
        .identifiers(identifiers)
        .valuation(valuation(traced, trace));
  }

  /**
   * The registry values in ISO 4217 currencies with up to 6 decimals; crypto amounts stay in the
   * description.
   */
  private NewValuationDto valuation(BigDecimal traced, StoredTrace trace) {
    if (!Identifiers.isValid(IdentifierType.CURRENCY_CODE, trace.currency())
        || traced.signum() <= 0) {
      return null;
    }
    BigDecimal value = traced.scale() > 6 ? traced.setScale(6, RoundingMode.HALF_UP) : traced;
    return new NewValuationDto(
            new MoneyDto(value.toPlainString(), trace.currency()),
            LocalDate.now(clock.withZone(ZoneOffset.UTC)))
        .source("Sequestra trace " + trace.id());
  }

  private Proposal proposal(
      UUID traceId,
      long accountId,
      UUID caseId,
      UUID assetId,
      BigDecimal traced,
      StoredTrace trace,
      Instant at) {
    return new Proposal(
        traceId,
        accountId,
        caseId,
        assetId,
        new Proposal.Amount(traced.toPlainString(), trace.currency()),
        at);
  }

  private Optional<Account> account(UUID datasetId, long accountId) {
    return jdbc.sql(
            "select kind, identifier, chain, bic, holder_name, registry_asset_id, registry_case_id,"
                + " registry_trace_id, registry_proposed_at from account where id = ? and dataset_id = ?")
        .params(accountId, datasetId)
        .query(
            (row, n) ->
                new Account(
                    row.getString("kind"),
                    row.getString("identifier"),
                    row.getString("chain"),
                    row.getString("bic"),
                    row.getString("holder_name"),
                    row.getObject("registry_asset_id", UUID.class),
                    row.getObject("registry_case_id", UUID.class),
                    row.getObject("registry_trace_id", UUID.class),
                    row.getTimestamp("registry_proposed_at") == null
                        ? null
                        : row.getTimestamp("registry_proposed_at").toInstant()))
        .optional();
  }
}
