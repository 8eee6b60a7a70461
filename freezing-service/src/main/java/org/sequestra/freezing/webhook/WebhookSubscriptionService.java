package org.sequestra.freezing.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.Delivery;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.LoggedAttempt;
import org.sequestra.freezing.webhook.domain.DeliveryStatus;
import org.sequestra.freezing.webhook.domain.SecretSeal;
import org.sequestra.freezing.webhook.domain.TargetPolicy;
import org.sequestra.freezing.webhook.domain.WebhookScope;
import org.sequestra.freezing.webhook.domain.WebhookSignature;
import org.sequestra.freezing.webhook.domain.WebhookSubscription;
import org.sequestra.platform.audit.AuditEvent;
import org.sequestra.platform.audit.AuditTrail;
import org.sequestra.platform.paging.PageMetadata;
import org.sequestra.platform.paging.Paging;
import org.sequestra.platform.security.Caller;
import org.sequestra.platform.web.ConflictException;
import org.sequestra.platform.web.ForbiddenException;
import org.sequestra.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing subscriptions: an ARO_SUPERVISOR those of the own agency's scope, a PLATFORM_ADMIN all
 * (and alone may subscribe platform-wide). Another agency's subscription is 404. Every change and
 * replay is audited; the secret is shown once at creation (or rotation) and nowhere else: not in
 * logs, audit entries, problems or later responses.
 */
@Service
class WebhookSubscriptionService {

  private static final Logger log = LoggerFactory.getLogger(WebhookSubscriptionService.class);
  static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
  static final String SUPERVISOR = "ARO_SUPERVISOR";
  private static final String OBJECT = "webhook-subscription";

