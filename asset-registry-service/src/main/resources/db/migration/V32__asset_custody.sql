-- Custody and management of frozen and confiscated assets (Directive 2024/1260: asset
-- management offices preserve the value of property under a freeze). Written only while the
-- asset is FROZEN or CONFISCATED; kept afterwards as its record.

-- Who holds the asset and where it is kept; one current record per asset.
create table asset_custody (
    asset_id          uuid primary key references asset (id),
    custodian_name    varchar(200)  not null,
    custodian_agency  varchar(200),
    storage_location  varchar(500),
    storage_country   varchar(2),
    updated_by        varchar(255)  not null,
    updated_at        timestamptz   not null,
    version           bigint        not null
);

-- What managing the asset cost; appended, never changed.
create table asset_management_cost (
    id                 uuid primary key,
    asset_id           uuid          not null references asset (id),
    amount             numeric       not null,
    currency           varchar(3)    not null,
    incurred_on        date          not null,
    description        varchar(500)  not null,
    recorded_by        varchar(255)  not null,
    recorded_by_agency varchar(32)   not null,
    recorded_at        timestamptz   not null,
    constraint ck_cost_not_negative check (amount >= 0)
);

create index ix_cost_asset on asset_management_cost (asset_id, incurred_on, recorded_at);

-- The sale of the asset before the final decision, to preserve its value; at most one per asset.
create table asset_interlocutory_sale (
    asset_id          uuid primary key references asset (id),
    sale_date         date          not null,
    order_reference   varchar(200)  not null,
    amount            numeric       not null,
    currency          varchar(3)    not null,
    buyer             varchar(200),
    recorded_by       varchar(255)  not null,
    recorded_at       timestamptz   not null,
    version           bigint        not null,
    constraint ck_sale_not_negative check (amount >= 0)
);
