-- Accounts reachable from a seed account by a time-respecting path of at most :hops transfers:
-- the first at or after :from_time, each next one at or after the previous one's time. The seed
-- itself is included. UNION (not UNION ALL) keeps each (account, arrival time, hops) state once,
-- so the recursion ends even on cycles. Parameters in order: seed account, from time, hops.
WITH RECURSIVE walk(account, arrived, hops) AS (
    SELECT ?::int, ?::bigint, 0
  UNION
    SELECT t.dst, t.ts, w.hops + 1
    FROM walk w
    JOIN transfer t ON t.src = w.account AND t.ts >= w.arrived
    WHERE w.hops < ?::int
)
SELECT DISTINCT account FROM walk ORDER BY account
