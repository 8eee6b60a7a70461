package org.sequestra.registry.custody;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.identifier.IdentifierType;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.ETags;
import org.sequestra.platform.web.NotFoundException;
import org.sequestra.platform.web.PreconditionFailedException;
import org.sequestra.registry.asset.Asset;
import org.sequestra.registry.asset.AssetAccess;
import org.sequestra.registry.asset.AssetStatus;
import org.sequestra.registry.validation.FieldChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custody, management costs and interlocutory sale of an asset. They are written only while the
 * asset is FROZEN or CONFISCATED; the asset's row is locked meanwhile, so a transition cannot move
 * it out of those statuses between the check and the write. Reads stay possible afterwards.
 */
@Service
class CustodyService {

  private static final List<AssetStatus> HELD =
      List.of(AssetStatus.FROZEN, AssetStatus.CONFISCATED);

  private final AssetAccess assetAccess;
  private final CustodyRepository custodies;
  private final ManagementCostRepository costs;
  private final InterlocutorySaleRepository sales;
  private final EntityManager entityManager;
  private final AuditTrail audit;
  private final Clock clock;

  CustodyService(
      AssetAccess assetAccess,
      CustodyRepository custodies,
      ManagementCostRepository costs,
      InterlocutorySaleRepository sales,
      EntityManager entityManager,
      AuditTrail audit,
      Clock clock) {
    this.assetAccess = assetAccess;
    this.custodies = custodies;
    this.costs = costs;
    this.sales = sales;
    this.entityManager = entityManager;
    this.audit = audit;
    this.clock = clock;
  }

  /** An asset's costs, oldest first, with the sum per currency (by currency code). */
  record Costs(List<ManagementCost> items, Map<String, BigDecimal> totals) {}

  @Transactional(readOnly = true)
  Custody custody(Caller caller, UUID assetId) {
    assetAccess.readable(caller, assetId);
    return custodies
        .findById(assetId)
        .orElseThrow(() -> new NotFoundException("Custody of asset", assetId));
  }

  @Transactional
  Custody putCustody(
      Caller caller, UUID assetId, String ifMatch, CustodyCommands.CustodyUpdate update) {
    Asset asset = held(caller, assetId);
    FieldChecks checks = new FieldChecks();
    String storageCountry = checks.country("storageCountry", update.storageCountry());
    String custodianName = FieldChecks.text(update.custodianName());
    checks.require(custodianName != null, "custodianName", "must not be blank");
    checks.throwIfInvalid();
    Custody stored = custodies.findById(assetId).orElse(null);
    requireVersion(stored == null ? null : stored.getVersion(), ifMatch, "custody", assetId);
    Custody custody = stored != null ? stored : new Custody(assetId);
    custody.replace(
        custodianName,
        FieldChecks.text(update.custodianAgency()),
        FieldChecks.text(update.storageLocation()),
        storageCountry,
        caller.subject(),
        clock.instant());
    Custody saved = custodies.saveAndFlush(custody);
    audit.record(
        AuditEvent.by(caller, "asset.custody.update", "asset", assetId)
            .onObjectOf(asset.getOwningAgency())
            .withDetail("custodian " + custodianName));
    return saved;
  }

  @Transactional
  ManagementCost addCost(Caller caller, UUID assetId, CustodyCommands.NewManagementCost request) {
    Asset asset = held(caller, assetId);
    FieldChecks checks = new FieldChecks();
    Money amount = money("amount", request.amount(), checks);
    String description = FieldChecks.text(request.description());
    checks.require(description != null, "description", "must not be blank");
    notInTheFuture(request.incurredOn(), "incurredOn", checks);
    checks.throwIfInvalid();
    ManagementCost cost =
        costs.save(
            new ManagementCost(
                assetId,
                amount.amount(),
                amount.currency(),
                request.incurredOn(),
                description,
                caller.subject(),
                caller.agency(),
                clock.instant()));
    audit.record(
        AuditEvent.by(caller, "asset.cost.add", "asset", assetId)
            .onObjectOf(asset.getOwningAgency())
            .withDetail(amount.amount().toPlainString() + " " + amount.currency()));
    return cost;
  }

