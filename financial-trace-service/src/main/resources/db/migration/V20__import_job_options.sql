-- What an upload asked for besides its format, so that a job queued when the service stopped can
-- run after a restart from its stored upload.
alter table import_job add column charset varchar(64);
alter table import_job add column currency varchar(16);
