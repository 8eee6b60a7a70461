-- Screenings of a subject against an outside sanctions/PEP matcher (yente-compatible), and the
-- candidates it returned, each with the analyst's decision once taken.
create table screening (
    id             uuid primary key,
    case_id        uuid          not null references investigation_case (id),
    subject_id     uuid          not null references subject (id),
    status         varchar(16)   not null,
    dataset        varchar(100)  not null,
    failure_reason varchar(1000),
    attempts       integer       not null,
    requested_at   timestamptz   not null,
    requested_by   varchar(255)  not null,
    completed_at   timestamptz,
    version        bigint        not null,
    constraint ck_screening_status check (status in ('COMPLETED', 'FAILED')),
    constraint ck_screening_failure check ((status = 'FAILED') = (failure_reason is not null))
);

create index ix_screening_subject on screening (subject_id, requested_at desc, id);

create table screening_candidate (
    id              uuid primary key,
    screening_id    uuid          not null references screening (id) on delete cascade,
    position        integer       not null,
    entity_id       varchar(200)  not null,
    schema_name     varchar(64)   not null,
    caption         varchar(1000),
    score           numeric(9, 6) not null,
    matched         boolean       not null,
    decision        varchar(16),
    decision_reason varchar(2000),
    decided_by      varchar(255),
    decided_at      timestamptz,
    constraint ck_candidate_decision check (decision is null or decision in ('CONFIRMED', 'DISMISSED')),
    constraint uq_candidate_position unique (screening_id, position)
);

create table screening_candidate_dataset (
    candidate_id uuid         not null references screening_candidate (id) on delete cascade,
    position     integer      not null,
    dataset      varchar(200) not null,
    primary key (candidate_id, position)
);
