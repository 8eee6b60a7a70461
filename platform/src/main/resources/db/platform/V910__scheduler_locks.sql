-- Scheduled work claimed by one replica per schedule (ShedLock, SchedulerLockAutoConfiguration):
-- one row per named task, held until lock_until (database time, UTC).
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
