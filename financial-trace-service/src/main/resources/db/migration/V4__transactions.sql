-- Normalised transactions of a dataset. Amounts are positive; direction says which way the money
-- moved, seen from account_id.
-- No foreign keys: only the import writes this table, in one statement whose ids come from joins
-- with account, dataset and import_job in the same transaction; per-row referential checks took
-- half the time of a bulk load.
create table transaction (
    -- Ids come in blocks: one sequence update per 1000 rows of a bulk load.
    id                      bigint generated always as identity (cache 1000) primary key,
    dataset_id              uuid         not null,
    import_id               uuid         not null,
    source_line             bigint       not null,
    account_id              bigint       not null,
    counterparty_account_id bigint,
    counterparty_name       varchar(500),
    counterparty_bic        varchar(35),
    direction               varchar(6)   not null,
    amount                  numeric      not null,
    currency                varchar(16)  not null,
    booked_at               timestamptz  not null,
    booking_date            date         not null,
    value_date              date,
    bank_reference          varchar(200),
    end_to_end_id           varchar(200),
    remittance_info         text,
    transaction_code        varchar(64),
    batch_reference         varchar(200),
    -- Problems that did not stop the import (invalid IBAN, ...), one per line; null when none.
    flags                   text,
    -- The bank reference, or where the file has none a key derived from the entry's content.
    dedup_key               varchar(250) not null,
    constraint ck_transaction_direction check (direction in ('DEBIT', 'CREDIT')),
    constraint ck_transaction_amount check (amount >= 0)
);

-- An entry imported twice (same account, reference, direction, amount, booking date) is one entry.
create unique index ux_transaction_dedup
    on transaction (dataset_id, account_id, dedup_key, direction, amount, booking_date);
create index ix_transaction_dataset_time on transaction (dataset_id, booked_at, id);
