-- The dedup index led by the account instead of the dataset, which is the same on every row of a
-- dataset's table: a first import's bulk build of the index then sorts on the account first rather
-- than comparing equal UUIDs on every step (measured: 2.4 s -> 1.7 s for 2 M rows). Dedup keys are
-- bank references or derived keys, compared byte for byte (collation "C": equality is unchanged,
-- the sort skips the locale's rules and can use abbreviated keys).
drop index ux_transaction_dedup;
alter table transaction alter column dedup_key type varchar(250) collate "C";
create unique index ux_transaction_dedup
    on transaction (account_id, dedup_key, direction, amount, booking_date, dataset_id);
