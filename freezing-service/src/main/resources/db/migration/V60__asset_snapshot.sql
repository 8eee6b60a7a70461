-- The registry's data of each asset of a certificate, read with the issuer's token at ISSUE and
-- kept as it was (Regulation 2018/1805 certificates are stable documents): one row per asset, in
-- the certificate's order. Written once in the issuing transaction; never updated.
create table asset_snapshot (
    request_id          uuid          not null references freezing_request (id),
    position            integer       not null,
    asset_id            uuid          not null,
    case_id             uuid          not null,
    asset_type          varchar(32)   not null,
    registry_status     varchar(32)   not null,
    description         varchar(2000) not null,
    location_country    varchar(2),
    -- [{"type": "IBAN", "value": "NL91ABNA0417164300"}, ...] in the registry's normalised form
    identifiers         jsonb         not null,
    valuation_amount    numeric,  -- unconstrained: keeps the scale the registry gave
    valuation_currency  varchar(3),
    valuation_date      date,
    read_at             timestamptz   not null,
    primary key (request_id, position),
    constraint uq_asset_snapshot_asset unique (request_id, asset_id),
    constraint ck_asset_snapshot_valuation check (
        (valuation_amount is null) = (valuation_currency is null)
        and (valuation_amount is null) = (valuation_date is null))
);

-- A snapshot is a copy of what the certificate said when it left: the application may add one,
-- never change it.
create function asset_snapshot_is_stable() returns trigger language plpgsql as $$
begin
    raise exception 'asset snapshots are never changed (request %)', old.request_id;
end
$$;

create trigger tr_asset_snapshot_stable
    before update on asset_snapshot
    for each row execute function asset_snapshot_is_stable();
