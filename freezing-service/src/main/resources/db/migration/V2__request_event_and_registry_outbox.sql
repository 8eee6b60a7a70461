-- Two transactional outboxes, written in the transaction of the change that causes them.

-- Every event of a request (issued, transmitted, recognised, ...): what webhook subscribers hear.
-- `seq` gives relays a stable order; `data` is the event's body as subscribers receive it.
create table request_event (
    id               uuid primary key,
    seq              bigint generated always as identity unique,
    request_id       uuid         not null,
    type             varchar(64)  not null,
    occurred_at      timestamptz  not null,
    issuing_agency   varchar(32)  not null,
    executing_agency varchar(32),
    data             jsonb        not null
);

create index ix_request_event_request on request_event (request_id, seq);

-- Changes the asset registry must make because of a request (access for the executing agency,
-- FREEZE_REQUESTED, FROZEN, RELEASED, ...). `id` is the event id the registry de-duplicates on.
-- The relay that delivers them adds its own bookkeeping columns.
create table registry_outbox (
    id         uuid primary key,
    seq        bigint generated always as identity unique,
    request_id uuid         not null,
    effect     varchar(32)  not null,
    body       jsonb        not null,
    created_at timestamptz  not null
);

create index ix_registry_outbox_request on registry_outbox (request_id, seq);
