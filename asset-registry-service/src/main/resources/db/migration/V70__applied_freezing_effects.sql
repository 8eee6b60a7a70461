-- The freezing-service's effects the registry applied (PUT /internal/v1/freezing-effects/{id}),
-- written in the transaction of the change: a repeated effect id finds its row and changes nothing.
create table applied_freezing_effect (
    effect_id           uuid primary key,
    freezing_request_id uuid          not null,
    kind                varchar(32)   not null,
    case_id             uuid          not null,
    -- the Art 13 reason of FREEZE_IMPOSSIBLE (no asset status records it), a refusal ground...
    reason              varchar(2000),
    applied_at          timestamptz   not null,
    applied_by          varchar(255)  not null
);

create index ix_applied_freezing_effect_request
    on applied_freezing_effect (freezing_request_id, applied_at);

-- What the effect did to each asset it named, in the effect's order (its first outcome).
create table applied_freezing_effect_asset (
    effect_id uuid        not null references applied_freezing_effect (effect_id),
    position  integer     not null,
    asset_id  uuid        not null,
    status    varchar(32) not null,
    changed   boolean     not null,
    primary key (effect_id, position)
);
