-- The end of the deadline that runs now on a request (set when receipt or recognition starts it,
-- cleared when it is met or the request ends), so an agency's overdue list is one index range scan
-- instead of a deadline computed per request.
alter table freezing_request add column open_deadline_due_at timestamptz;

-- Urgent freezing deadlines were already stored; confiscation deadlines (45 days in the executing
-- State's calendar) are set by the next transition of those requests.
update freezing_request
   set open_deadline_due_at = case when decided_at is null then recognition_due_by
                                   when executed_at is null then execution_due_by end
 where status not in ('REFUSED', 'WITHDRAWN', 'TERMINATED', 'SUPERSEDED', 'DISPOSED', 'RESTITUTED');

-- every deadline of a request today is the executing side's to meet
create index ix_freezing_request_executor_open_deadline
    on freezing_request (executing_agency, open_deadline_due_at desc, id)
    where open_deadline_due_at is not null;

-- The executing authority's notice that a deadline is or will be missed (Art 9(5), Art 20(4)).
create table request_delay_notice (
    id                uuid primary key,
    request_id        uuid          not null references freezing_request (id),
    deadline_rule     varchar(48)   not null,
    deadline_due_at   timestamptz   not null,
    reason            varchar(4000) not null,
    expected_by       timestamptz   not null,
    recorded_at       timestamptz   not null,
    recorded_by       varchar(255)  not null,
    recording_agency  varchar(32)   not null
);

create index ix_request_delay_notice_request on request_delay_notice (request_id, recorded_at);
