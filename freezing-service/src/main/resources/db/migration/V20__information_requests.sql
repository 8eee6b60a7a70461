-- Information requests between Asset Recovery Offices (Directive 2024/1260 Art 9, Directive
-- 2023/977 Art 5): one agency asks another; the requested agency answers within 8 hours, 3 or 7
-- calendar days. The deadline is computed once, at sending, and stored so that the overdue list
-- is one indexed query.
create table information_request (
    id                       uuid primary key,
    requesting_agency        varchar(32)   not null,
    requesting_country       varchar(2)    not null,
    requested_agency         varchar(32)   not null,
    requested_country        varchar(2)    not null,
    requesting_reference     varchar(64),
    registry_case_id         uuid,
    subject                  varchar(2000) not null,
    reasons                  varchar(4000) not null,
    nature_of_proceedings    varchar(1000) not null,
    offence                  varchar(1000) not null,
    link_to_requested_state  varchar(2000) not null,
    property_details         varchar(8000) not null,
    urgency                  varchar(32)   not null,
    sent_at                  timestamptz   not null,
    sent_by                  varchar(255)  not null,
    deadline_rule            varchar(48)   not null,
    due_at                   timestamptz   not null,
    due_date                 date,
    unrolled_due_date        date,
    answered_at              timestamptz,
    answered_by              varchar(255),
    answer_text              varchar(20000),
    delay_reason             varchar(4000),
    version                  bigint        not null
);

create index ix_information_request_requesting on information_request (requesting_agency, sent_at desc, id);
create index ix_information_request_requested on information_request (requested_agency, sent_at desc, id);
-- the overdue lists: open requests by due time
create index ix_information_request_requested_open on information_request (requested_agency, due_at)
    where answered_at is null;
create index ix_information_request_requesting_open on information_request (requesting_agency, due_at)
    where answered_at is null;

-- What the answer carries: metadata of the files exchanged (the files travel by the agencies' own
-- secure channel; Sequestra keeps their names, types, sizes and SHA-256 to tie the answer to them).
create table information_answer_attachment (
    request_id  uuid          not null references information_request (id),
    position    integer       not null,
    file_name   varchar(255)  not null,
    media_type  varchar(255)  not null,
    size_bytes  bigint        not null,
    sha256      varchar(64)   not null,
    primary key (request_id, position)
);
