-- The DDL of an import (DatasetTable), run with the rights of the owner of the tables: the service
-- connects as an application role that may not create, alter or drop tables (README, "Database
-- roles"). Each function does one fixed thing to the dataset's own table of transactions or of
-- accounts: the table's name comes from the parent (one of two) and the dataset id (a uuid), never
-- from text the caller builds. No exception blocks: the table is created in the caller's
-- transaction, not a subtransaction, so that its COPY ... FREEZE still works; the indexes are built
-- in bulk with the caller's maintenance_work_mem. EXECUTE: the owner and the application role only
-- (revoked from PUBLIC here, granted by db/roles after every migrate).

create function dataset_table_name(parent text, dataset uuid) returns text
    language plpgsql immutable
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
begin
    if parent is null or parent not in ('transaction', 'account') then
        raise exception 'a dataset has no table of "%"', parent using errcode = '22023';
    end if;
    if dataset is null then
        raise exception 'the dataset id is missing' using errcode = '22023';
    end if;
    return parent || '_' || replace(dataset::text, '-', '');
end
$$;

-- Creates the dataset's table, not yet attached and without indexes; its check on the dataset is
-- what lets the attach skip reading every row to prove that they belong to the dataset.
create function dataset_table_create(parent text, dataset uuid) returns void
    language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
declare
    tbl constant text := dataset_table_name(parent, dataset);
begin
    execute format('create table %I (like %I including defaults including constraints,'
                   ' constraint %I check (dataset_id = %L))',
                   tbl, parent, tbl || '_dataset', dataset);
end
$$;

-- Builds the indexes of the parent's partitioned indexes (which then adopt them instead of
-- building them again) and attaches the table as the dataset's partition. Raises 23505 when the
-- rows hold a unique key twice, 23503 when the dataset (or a linked trace) does not exist.
create function dataset_table_attach(parent text, dataset uuid) returns void
    language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
as $$
declare
    tbl constant text := dataset_table_name(parent, dataset);
begin
    execute format('alter table %I add constraint %I primary key (dataset_id, id)',
                   tbl, tbl || '_pkey');
    if parent = 'transaction' then
        execute format('create unique index %I on %I'
                       ' (account_id, dedup_key, direction, amount, booking_date, dataset_id)',
                       tbl || '_dedup', tbl);
        execute format('create index %I on %I (booked_at, id)', tbl || '_time', tbl);
    else
        -- A constraint, as on the parent: only then does the attach adopt the index. Foreign keys
        -- (dataset, trace) are added by the attach, which checks every row in one query.
        execute format('alter table %I add constraint %I'
                       ' unique nulls not distinct (identifier, kind, chain, dataset_id)',
                       tbl, tbl || '_identity');
    end if;
    execute format('alter table %I attach partition %I for values in (%L)', parent, tbl, dataset);
    execute format('alter table %I drop constraint %I', tbl, tbl || '_dataset');
end
$$;

revoke execute on function dataset_table_create(text, uuid) from public;
revoke execute on function dataset_table_attach(text, uuid) from public;

-- A dataset deleted takes its tables with it: the trigger drops them with the owner's rights.
alter function drop_dataset_tables() security definer
    set search_path = ${flyway:defaultSchema}, pg_temp;
revoke execute on function drop_dataset_tables() from public;
