-- Idempotency keys of POST requests: the first response is kept so that a retry with the same key
-- gets it again instead of doing the work twice. The primary key makes concurrent duplicates lose.
create table idempotency_key (
    agency               varchar(64)  not null,
    caller_subject       varchar(255) not null,
    idempotency_key      varchar(255) not null,
    request_fingerprint  varchar(64)  not null,
    state                varchar(16)  not null,
    response_status      integer,
    response_headers     text,
    response_body        bytea,
    created_at           timestamptz  not null,
    completed_at         timestamptz,
    constraint pk_idempotency_key primary key (agency, caller_subject, idempotency_key),
    constraint ck_idempotency_state check (state in ('IN_PROGRESS', 'COMPLETED'))
);

create index ix_idempotency_created on idempotency_key (created_at);
