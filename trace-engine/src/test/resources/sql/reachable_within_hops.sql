-- Accounts reachable from a seed account by a time-respecting path of at most N transactions: the
-- first at or after the start time, each next one at or after the previous one's time. The seed is
-- included. Same question as org.sequestra.trace.engine.Reachability#reachable.
-- Table: trace_edge (trace_edge.sql). JDBC parameters, in order:
--   1 seed account (bigint), 2 start time (bigint, epoch second), 3 hop limit N (integer).
with recursive walk(account, arrived, hops) as (
    select cast(? as bigint), cast(? as bigint), 0
  union
    select e.to_account, e.epoch_second, w.hops + 1
    from walk w
    join trace_edge e on e.from_account = w.account and e.epoch_second >= w.arrived
    where w.hops < cast(? as integer)
)
select distinct account from walk order by account
