-- What a transition's legal checks rested on, kept with the act so an auditor sees why it was
-- allowed: the rate behind value_eur, the Art 29 restitution conditions and the Art 30(5) victim
-- proceedings statement as the recorder gave them (null where not given).
alter table asset_transition
    add column value_eur_rate                         numeric(19, 6),
    add column title_uncontested                      boolean,
    add column not_needed_as_evidence                 boolean,
    add column affected_persons_rights_not_prejudiced boolean,
    add column victim_proceedings_pending             boolean;
