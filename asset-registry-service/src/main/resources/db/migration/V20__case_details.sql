-- Case details: contact point, closing date, last change, offences and EMPACT priority tags.
alter table investigation_case
    add column contact_name  varchar(200),
    add column contact_email varchar(254),
    add column contact_phone varchar(32),
    add column closed_on     date,
    add column updated_at    timestamptz,
    add column updated_by    varchar(255);

create table case_offence (
    case_id   uuid         not null references investigation_case (id),
    position  integer      not null,
    offence   varchar(200) not null,
    constraint pk_case_offence primary key (case_id, position)
);

-- Codes of the configured EMPACT taxonomy (sequestra.registry.empact); checked by the service.
create table case_empact_priority (
    case_id  uuid        not null references investigation_case (id),
    code     varchar(64) not null,
    constraint pk_case_empact_priority primary key (case_id, code)
);

create index ix_case_empact_priority_code on case_empact_priority (code, case_id);
create index ix_case_reference_prefix on investigation_case (lower(national_reference) varchar_pattern_ops);
create index ix_case_created on investigation_case (created_at desc, id);
