-- The lists of a large trace result (flows, end points, unexplained amounts) in chunks of a fixed
-- number of items, so that a page of them is read without the whole result, and the trace's own
-- result document keeps only the first items and the counts (see TraceStore). Written once with
-- the trace, never updated.
create table trace_chunk (
    trace_id uuid        not null references trace (id) on delete cascade,
    list     varchar(16) not null,
    chunk    integer     not null,
    items    jsonb       not null,
    constraint pk_trace_chunk primary key (trace_id, list, chunk),
    constraint ck_trace_chunk_list check (list in ('FLOWS', 'END_POINTS', 'UNEXPLAINED'))
);