  @Transactional(readOnly = true)
  Costs costs(Caller caller, UUID assetId) {
    assetAccess.readable(caller, assetId);
    List<ManagementCost> items = costs.findByAssetIdOrderByIncurredOnAscRecordedAtAscIdAsc(assetId);
    // amounts in different currencies are never added up
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (ManagementCost cost : items) {
      totals.merge(cost.getCurrency(), cost.getAmount(), BigDecimal::add);
    }
    return new Costs(items, totals);
  }

  /** Audited: the buyer may be a natural person. */
  @Transactional
  InterlocutorySale sale(Caller caller, UUID assetId) {
    Asset asset = assetAccess.readable(caller, assetId);
    InterlocutorySale sale =
        sales
            .findById(assetId)
            .orElseThrow(() -> new NotFoundException("Interlocutory sale of asset", assetId));
    audit.record(
        AuditEvent.by(caller, "asset.sale.read", "asset", assetId)
            .onObjectOf(asset.getOwningAgency()));
    return sale;
  }

  @Transactional
  InterlocutorySale putSale(
      Caller caller, UUID assetId, String ifMatch, CustodyCommands.InterlocutorySaleUpdate update) {
    Asset asset = held(caller, assetId);
    FieldChecks checks = new FieldChecks();
    Money realised = money("amountRealised", update.amountRealised(), checks);
    String orderReference = FieldChecks.text(update.orderReference());
    checks.require(orderReference != null, "orderReference", "must not be blank");
    notInTheFuture(update.saleDate(), "saleDate", checks);
    checks.throwIfInvalid();
    InterlocutorySale stored = sales.findById(assetId).orElse(null);
    requireVersion(
        stored == null ? null : stored.getVersion(), ifMatch, "interlocutory sale", assetId);
    InterlocutorySale sale = stored != null ? stored : new InterlocutorySale(assetId);
    sale.replace(
        update.saleDate(),
        orderReference,
        realised.amount(),
        realised.currency(),
        FieldChecks.text(update.buyer()),
        caller.subject(),
        clock.instant());
    InterlocutorySale saved = sales.saveAndFlush(sale);
    audit.record(
        AuditEvent.by(caller, "asset.sale.record", "asset", assetId)
            .onObjectOf(asset.getOwningAgency())
            .withDetail(
                "order "
                    + orderReference
                    + ", realised "
                    + realised.amount().toPlainString()
                    + " "
                    + realised.currency()));
    return saved;
  }

  /** The asset, writable by the caller, locked, and FROZEN or CONFISCATED (else 409). */
  private Asset held(Caller caller, UUID assetId) {
    Asset asset = assetAccess.writableAndLocked(caller, assetId);
    // the lock is held now; re-read so that the status is that of the locked row
    entityManager.refresh(asset);
    if (!HELD.contains(asset.getStatus())) {
      throw new ConflictException(
          "asset-not-held",
          "Asset "
              + assetId
              + " is "
              + asset.getStatus()
              + "; custody, management costs and interlocutory sales are recorded only while an"
              + " asset is FROZEN or CONFISCATED.");
    }
    return asset;
  }

  /**
   * Replacing a record needs If-Match with its version; the first record needs none, and naming a
   * version of a record that does not exist yet fails.
   */
  private static void requireVersion(Long current, String ifMatch, String what, UUID assetId) {
    if (current != null) {
      ETags.requireMatch(ifMatch, current);
    } else if (ifMatch != null && !ifMatch.isBlank()) {
      throw new PreconditionFailedException(
          "No "
              + what
              + " is recorded for asset "
              + assetId
              + " yet; send the first one"
              + " without If-Match.");
    }
  }

  private record Money(BigDecimal amount, String currency) {}

  private static Money money(String field, CustodyCommands.StatedMoney money, FieldChecks checks) {
    BigDecimal amount = new BigDecimal(money.amount());
    checks.require(amount.signum() >= 0, field + ".amount", "must not be negative");
    String currency =
        checks.normalised(field + ".currency", IdentifierType.CURRENCY_CODE, money.currency());
    return new Money(amount, currency);
  }

  private void notInTheFuture(LocalDate day, String field, FieldChecks checks) {
    checks.require(
        !day.isAfter(LocalDate.ofInstant(Instant.now(clock), clock.getZone())),
        field,
        "must not be in the future");
  }
}
