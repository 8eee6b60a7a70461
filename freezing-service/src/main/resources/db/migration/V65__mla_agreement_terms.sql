-- The MLA agreement a request names (sequestra.freezing.mla-agreements), with the terms the table
-- gave it when the draft was saved: its deadlines stay as they were if the table changes later.
-- Periods in ISO 8601 (PT48H, P30D, P6W); null where the agreement sets none.
alter table freezing_request add column mla_agreement_id       varchar(64);
alter table freezing_request add column mla_agreement_basis    varchar(1000);
alter table freezing_request add column mla_recognition_period varchar(16);
alter table freezing_request add column mla_execution_period   varchar(16);
