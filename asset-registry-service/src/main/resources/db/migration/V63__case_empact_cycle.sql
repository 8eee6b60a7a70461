-- EMPACT priorities are versioned by policy cycle: a case carries the cycle its priorities are of
-- (null: no cycle was in force on its opening date and none was chosen; such a case has none).
alter table investigation_case add column empact_cycle varchar(16);

-- Every case so far was tagged from the only taxonomy configured until now, that of 2022-2025:
-- it keeps that cycle and its priorities, whatever its opening date.
update investigation_case set empact_cycle = '2022-2025';
