-- The rates seeded by V3 were typed from memory: a euro equivalent must not rest on them. Rates
-- now come only from the ECB's published files (POST /api/v1/reference-rates/imports or the
-- scheduled fetch); until they are loaded a conversion answers NO_RATE.
delete from reference_rate where source = 'ECB (seed)';

-- Where each rate came from (file name or URL) and when it was loaded, for traceability.
alter table reference_rate alter column source type varchar(500);
alter table reference_rate add column loaded_at timestamptz not null default now();
alter table reference_rate alter column loaded_at drop default;
