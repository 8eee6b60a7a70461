-- Append-only, hash-chained audit log (DESIGN.md §2), shipped by the platform to every service.
-- Each entry's hash covers the previous entry's hash and this entry's content, so altering,
-- removing or reordering a stored row breaks the chain where it happened.
create table audit_log (
    seq            bigint       primary key,
    occurred_at    timestamptz  not null,
    subject        varchar(255),
    username       varchar(255),
    agency         varchar(64),
    object_agency  varchar(64),
    action         varchar(64)  not null,
    object_type    varchar(64)  not null,
    object_id      varchar(128),
    purpose        varchar(500),
    detail         varchar(500),
    request_id     varchar(64),
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null,
    constraint ck_audit_seq_positive check (seq > 0)
);

create index ix_audit_occurred on audit_log (occurred_at, seq);
create index ix_audit_agency on audit_log (agency, seq);
create index ix_audit_object_agency on audit_log (object_agency, seq);

-- The end of the chain, one row. Appenders lock it (select ... for update) so that two
-- transactions never chain onto the same entry; verification compares it with the last entry so
-- that entries cut off the end are noticed too.
create table audit_chain_head (
    id         smallint    primary key,
    last_seq   bigint      not null,
    last_hash  varchar(64) not null,
    constraint ck_audit_chain_head_single check (id = 1)
);

insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

create function audit_log_reject_change() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_reject_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_reject_change();

-- The head only moves forward, and only onto an entry that exists with that hash.
create function audit_chain_head_advance_only() returns trigger
language plpgsql as $$
begin
  if tg_op <> 'UPDATE' then
    raise exception 'audit_chain_head: % is not allowed', tg_op;
  end if;
  if new.id <> old.id or new.last_seq <= old.last_seq
     or not exists (select 1 from audit_log where seq = new.last_seq and hash = new.last_hash) then
    raise exception 'audit_chain_head may only advance to an existing entry';
  end if;
  return new;
end;
$$;

create trigger audit_chain_head_advance
    before update or delete on audit_chain_head
    for each row execute function audit_chain_head_advance_only();

create trigger audit_chain_head_no_truncate
    before truncate on audit_chain_head
    for each statement execute function audit_chain_head_advance_only();
