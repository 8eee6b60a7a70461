-- Who owns an asset, and for which period: subject <-> asset links.
create table ownership (
    id               uuid primary key,
    asset_id         uuid          not null references asset (id) on delete cascade,
    subject_id       uuid          not null references subject (id),
    kind             varchar(16)   not null,
    share_percentage numeric(9, 6),
    -- half-open period [start_date, end_date); null start = since always, null end = ongoing
    start_date       date,
    end_date         date,
    created_at       timestamptz   not null,
    created_by       varchar(255)  not null,
    constraint ck_ownership_share check (share_percentage is null or (share_percentage > 0 and share_percentage <= 100)),
    constraint ck_ownership_legal_share check (kind <> 'LEGAL' or share_percentage is not null),
    constraint ck_ownership_period check (start_date is null or end_date is null or end_date > start_date)
);

create index ix_ownership_asset on ownership (asset_id, created_at, id);
create index ix_ownership_subject on ownership (subject_id);
