-- Cross-agency hit/no-hit notifications. A row tells one agency that another agency holds the same
-- identifier in one of its cases; it points only at the recipient's own asset, never at the other.
create table hit (
    id               uuid primary key,
    recipient_agency varchar(32)  not null,
    asset_id         uuid         not null references asset (id) on delete cascade,
    identifier_type  varchar(32)  not null,
    match_key        varchar(200) not null,
    other_agency     varchar(32)  not null,
    detected_at      timestamptz  not null,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(255),
    constraint uq_hit unique (asset_id, identifier_type, match_key, other_agency)
);

create index ix_hit_recipient on hit (recipient_agency, detected_at desc, id);
create index ix_hit_recipient_open on hit (recipient_agency, detected_at desc, id)
    where acknowledged_at is null;
