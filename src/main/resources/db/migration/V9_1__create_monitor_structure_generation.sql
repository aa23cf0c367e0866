-- One generation for the shape of the store that monitoring keeps in memory: the administrative units and
-- the plans filed under them (their versions included). Moved on, in the changing transaction, by any change
-- of region.admin_unit, plan.plan or plan.plan_version, so a change committed by another process is seen by
-- the next read. Read (as the greatest row) together with monitor.unit_generation in one query (UnitDirectory).
-- No key: a restore copies units (whose trigger writes a row) before this table, and both rows may stay.
create table monitor.structure_generation (
    generation bigint not null
);
insert into monitor.structure_generation (generation) values (nextval('monitor.generation_seq'));

create function monitor.structure_changed() returns trigger language plpgsql as $$
begin
    update monitor.structure_generation set generation = nextval('monitor.generation_seq');
    if not found then
        insert into monitor.structure_generation (generation) values (nextval('monitor.generation_seq'));
    end if;
    return null;
end $$;
create trigger admin_unit_structure after insert or update or delete on region.admin_unit
    for each statement execute function monitor.structure_changed();
create trigger plan_structure after insert or update or delete on plan.plan
    for each statement execute function monitor.structure_changed();
create trigger plan_version_structure after insert or update or delete on plan.plan_version
    for each statement execute function monitor.structure_changed();
