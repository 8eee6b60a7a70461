-- The seizure lifecycle history of an asset (DESIGN.md §3 "Asset lifecycle"): one row per act,
-- never updated or deleted. asset.status always equals to_status of the asset's latest row
-- (or IDENTIFIED when it has none). Freeze-status look-ups and the Art 27 statistics read here.
create table asset_transition (
    id                  uuid primary key,
    asset_id            uuid          not null references asset (id),
    -- 1, 2, 3 ... per asset, in the order the acts were recorded
    sequence            integer       not null,
    from_status         varchar(32)   not null,
    to_status           varchar(32)   not null,
    -- legal basis: the order the act rests on
    order_reference     varchar(200)  not null,
    issuing_authority   varchar(200)  not null,
    order_date          date          not null,
    -- ISO 3166 alpha-2 of the State where the act was carried out (for a freeze: the executing
    -- State); the recording agency's country when the act is domestic
    executing_country   varchar(2)    not null,
    -- who carried out the act and when it took effect (from the command, not the clock)
    actor               varchar(255)  not null,
    occurred_at         timestamptz   not null,
    -- the asset's value at that moment (required for FROZEN, CONFISCATED, DISPOSED)
    value_amount        numeric,
    value_currency      varchar(3),
    -- its euro equivalent from reference_rate, with the rate's date; null when no rate is known
    value_eur           numeric(19, 2),
    value_eur_rate_date date,
    note                varchar(2000),
    -- who recorded it (token subject and agency) and when
    recorded_by         varchar(255)  not null,
    recorded_by_agency  varchar(32)   not null,
    recorded_at         timestamptz   not null,
    constraint uq_asset_transition_sequence unique (asset_id, sequence),
    constraint ck_transition_value check ((value_amount is null) = (value_currency is null)),
    constraint ck_transition_value_not_negative check (value_amount is null or value_amount >= 0)
);

create index ix_transition_status_time on asset_transition (to_status, occurred_at);
create index ix_transition_executing_country on asset_transition (executing_country, to_status);
