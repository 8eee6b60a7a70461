-- The version of what a dataset's graph is built from: its transactions, accounts and opening
-- balances. Every import bumps it in the transaction that commits its rows (ImportRunner), so a
-- service replica holding the dataset's graph in memory sees, with one look-up of this column, that
-- another replica imported into it since its graph was loaded. A plain column bumped once per import
-- rather than a trigger: an import COPYs millions of rows into the partitioned tables.
-- The row's own `version` stays the optimistic lock of the dataset's fields.
alter table dataset add column graph_version bigint not null default 0;

-- Until now imports bumped `version`, and traces recorded it as the version they ran on
-- (trace.dataset_version): carry it over so those stay comparable.
update dataset set graph_version = version;
