-- Freezing and confiscation requests issued by an agency (Regulation 2018/1805).
create table freezing_request (
    id                 uuid primary key,
    kind               varchar(16)  not null,
    urgent             boolean      not null,
    issuing_reference  varchar(64)  not null,
    issuing_agency     varchar(32)  not null,
    executing_country  varchar(2)   not null,
    transmitted_at     timestamptz  not null,
    recognition_due_by timestamptz,
    created_at         timestamptz  not null,
    created_by         varchar(255) not null,
    version            bigint       not null
);

create index ix_freezing_request_issuer_created on freezing_request (issuing_agency, created_at desc, id);
