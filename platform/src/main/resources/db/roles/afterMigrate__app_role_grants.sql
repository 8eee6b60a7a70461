-- What the application role may do, granted after every migrate by the owner role Flyway runs as
-- (spring.flyway.user). The application role (Flyway placeholder appRole: the data source's user,
-- or SEQUESTRA_DATABASE_APP_ROLE) reads and writes rows and nothing more: no DDL, so it cannot drop
-- or disable the audit trail's triggers, alter or truncate a table. When the service connects as
-- the owner itself (one role for both), there is nothing to grant.
--
-- Run on every start, not once: tables of later migrations and roles added to an existing database
-- are covered without a new migration; the default privileges cover the tables the owner creates
-- at run time (the financial-trace import's dataset tables).
do $grants$
declare
    app constant text := '${appRole}';
    target constant text := current_schema();
    fn regprocedure;
begin
    if app = '' or app = current_user then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        raise exception 'the application role "%" does not exist: create it first', app;
    end if;
    -- Replicas starting together: concurrent grants on one object fail in PostgreSQL.
    perform pg_advisory_xact_lock(hashtext('sequestra.app-role-grants'));

    execute format('grant usage on schema %I to %I', target, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I',
                   target, app);
    execute format('grant usage, select on all sequences in schema %I to %I', target, app);
    execute format('alter default privileges in schema %I'
                   ' grant select, insert, update, delete on tables to %I', target, app);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
                   target, app);

    -- The audit trail is append-only: entries are added and read; its head only advances.
    if to_regclass('audit_log') is not null then
        execute format('revoke update, delete, truncate on audit_log from %I', app);
    end if;
    if to_regclass('audit_chain_head') is not null then
        execute format('revoke insert, delete, truncate on audit_chain_head from %I', app);
    end if;
    -- Flyway's history is the owner's.
    if to_regclass('${flyway:table}') is not null then
        execute format('revoke insert, update, delete, truncate on %I from %I',
                       '${flyway:table}', app);
    end if;

    -- Functions that run with the owner's rights (SECURITY DEFINER, e.g. the financial-trace
    -- import's dataset table DDL) are for the application role alone.
    for fn in
        select p.oid::regprocedure from pg_proc p
        join pg_namespace n on n.oid = p.pronamespace
        join pg_roles r on r.oid = p.proowner
        where n.nspname = target and r.rolname = current_user and p.prosecdef
          and p.prorettype <> 'trigger'::regtype
    loop
        execute format('revoke execute on routine %s from public', fn);
        execute format('grant execute on routine %s to %I', fn, app);
    end loop;
end
$grants$;
