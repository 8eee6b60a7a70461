-- Transactions partitioned by dataset: one table per dataset, named transaction_<dataset id in hex>.
-- A first import into a dataset loads its table without indexes, builds them in bulk and attaches
-- the table here (keeping three B-trees current row by row was most of a bulk load's cost); a
-- dataset that has no transactions yet has no partition. Every query names its dataset, so only
-- that dataset's table is read.
alter table transaction rename to transaction_v4;
alter index transaction_pkey rename to transaction_v4_pkey;
alter index ux_transaction_dedup rename to ux_transaction_v4_dedup;
alter index ix_transaction_dataset_time rename to ix_transaction_v4_time;

-- Ids stay unique across datasets: one sequence for all of them, as a column default that a
-- dataset's table loaded before it is attached shares (identity columns cannot be).
alter table transaction_v4 alter column id drop identity;
create sequence transaction_id_seq as bigint cache 1000;
select setval('transaction_id_seq', coalesce((select max(id) from transaction_v4), 0) + 1, false);

create table transaction (
    -- Ids come in blocks: one sequence update per 1000 rows of a bulk load.
    id                      bigint       not null default nextval('transaction_id_seq'),
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
    constraint transaction_pkey primary key (dataset_id, id),
    constraint ck_transaction_direction check (direction in ('DEBIT', 'CREDIT')),
    constraint ck_transaction_amount check (amount >= 0)
) partition by list (dataset_id);

alter sequence transaction_id_seq owned by transaction.id;

-- An entry imported twice (same account, reference, direction, amount, booking date) is one entry.
create unique index ux_transaction_dedup
    on transaction (dataset_id, account_id, dedup_key, direction, amount, booking_date);
-- Within a dataset's table the dataset is the same on every row: the time order needs no more.
create index ix_transaction_time on transaction (booked_at, id);

do $$
declare
    dataset uuid;
    partition text;
begin
    for dataset in select distinct dataset_id from transaction_v4 loop
        partition := 'transaction_' || replace(dataset::text, '-', '');
        execute format('create table %I partition of transaction for values in (%L)',
                       partition, dataset);
        execute format('insert into %I select * from transaction_v4 where dataset_id = %L',
                       partition, dataset);
    end loop;
end
$$;

drop table transaction_v4;

-- A dataset deleted takes its transactions with it.
create function drop_dataset_transactions() returns trigger language plpgsql as $$
begin
    execute format('drop table if exists %I', 'transaction_' || replace(old.id::text, '-', ''));
    return old;
end
$$;

create trigger dataset_transactions_dropped after delete on dataset
    for each row execute function drop_dataset_transactions();
