-- Imports are claimed, not assumed: replicas share this database and the upload volume. The
-- replica that queued or runs a job holds its lease (lease_owner, lease_until, in database time)
-- and renews it; a job whose lease ran out is taken over by another replica's sweep (ImportRecovery).
-- attempts counts the runs started, so that a file that keeps its replicas from finishing ends FAILED.
-- Jobs from before this migration have no owner: the first sweep takes them, as the start-up
-- recovery did.
alter table import_job add column lease_owner varchar(100);
alter table import_job add column lease_until timestamptz;
alter table import_job add column attempts integer not null default 0;

-- What the sweeps look for: the few jobs not yet ended.
create index ix_import_job_open on import_job (lease_until) where state in ('QUEUED', 'RUNNING');
