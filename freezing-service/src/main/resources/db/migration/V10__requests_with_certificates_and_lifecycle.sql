-- Requests with structured certificates and a lifecycle shared by both sides (issue 11).
-- The stub table of V1 held only a reference and a date per request, nothing a certificate can be
-- rebuilt from: it is replaced, not migrated.
drop table freezing_request;

create table freezing_request (
    id                  uuid primary key,
    instrument          varchar(32)  not null,
    kind                varchar(16)  not null,
    status              varchar(32)  not null,
    urgent              boolean      not null,
    issuing_agency      varchar(32)  not null,
    issuing_country     varchar(2)   not null,
    executing_agency    varchar(32)  not null,
    executing_country   varchar(2)   not null,
    case_id             uuid         not null,
    issuing_reference   varchar(64)  not null,
    language            varchar(2)   not null,
    mla_channel         varchar(16),
    mla_evidential      boolean,
    -- the certificate (Annex I or II) as one document; stable once issued
    certificate         jsonb        not null,
    -- per asset, the result of execution; the Art 30(7) share of a disposal
    asset_results       jsonb,
    disposal_share      jsonb,
    postponed_from      varchar(32),
    superseded_by       uuid,
    signed_by           varchar(255),
    issued_at           timestamptz,
    transmitted_at      timestamptz,
    received_at         timestamptz,
    recognised_at       timestamptz,
    -- the decision on recognition (recognised or refused) and the execution: what meets a deadline
    decided_at          timestamptz,
    executed_at         timestamptz,
    recognition_due_by  timestamptz,
    execution_due_by    timestamptz,
    created_at          timestamptz  not null,
    created_by          varchar(255) not null,
    updated_at          timestamptz  not null,
    version             bigint       not null
);

create index ix_freezing_request_issuer_created
    on freezing_request (issuing_agency, created_at desc, id);
-- the executing agency sees a request from its transmission on
create index ix_freezing_request_executor_created
    on freezing_request (executing_agency, created_at desc, id) where transmitted_at is not null;

-- Every step of a request: who (actor, agency), when it took effect, when recorded, and why.
create table request_transition (
    id            uuid primary key,
    request_id    uuid          not null references freezing_request (id),
    sequence      integer       not null,
    action        varchar(32)   not null,
    from_status   varchar(32)   not null,
    to_status     varchar(32)   not null,
    actor         varchar(255)  not null,
    actor_agency  varchar(32)   not null,
    occurred_at   timestamptz   not null,
    recorded_at   timestamptz   not null,
    reason        varchar(4000),
    -- what the act stated beyond its reason (grounds, per-asset results, the disposal's share)
    details       jsonb         not null,
    unique (request_id, sequence)
);
