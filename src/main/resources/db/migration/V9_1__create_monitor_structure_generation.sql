-- One generation for the shape of the store that monitoring keeps in memory: the administrative units and
-- the plans filed under them (their versions included). Moved on, in the changing transaction, by any change
-- of region.admin_unit, plan.plan or plan.plan_version, so a change committed by another process is seen by
-- the next read. Read together with monitor.unit_generation in one query (see UnitDirectory).
create table monitor.structure_generation (
    id         int primary key check (id = 1),
    generation bigint not null
);
insert into monitor.structure_generation (id, generation) values (1, nextval('monitor.generation_seq'));

create function monitor.structure_changed() returns trigger language plpgsql as $$
begin
    insert into monitor.structure_generation (id, generation) values (1, nextval('monitor.generation_seq'))
    on conflict (id) do update set generation = excluded.generation;
    return null;
end $$;
create trigger admin_unit_structure after insert or update or delete on region.admin_unit
    for each statement execute function monitor.structure_changed();
create trigger plan_structure after insert or update or delete on plan.plan
    for each statement execute function monitor.structure_changed();
create trigger plan_version_structure after insert or update or delete on plan.plan_version
    for each statement execute function monitor.structure_changed();
