package org.sequestra.freezing.webhook;

import org.mapstruct.Mapper;
import org.sequestra.freezing.api.model.WebhookAttemptDto;
import org.sequestra.freezing.api.model.WebhookDeliveryDto;
import org.sequestra.freezing.api.model.WebhookDeliveryStatusDto;
import org.sequestra.freezing.api.model.WebhookScopeDto;
import org.sequestra.freezing.api.model.WebhookSubscriptionDto;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.Delivery;
import org.sequestra.freezing.webhook.WebhookDeliveryStore.LoggedAttempt;
import org.sequestra.freezing.webhook.domain.DeliveryStatus;
import org.sequestra.freezing.webhook.domain.WebhookScope;
import org.sequestra.freezing.webhook.domain.WebhookSubscription;
import org.sequestra.platform.mapping.BoundaryMapping;

@Mapper(config = BoundaryMapping.class)
interface WebhookMapper {

  WebhookSubscriptionDto toDto(WebhookSubscription subscription);

  WebhookDeliveryDto toDto(Delivery delivery);

  WebhookAttemptDto toDto(LoggedAttempt attempt);

  WebhookScope toScope(WebhookScopeDto scope);

  DeliveryStatus toStatus(WebhookDeliveryStatusDto status);
}
