-- Subjects of a case: natural persons and legal entities with their role in the case.
create table subject (
    id                  uuid primary key,
    case_id             uuid         not null references investigation_case (id),
    kind                varchar(16)  not null,
    role                varchar(32)  not null,
    -- natural person
    given_names         varchar(200),
    family_name         varchar(200),
    birth_date          date,
    birth_place         varchar(200),
    -- legal entity
    legal_name          varchar(300),
    legal_form          varchar(100),
    registration_number varchar(64),
    jurisdiction        varchar(2),
    lei                 varchar(20),
    created_at          timestamptz  not null,
    created_by          varchar(255) not null,
    version             bigint       not null,
    constraint ck_subject_kind check (
        (kind = 'NATURAL_PERSON' and family_name is not null and legal_name is null)
        or (kind = 'LEGAL_ENTITY' and legal_name is not null and family_name is null))
);

create index ix_subject_case_created on subject (case_id, created_at, id);

create table subject_alias (
    subject_id uuid         not null references subject (id) on delete cascade,
    position   integer      not null,
    alias      varchar(200) not null,
    primary key (subject_id, position)
);

create table subject_nationality (
    subject_id uuid       not null references subject (id) on delete cascade,
    position   integer    not null,
    country    varchar(2) not null,
    primary key (subject_id, position)
);

create table subject_identity_document (
    subject_id      uuid        not null references subject (id) on delete cascade,
    position        integer     not null,
    document_type   varchar(32) not null,
    document_number varchar(64) not null,
    issuing_country varchar(2)  not null,
    primary key (subject_id, position)
);
