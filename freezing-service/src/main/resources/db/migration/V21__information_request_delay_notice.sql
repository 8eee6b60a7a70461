-- The requested agency's delay notice (its reasons, when it was recorded, when it expects to
-- answer): recorded on its own while the request is open, or with a late answer.
alter table information_request
    add column delay_recorded_at  timestamptz,
    add column delay_recorded_by  varchar(255),
    add column expected_answer_by timestamptz;
