-- Statement imports: one job per uploaded file, with its progress and counts.
create table import_job (
    id                 uuid primary key,
    dataset_id         uuid         not null references dataset (id),
    format             varchar(16)  not null,
    state              varchar(16)  not null,
    size_bytes         bigint       not null,
    rows_done          bigint       not null default 0,
    rows_total         bigint,
    imported           bigint       not null default 0,
    duplicates_skipped bigint       not null default 0,
    rejected           bigint       not null default 0,
    flagged            bigint       not null default 0,
    failure_reason     text,
    created_at         timestamptz  not null,
    created_by         varchar(255) not null,
    started_at         timestamptz,
    finished_at        timestamptz,
    constraint ck_import_job_state check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);

create index ix_import_job_dataset on import_job (dataset_id, created_at desc);

-- The records an import rejected, in file order; written with the import's own transaction.
create table import_rejection (
    import_id   uuid         not null references import_job (id) on delete cascade,
    seq         bigint       not null,
    line_number bigint       not null,
    field       varchar(100) not null,
    reason      text         not null,
    primary key (import_id, seq)
);
