package org.sequestra.freezing.webhook.domain;

/** Whose requests' events a subscription hears. */
public enum WebhookScope {
  /** Requests where the subscription's agency is the issuing or the executing side. */
  AGENCY,
  /** Every request (PLATFORM_ADMIN only, e.g. the EMPACT platform). */
  PLATFORM
}
