-- The executing side of a freezing request (DESIGN.md §2): while the request stands, the agency of
-- the executing State reads the case as with a READ_ONLY share. Granted and withdrawn by the
-- freezing-service for the issuing side; one row per freezing request, withdrawing keeps the row.
create table case_executing_agency (
    id                  uuid         primary key,
    case_id             uuid         not null references investigation_case (id),
    agency              varchar(32)  not null,
    freezing_request_id uuid         not null,
    granted_at          timestamptz  not null,
    granted_by          varchar(255) not null,
    withdrawn_at        timestamptz,
    withdrawn_by        varchar(255)
);

-- At most one standing access per case, agency and freezing request.
create unique index uq_case_executing_agency_standing
    on case_executing_agency (case_id, agency, freezing_request_id) where withdrawn_at is null;
create index ix_case_executing_agency_agency
    on case_executing_agency (agency, case_id) where withdrawn_at is null;
