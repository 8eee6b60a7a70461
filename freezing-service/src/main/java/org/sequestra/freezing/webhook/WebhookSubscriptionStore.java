package org.sequestra.freezing.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sequestra.freezing.webhook.domain.WebhookScope;
import org.sequestra.freezing.webhook.domain.WebhookSubscription;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions' table. The secret columns are read only by the sender, never mapped out. */
@Repository
class WebhookSubscriptionStore {

  private static final String COLUMNS =
      "id, url, description, event_types, scope, agency, enabled, created_at, created_by";

  private final JdbcClient jdbc;

  WebhookSubscriptionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(WebhookSubscription subscription, String sealedSecret) {
    jdbc.sql(
            """
            insert into webhook_subscription
              (id, url, description, event_types, scope, agency, enabled, secret, created_at,
               created_by, updated_at)
            values (:id, :url, :description, cast(:eventTypes as varchar(64)[]), :scope, :agency, :enabled, :secret,
                    :createdAt, :createdBy, :createdAt)
            """)
        .param("id", subscription.id())
        .param("url", subscription.url())
        .param("description", subscription.description())
        .param(
            "eventTypes",
            subscription.eventTypes().isEmpty()
                ? null
                : subscription.eventTypes().toArray(String[]::new))
        .param("scope", subscription.scope().name())
        .param("agency", subscription.agency())
        .param("enabled", subscription.enabled())
        .param("secret", sealedSecret)
        .param("createdAt", Timestamp.from(subscription.createdAt()))
        .param("createdBy", subscription.createdBy())
        .update();
  }

  Optional<WebhookSubscription> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = ?")
        .param(id)
        .query(SUBSCRIPTION)
        .optional();
  }

  /** Locks the row for a change (enable, disable, rotate) in the caller's transaction. */
  Optional<WebhookSubscription> findForUpdate(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = ? for update")
        .param(id)
        .query(SUBSCRIPTION)
        .optional();
  }

  /** A page, newest first; {@code agency} null: every subscription (platform admins). */
  List<WebhookSubscription> page(String agency, long offset, int size) {
    String where = agency == null ? "" : " where scope = 'AGENCY' and agency = :agency";
    var statement =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from webhook_subscription"
                    + where
                    + " order by created_at desc, id limit :size offset :offset")
            .param("size", size)
            .param("offset", offset);
    if (agency != null) {
      statement = statement.param("agency", agency);
    }
    return statement.query(SUBSCRIPTION).list();
  }

  long count(String agency) {
    if (agency == null) {
      return jdbc.sql("select count(*) from webhook_subscription").query(Long.class).single();
    }
    return jdbc.sql(
            "select count(*) from webhook_subscription where scope = 'AGENCY' and agency = ?")
        .param(agency)
        .query(Long.class)
        .single();
  }

  void setEnabled(UUID id, boolean enabled, Instant now) {
    jdbc.sql("update webhook_subscription set enabled = ?, updated_at = ? where id = ?")
        .params(enabled, Timestamp.from(now), id)
        .update();
  }

  /** The new secret replaces the current one, which keeps signing until {@code previousUntil}. */
  void rotateSecret(UUID id, String sealedSecret, Instant previousUntil, Instant now) {
    jdbc.sql(
            """
            update webhook_subscription
               set previous_secret = secret, previous_secret_until = :until, secret = :secret,
                   updated_at = :now
             where id = :id
            """)
        .param("until", Timestamp.from(previousUntil))
        .param("secret", sealedSecret)
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  void delete(UUID id) {
    jdbc.sql("delete from webhook_subscription where id = ?").param(id).update();
  }

  private static final RowMapper<WebhookSubscription> SUBSCRIPTION =
      (rs, row) ->
          new WebhookSubscription(
              rs.getObject("id", UUID.class),
              rs.getString("url"),
              rs.getString("description"),
              types(rs),
              WebhookScope.valueOf(rs.getString("scope")),
              rs.getString("agency"),
              rs.getBoolean("enabled"),
              rs.getTimestamp("created_at").toInstant(),
              rs.getString("created_by"));

  private static List<String> types(ResultSet rs) throws SQLException {
    Array array = rs.getArray("event_types");
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
