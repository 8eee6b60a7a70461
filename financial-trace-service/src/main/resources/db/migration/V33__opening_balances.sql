-- Opening balances the statements give (camt.053 OPBD, MT940 :60F:/:60M:): what an account held at
-- the start of a day, in a currency. A trace seeded on an account replays its balance from the
-- latest one on or before the seed's day instead of from zero, and says which it used. The first
-- import that gives a balance for an account, currency and day keeps it; a later file repeating
-- that day does not replace it. Few rows (one per statement), so one plain table for all datasets.
create table opening_balance (
    dataset_id   uuid         not null references dataset (id) on delete cascade,
    account_id   bigint       not null,
    currency     varchar(16)  not null,
    balance_date date         not null,
    -- signed: a debit (overdrawn) opening balance is negative
    amount       numeric      not null,
    source       varchar(16)  not null,
    import_id    uuid         not null references import_job (id) on delete cascade,
    source_line  bigint       not null,
    constraint opening_balance_pkey primary key (dataset_id, account_id, currency, balance_date),
    constraint ck_opening_balance_source
        check (source in ('CAMT053_OPBD', 'MT940_60F', 'MT940_60M'))
);
