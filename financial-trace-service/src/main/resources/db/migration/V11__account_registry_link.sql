-- An account proposed to the asset registry from a trace: the registry's asset, its case and the
-- trace it was proposed from (a retry from the same trace finds the link instead of asking again).
alter table account
    add column registry_asset_id    uuid,
    add column registry_case_id     uuid,
    add column registry_trace_id    uuid references trace (id),
    add column registry_proposed_at timestamptz;
