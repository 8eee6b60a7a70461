package org.sequestra.freezing.webhook;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sequestra.freezing.api.WebhooksApi;
import org.sequestra.freezing.api.model.CreatedWebhookSubscriptionDto;
import org.sequestra.freezing.api.model.NewWebhookSubscriptionDto;
import org.sequestra.freezing.api.model.WebhookAttemptPageDto;
import org.sequestra.freezing.api.model.WebhookDeliveryDto;
import org.sequestra.freezing.api.model.WebhookDeliveryPageDto;
import org.sequestra.freezing.api.model.WebhookDeliveryStatusDto;
import org.sequestra.freezing.api.model.WebhookReplayDto;
import org.sequestra.freezing.api.model.WebhookSecretDto;
import org.sequestra.freezing.api.model.WebhookSubscriptionDto;
import org.sequestra.freezing.api.model.WebhookSubscriptionPageDto;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.Delivery;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.LoggedAttempt;
import org.sequestra.freezing.webhook.WebhookSubscriptionService.Created;
import org.sequestra.freezing.webhook.WebhookSubscriptionService.NewSubscription;
import org.sequestra.freezing.webhook.WebhookSubscriptionService.Page;
import org.sequestra.freezing.webhook.WebhookSubscriptionService.RotatedSecret;
import org.sequestra.freezing.webhook.domain.WebhookSubscription;
import org.sequestra.platform.context.RequestContext;
import org.sequestra.platform.mapping.BoundaryConversions;
import org.sequestra.platform.web.Problems;
import org.sequestra.platform.web.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAnyRole('ARO_SUPERVISOR', 'PLATFORM_ADMIN')")
class WebhookController implements WebhooksApi {

  private final WebhookSubscriptionService subscriptions;
  private final WebhookMapper mapper;

  WebhookController(WebhookSubscriptionService subscriptions, WebhookMapper mapper) {
    this.subscriptions = subscriptions;
    this.mapper = mapper;
  }

  @Override
  public ResponseEntity<CreatedWebhookSubscriptionDto> createWebhookSubscription(
      NewWebhookSubscriptionDto request) {
    Created created =
        subscriptions.create(
            RequestContext.currentCaller(),
            new NewSubscription(
                request.getUrl(),
                request.getDescription(),
                request.getEventTypes() == null
                    ? List.of()
                    : new ArrayList<>(request.getEventTypes()),
                request.getScope() == null ? null : mapper.toScope(request.getScope())));
    WebhookSubscription subscription = created.subscription();
    return ResponseEntity.created(URI.create("/api/v1/webhook-subscriptions/" + subscription.id()))
        .body(new CreatedWebhookSubscriptionDto(mapper.toDto(subscription), created.secret()));
  }

  @Override
  public ResponseEntity<WebhookSubscriptionPageDto> listWebhookSubscriptions(
      Integer page, Integer size) {
    Page<WebhookSubscription> result =
        subscriptions.list(RequestContext.currentCaller(), page, size);
    return ResponseEntity.ok(
        new WebhookSubscriptionPageDto(
            result.items().stream().map(mapper::toDto).toList(), result.page()));
  }

  @Override
  public ResponseEntity<WebhookSubscriptionDto> getWebhookSubscription(UUID subscriptionId) {
    return ResponseEntity.ok(
        mapper.toDto(subscriptions.get(RequestContext.currentCaller(), subscriptionId)));
  }

  @Override
  public ResponseEntity<Void> deleteWebhookSubscription(UUID subscriptionId) {
    subscriptions.delete(RequestContext.currentCaller(), subscriptionId);
    return ResponseEntity.noContent().build();
  }

  @Override
  public ResponseEntity<WebhookSubscriptionDto> enableWebhookSubscription(UUID subscriptionId) {
    return ResponseEntity.ok(
        mapper.toDto(
            subscriptions.setEnabled(RequestContext.currentCaller(), subscriptionId, true)));
  }

  @Override
  public ResponseEntity<WebhookSubscriptionDto> disableWebhookSubscription(UUID subscriptionId) {
    return ResponseEntity.ok(
        mapper.toDto(
            subscriptions.setEnabled(RequestContext.currentCaller(), subscriptionId, false)));
  }

  @Override
  public ResponseEntity<WebhookSecretDto> rotateWebhookSecret(UUID subscriptionId) {
    RotatedSecret rotated =
        subscriptions.rotateSecret(RequestContext.currentCaller(), subscriptionId);
    WebhookSecretDto body = new WebhookSecretDto(rotated.secret());
    body.setPreviousValidUntil(BoundaryConversions.toOffsetDateTime(rotated.previousValidUntil()));
    return ResponseEntity.ok(body);
  }

  @Override
  public ResponseEntity<WebhookDeliveryPageDto> listWebhookDeliveries(
      UUID subscriptionId, WebhookDeliveryStatusDto status, Integer page, Integer size) {
    Page<Delivery> result =
        subscriptions.deliveries(
            RequestContext.currentCaller(),
            subscriptionId,
            status == null ? null : mapper.toStatus(status),
            page,
            size);
    return ResponseEntity.ok(
        new WebhookDeliveryPageDto(
            result.items().stream().map(mapper::toDto).toList(), result.page()));
  }

  @Override
  public ResponseEntity<WebhookDeliveryDto> replayWebhookDelivery(
      UUID subscriptionId, UUID eventId) {
    return ResponseEntity.ok(
        mapper.toDto(
            subscriptions.replay(RequestContext.currentCaller(), subscriptionId, eventId)));
  }

  @Override
  public ResponseEntity<WebhookReplayDto> replayDeadWebhookDeliveries(UUID subscriptionId) {
    return ResponseEntity.ok(
        new WebhookReplayDto(
            subscriptions.replayDead(RequestContext.currentCaller(), subscriptionId)));
  }

  @Override
  public ResponseEntity<WebhookAttemptPageDto> listWebhookAttempts(
      UUID subscriptionId, Integer page, Integer size) {
    Page<LoggedAttempt> result =
        subscriptions.attempts(RequestContext.currentCaller(), subscriptionId, page, size);
    return ResponseEntity.ok(
        new WebhookAttemptPageDto(
            result.items().stream().map(mapper::toDto).toList(), result.page()));
  }

  /** A target the policy refuses: 422 with the field, as bean validation names fields. */
  @ExceptionHandler(TargetRefusedException.class)
  ResponseEntity<ProblemDetail> targetRefused(TargetRefusedException refused) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "webhook-target-refused",
            "Target not allowed",
            "url " + refused.getMessage());
    problem.setProperty("violations", List.of(new Violation("url", refused.getMessage())));
    return ResponseEntity.unprocessableContent().body(problem);
  }
}
