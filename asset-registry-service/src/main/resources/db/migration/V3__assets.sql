-- Assets of a case (Directive 2024/1260 Art 27: property and its identifiers, estimated value).
create table asset (
    id                   uuid primary key,
    case_id              uuid          not null references investigation_case (id),
    -- copied from the case (which never changes hands): the hit/no-hit check need not read cases
    owning_agency        varchar(32)   not null,
    type                 varchar(32)   not null,
    -- seizure lifecycle status; transitions are recorded elsewhere
    status               varchar(32)   not null,
    description          varchar(2000) not null,
    location_country     varchar(2),
    -- the valuation with the latest valuation date (foreign key added below)
    current_valuation_id uuid,
    created_at           timestamptz   not null,
    created_by           varchar(255)  not null,
    version              bigint        not null
);

create index ix_asset_case_created on asset (case_id, created_at, id);
create index ix_asset_created on asset (created_at desc, id);

-- One row per identifier of an asset, normalised. Rows that identify the same property across
-- agencies carry (match_type, match_key), e.g. (IBAN, NL91ABNA0417164300) or
-- (BITCOIN_ADDRESS, bitcoin:bc1q...); that pair is what the hit/no-hit check looks up.
create table asset_identifier (
    asset_id   uuid         not null references asset (id) on delete cascade,
    field      varchar(32)  not null,
    value      varchar(128) not null,
    -- the chain of a wallet, the country of a cadastre or a company register
    qualifier  varchar(16),
    match_type varchar(32),
    match_key  varchar(200),
    primary key (asset_id, field),
    constraint ck_asset_identifier_match check ((match_type is null) = (match_key is null))
);

create index ix_asset_identifier_match on asset_identifier (match_type, match_key, asset_id)
    where match_key is not null;
create index ix_asset_identifier_value on asset_identifier (value);

create table asset_warning (
    asset_id uuid         not null references asset (id) on delete cascade,
    position integer      not null,
    message  varchar(500) not null,
    primary key (asset_id, position)
);

create table asset_valuation (
    id             uuid primary key,
    asset_id       uuid           not null references asset (id) on delete cascade,
    amount         numeric        not null, -- scale kept as entered (the API bounds it)
    currency       varchar(3)     not null,
    valuation_date date           not null,
    source         varchar(200),
    recorded_at    timestamptz    not null,
    recorded_by    varchar(255)   not null,
    constraint ck_valuation_not_negative check (amount >= 0)
);

create index ix_valuation_asset on asset_valuation (asset_id, valuation_date desc, recorded_at desc, id);

alter table asset add constraint fk_asset_current_valuation
    foreign key (current_valuation_id) references asset_valuation (id);

-- Euro reference rates as the ECB publishes them: units of currency per 1 EUR, one row per
-- currency and publication day. A conversion uses the rate of the valuation date or the last
-- publication day before it.
create table reference_rate (
    currency       varchar(3)     not null,
    rate_date      date           not null,
    units_per_euro numeric(19, 6) not null,
    source         varchar(64)    not null,
    primary key (currency, rate_date),
    constraint ck_rate_positive check (units_per_euro > 0)
);

-- Seed: a few currencies and days, close to the ECB euro foreign exchange reference rates of
-- those days, so that conversions work out of the box. A deployment loads the ECB feed instead.
insert into reference_rate (currency, rate_date, units_per_euro, source) values
    ('USD', date '2024-01-02', 1.095600, 'ECB (seed)'),
    ('GBP', date '2024-01-02', 0.866600, 'ECB (seed)'),
    ('CHF', date '2024-01-02', 0.930500, 'ECB (seed)'),
    ('PLN', date '2024-01-02', 4.348000, 'ECB (seed)'),
    ('USD', date '2025-01-02', 1.032100, 'ECB (seed)'),
    ('GBP', date '2025-01-02', 0.829300, 'ECB (seed)'),
    ('CHF', date '2025-01-02', 0.939300, 'ECB (seed)'),
    ('PLN', date '2025-01-02', 4.272000, 'ECB (seed)'),
    ('USD', date '2025-07-01', 1.178800, 'ECB (seed)'),
    ('GBP', date '2025-07-01', 0.860400, 'ECB (seed)'),
    ('CHF', date '2025-07-01', 0.935000, 'ECB (seed)'),
    ('USD', date '2026-01-02', 1.172000, 'ECB (seed)'),
    ('GBP', date '2026-01-02', 0.872000, 'ECB (seed)'),
    ('CHF', date '2026-01-02', 0.930000, 'ECB (seed)'),
    ('PLN', date '2026-01-02', 4.220000, 'ECB (seed)');
