-- The registry relay's bookkeeping on the registry outbox (V2). A row is PENDING until the
-- registry applied it (DELIVERED) or refused it for good (FAILED: 4xx such as 409/422, kept with
-- the registry's answer for an operator, who may queue it again). A PENDING row that failed for a
-- passing reason (registry down, 5xx, time-out) waits until next_attempt_at.
alter table registry_outbox
    add column status          varchar(16)  not null default 'PENDING',
    add column attempts        integer      not null default 0,
    add column next_attempt_at timestamptz,
    add column last_error      varchar(2000),
    add column last_attempt_at timestamptz,
    add column delivered_at    timestamptz,
    add constraint ck_registry_outbox_status check (status in ('PENDING', 'DELIVERED', 'FAILED'));

-- what the relay claims (oldest first) and what the metrics count
create index ix_registry_outbox_pending on registry_outbox (seq) where status = 'PENDING';
create index ix_registry_outbox_request_pending on registry_outbox (request_id, seq)
    where status = 'PENDING';
create index ix_registry_outbox_failed on registry_outbox (seq) where status = 'FAILED';
