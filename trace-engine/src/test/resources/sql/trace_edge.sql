-- The edge list reachable_within_hops.sql queries: one row per transaction.
create table trace_edge (
    from_account bigint not null,
    to_account   bigint not null,
    epoch_second bigint not null
);
-- The recursive step looks up an account's outgoing transactions from a point in time on.
create index trace_edge_from_time on trace_edge (from_account, epoch_second);
