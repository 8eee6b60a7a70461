-- Shares of a case with another agency (DESIGN.md §2): read-only or contributor, optionally
-- expiring, revoked by setting revoked_at (kept for the record).
create table case_share (
    id          uuid         primary key,
    case_id     uuid         not null references investigation_case (id),
    agency      varchar(32)  not null,
    access      varchar(16)  not null,
    expires_at  timestamptz,
    created_at  timestamptz  not null,
    created_by  varchar(255) not null,
    revoked_at  timestamptz,
    revoked_by  varchar(255),
    constraint ck_case_share_access check (access in ('READ_ONLY', 'CONTRIBUTOR'))
);

-- At most one unrevoked share per case and agency.
create unique index uq_case_share_unrevoked on case_share (case_id, agency) where revoked_at is null;
create index ix_case_share_agency on case_share (agency, case_id) where revoked_at is null;
create index ix_case_share_case on case_share (case_id, created_at desc);
