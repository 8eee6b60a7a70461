-- Datasets: transactions imported for one case, owned by the agency that created them.
create table dataset (
    id                uuid primary key,
    case_reference    varchar(64)  not null,
    name              varchar(200) not null,
    owning_agency     varchar(32)  not null,
    transaction_count bigint       not null default 0,
    created_at        timestamptz  not null,
    created_by        varchar(255) not null,
    version           bigint       not null
);

create index ix_dataset_owner_created on dataset (owning_agency, created_at desc, id);
