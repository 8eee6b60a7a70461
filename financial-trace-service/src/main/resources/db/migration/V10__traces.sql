-- Fund traces: the request and the engine's result, stored whole so that a trace id cited in a
-- report always shows the same numbers, even after later imports change the dataset.
-- The result is one jsonb document (end points, flows, paths, unexplained money, reconciliation):
-- it is written once, never updated and always read whole; the columns beside it are what lists
-- and access checks need.
create table trace (
    id              uuid         primary key,
    dataset_id      uuid         not null references dataset (id),
    direction       varchar(8)   not null,
    rule            varchar(8)   not null,
    currency        varchar(16)  not null,
    seed_amount     numeric      not null,
    end_point_count integer      not null,
    -- the dataset version (imports bump it) the trace ran on
    dataset_version bigint       not null,
    request         jsonb        not null,
    result          jsonb        not null,
    created_at      timestamptz  not null,
    created_by      varchar(255) not null,
    constraint ck_trace_direction check (direction in ('FORWARD', 'BACKWARD')),
    constraint ck_trace_rule check (rule in ('FIFO', 'LIFO', 'PRO_RATA', 'LIBR', 'POISON'))
);

create index ix_trace_dataset_created on trace (dataset_id, created_at desc, id);
