-- Cases: investigations owned by one agency (Directive 2024/1260 Art 27: national case reference).
create table investigation_case (
    id                 uuid primary key,
    national_reference varchar(64)  not null,
    title              varchar(200) not null,
    owning_agency      varchar(32)  not null,
    country            varchar(2)   not null,
    opened_on          date         not null,
    status             varchar(16)  not null,
    created_at         timestamptz  not null,
    created_by         varchar(255) not null,
    version            bigint       not null,
    constraint uq_case_reference_per_agency unique (owning_agency, national_reference)
);

create index ix_case_owner_created on investigation_case (owning_agency, created_at desc, id);
