-- Webhook subscriptions of external systems (the EMPACT platform, national case systems, an
-- e-CODEX connector) and the deliveries of request events to them.

-- scope AGENCY: events of requests where `agency` is the issuing or executing side;
-- scope PLATFORM: every event. `event_types` null: every type.
-- `secret` is the signing secret, sealed (AES-GCM, key from configuration) when a key is set.
create table webhook_subscription (
    id                     uuid primary key,
    url                    varchar(2048) not null,
    description            varchar(500),
    event_types            varchar(64)[],
    scope                  varchar(16)   not null check (scope in ('AGENCY', 'PLATFORM')),
    agency                 varchar(32)   not null,
    enabled                boolean       not null,
    secret                 text          not null,
    previous_secret        text,
    previous_secret_until  timestamptz,
    created_at             timestamptz   not null,
    created_by             varchar(255)  not null,
    updated_at             timestamptz   not null
);

create index ix_webhook_subscription_agency on webhook_subscription (agency, created_at desc, id);

-- Which events the dispatcher has fanned out to the subscriptions (a partial index keeps the
-- look-up of the few not yet fanned out cheap however long the outbox grows).
alter table request_event add column webhooks_fanned_out boolean not null default false;
create index ix_request_event_webhooks_pending on request_event (seq) where not webhooks_fanned_out;

-- One delivery per (subscription, event), whatever the number of replicas or retries: the event
-- id is the delivery's webhook-id. PENDING until delivered (2xx) or DEAD after the last attempt.
create table webhook_delivery (
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    event_id         uuid        not null references request_event (id),
    event_seq        bigint      not null,
    event_type       varchar(64) not null,
    status           varchar(16) not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts         integer     not null,
    next_attempt_at  timestamptz not null,
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    primary key (subscription_id, event_id)
);

-- The sender's claim: due deliveries, and the earliest pending one of each subscription.
create index ix_webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index ix_webhook_delivery_pending_order on webhook_delivery (subscription_id, event_seq)
    where status = 'PENDING';
create index ix_webhook_delivery_log on webhook_delivery (subscription_id, created_at desc, event_id);

-- Every attempt: when, how long, the HTTP status or the kind of error, and at most a short,
-- sanitised excerpt of the answer (never the whole body).
create table webhook_attempt (
    id               bigint generated always as identity primary key,
    subscription_id  uuid         not null,
    event_id         uuid         not null,
    attempt          integer      not null,
    attempted_at     timestamptz  not null,
    duration_ms      integer      not null,
    http_status      integer,
    error_kind       varchar(32),
    response_excerpt varchar(200),
    foreign key (subscription_id, event_id)
        references webhook_delivery (subscription_id, event_id) on delete cascade
);

create index ix_webhook_attempt_subscription on webhook_attempt (subscription_id, id desc);
-- the retention sweep
create index ix_webhook_attempt_time on webhook_attempt (attempted_at);
