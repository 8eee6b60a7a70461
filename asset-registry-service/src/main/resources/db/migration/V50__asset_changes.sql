-- Who changed an asset's description, location or identifiers last, and when (PATCH /assets/{id}).
-- Null until the first change; every change is also in the audit log.
alter table asset
    add column updated_at timestamptz,
    add column updated_by varchar(255);