  private final WebhookSubscriptionStore subscriptions;
  private final WebhookDeliveryStore deliveries;
  private final TargetPolicy targets;
  private final SecretSeal seal;
  private final AuditTrail audit;
  private final WebhookProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  WebhookSubscriptionService(
      WebhookSubscriptionStore subscriptions,
      WebhookDeliveryStore deliveries,
      TargetPolicy targets,
      SecretSeal seal,
      AuditTrail audit,
      WebhookProperties properties,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.targets = targets;
    this.seal = seal;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** What a caller asks to subscribe; {@code eventTypes} empty: every type. */
  record NewSubscription(
      String url, String description, List<String> eventTypes, WebhookScope scope) {}

  /** The subscription and its secret, which the caller sees this once. */
  record Created(WebhookSubscription subscription, String secret) {
    @Override
    public String toString() {
      return "Created[" + subscription.id() + "]";
    }
  }

  record RotatedSecret(String secret, Instant previousValidUntil) {
    @Override
    public String toString() {
      return "RotatedSecret[previousValidUntil=" + previousValidUntil + "]";
    }
  }

  record Page<T>(List<T> items, PageMetadata page) {}

  @Transactional
  Created create(Caller caller, NewSubscription request) {
    WebhookScope scope = request.scope() == null ? WebhookScope.AGENCY : request.scope();
    if (scope == WebhookScope.PLATFORM && !caller.hasRole(PLATFORM_ADMIN)) {
      throw new ForbiddenException(
          "platform-subscription", "Only a platform administrator may subscribe platform-wide.");
    }
    targets
        .refusal(request.url())
        .ifPresent(
            reason -> {
              throw new TargetRefusedException(reason);
            });
    WebhookSubscription subscription =
        new WebhookSubscription(
            UUID.randomUUID(),
            request.url(),
            request.description(),
            request.eventTypes() == null ? List.of() : request.eventTypes(),
            scope,
            caller.agency(),
            true,
            clock.instant(),
            caller.username() != null ? caller.username() : caller.subject());
    String secret = WebhookSignature.newSecret(random);
    subscriptions.insert(subscription, seal.seal(secret, subscription.id().toString()));
    audit.record(
        AuditEvent.by(caller, OBJECT + ".create", OBJECT, subscription.id())
            .onObjectOf(subscription.agency())
            .withDetail(describe(subscription)));
    log.info(
        "Webhook subscription {} created: {} scope {} to {}",
        subscription.id(),
        subscription.agency(),
        scope,
        subscription.target());
    return new Created(subscription, secret);
  }

  @Transactional(readOnly = true)
  WebhookSubscription get(Caller caller, UUID id) {
    return subscriptions
        .find(id)
        .filter(subscription -> manageable(caller, subscription))
        .orElseThrow(() -> new NotFoundException("Webhook subscription", id));
  }

  @Transactional(readOnly = true)
  Page<WebhookSubscription> list(Caller caller, Integer page, Integer size) {
    String agency = caller.hasRole(PLATFORM_ADMIN) ? null : caller.agency();
    int pageSize = Paging.size(size);
    List<WebhookSubscription> items =
        subscriptions.page(agency, Paging.offset(page, size), pageSize);
    return new Page<>(
        items, PageMetadata.of(Paging.page(page), pageSize, subscriptions.count(agency)));
  }

  @Transactional
  WebhookSubscription setEnabled(Caller caller, UUID id, boolean enabled) {
    WebhookSubscription subscription = locked(caller, id);
    if (subscription.enabled() != enabled) {
      subscriptions.setEnabled(id, enabled, clock.instant());
      audit.record(
          AuditEvent.by(caller, OBJECT + (enabled ? ".enable" : ".disable"), OBJECT, id)
              .onObjectOf(subscription.agency()));
    }
    return subscriptions.find(id).orElseThrow();
  }

  @Transactional
  void delete(Caller caller, UUID id) {
    WebhookSubscription subscription = locked(caller, id);
    subscriptions.delete(id);
    audit.record(
        AuditEvent.by(caller, OBJECT + ".delete", OBJECT, id)
            .onObjectOf(subscription.agency())
            .withDetail(describe(subscription)));
    log.info("Webhook subscription {} deleted", id);
  }

  @Transactional
  RotatedSecret rotateSecret(Caller caller, UUID id) {
    WebhookSubscription subscription = locked(caller, id);
    String secret = WebhookSignature.newSecret(random);
    Instant now = clock.instant();
    Instant previousUntil = now.plus(properties.previousSecretGrace());
    subscriptions.rotateSecret(id, seal.seal(secret, id.toString()), previousUntil, now);
    audit.record(
        AuditEvent.by(caller, OBJECT + ".rotate-secret", OBJECT, id)
            .onObjectOf(subscription.agency())
            .withDetail("previous secret signs until " + previousUntil));
    return new RotatedSecret(secret, previousUntil);
  }

  @Transactional
  Delivery replay(Caller caller, UUID id, UUID eventId) {
    WebhookSubscription subscription = get(caller, id);
    Delivery delivery =
        deliveries
            .find(id, eventId)
            .orElseThrow(() -> new NotFoundException("Webhook delivery", eventId));
    if (!deliveries.replay(id, eventId, clock.instant())) {
      throw new ConflictException(
          "delivery-pending",
          "Delivery of event "
              + eventId
              + " is "
              + delivery.status()
              + "; only DEAD or DELIVERED deliveries are replayed.");
    }
    audit.record(
        AuditEvent.by(caller, "webhook-delivery.replay", OBJECT, id)
            .onObjectOf(subscription.agency())
            .withDetail("event " + eventId + ", was " + delivery.status()));
    return deliveries.find(id, eventId).orElseThrow();
  }

  @Transactional
  int replayDead(Caller caller, UUID id) {
    WebhookSubscription subscription = get(caller, id);
    int replayed = deliveries.replayDead(id, clock.instant());
    audit.record(
        AuditEvent.by(caller, "webhook-delivery.replay-dead", OBJECT, id)
            .onObjectOf(subscription.agency())
            .withDetail(replayed + " dead deliveries queued again"));
    return replayed;
  }

  @Transactional(readOnly = true)
  Page<Delivery> deliveries(
      Caller caller, UUID id, DeliveryStatus status, Integer page, Integer size) {
    get(caller, id);
    int pageSize = Paging.size(size);
    return new Page<>(
        deliveries.deliveries(id, status, Paging.offset(page, size), pageSize),
        PageMetadata.of(Paging.page(page), pageSize, deliveries.countDeliveries(id, status)));
  }

  @Transactional(readOnly = true)
  Page<LoggedAttempt> attempts(Caller caller, UUID id, Integer page, Integer size) {
    get(caller, id);
    int pageSize = Paging.size(size);
    return new Page<>(
        deliveries.attempts(id, Paging.offset(page, size), pageSize),
        PageMetadata.of(Paging.page(page), pageSize, deliveries.countAttempts(id)));
  }

  private WebhookSubscription locked(Caller caller, UUID id) {
    return subscriptions
        .findForUpdate(id)
        .filter(subscription -> manageable(caller, subscription))
        .orElseThrow(() -> new NotFoundException("Webhook subscription", id));
  }

  private static boolean manageable(Caller caller, WebhookSubscription subscription) {
    return subscription.manageableBy(
        caller.agency(), caller.hasRole(PLATFORM_ADMIN), caller.hasRole(SUPERVISOR));
  }

  /** For the audit trail: the target's origin (a path or query may hold a token), no secret. */
  private static String describe(WebhookSubscription subscription) {
    return "target "
        + subscription.target()
        + ", scope "
        + subscription.scope()
        + ", events "
        + (subscription.eventTypes().isEmpty() ? "all" : subscription.eventTypes());
  }
}
