package org.sequestra.freezing.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A subscription as the API shows it: never with its secret.
 *
 * @param eventTypes empty: every type
 * @param agency for AGENCY scope the agency whose requests it hears; for PLATFORM the creator's
 */
public record WebhookSubscription(
    UUID id,
    String url,
    String description,
    List<String> eventTypes,
    WebhookScope scope,
    String agency,
    boolean enabled,
    Instant createdAt,
    String createdBy) {

  public WebhookSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(agency, "agency");
    eventTypes = List.copyOf(eventTypes);
  }

  /**
   * Whether the caller may manage this subscription: a platform admin any; a supervisor those of
   * the own agency's scope.
   */
  public boolean manageableBy(String callerAgency, boolean platformAdmin, boolean supervisor) {
    if (platformAdmin) {
      return true;
    }
    return supervisor && scope == WebhookScope.AGENCY && agency.equals(callerAgency);
  }

  /**
   * The scheme and host only: what logs and audit entries name (a URL's path or query may hold
   * tokens).
   */
  public String target() {
    int start = url.indexOf("://");
    if (start < 0) {
      return "?";
    }
    int end = url.indexOf('/', start + 3);
    String origin = end < 0 ? url : url.substring(0, end);
    int query = origin.indexOf('?');
    return query < 0 ? origin : origin.substring(0, query);
  }
}
