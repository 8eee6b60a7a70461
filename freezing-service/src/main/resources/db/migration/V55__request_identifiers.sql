-- The asset identifiers of a request's certificate, normalised, so that a prosecutor's search by
-- identifier (any usual spelling of an IBAN) uses an index instead of scanning certificates' jsonb.
-- Written with the draft; a certificate is stable once issued.
create table request_identifier (
    request_id       uuid         not null references freezing_request (id),
    identifier_type  varchar(32)  not null,
    identifier_key   varchar(255) not null,
    primary key (request_id, identifier_type, identifier_key)
);

create index ix_request_identifier_key on request_identifier (identifier_type, identifier_key);
create index ix_freezing_request_reference on freezing_request (issuing_reference);
create index ix_freezing_request_case on freezing_request (case_id);
