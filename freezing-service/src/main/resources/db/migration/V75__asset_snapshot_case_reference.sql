-- The national reference of the registry case a certificate's assets belong to, read with them at
-- issue, so that the document names the case as its authority knows it (not by the registry's id).
-- Null for snapshots kept before: the registry is not read again for a stable document.
alter table asset_snapshot add column case_reference varchar(64);
