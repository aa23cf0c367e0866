-- A generation number per administrative unit, moved on by every change an evaluation of the unit's plans
-- depends on: observations, plan versions, corrections, planners' links and statuses. Evaluations are cached
-- by it, so a change made by another process (`lantu observations import`, a second node) is seen at once.
create sequence monitor.generation_seq;

create table monitor.unit_generation (
    unit_id    bigint primary key,
    generation bigint not null
);

-- And one per plan, moved on by the plan-level changes only: what its targets are read from.
create table monitor.plan_generation (
    plan_id    bigint primary key,
    generation bigint not null
);

create function monitor.bump_units(units bigint[]) returns void language sql as $$
    insert into monitor.unit_generation (unit_id, generation)
    select u, nextval('monitor.generation_seq') from (select distinct unnest(units) as u) d
    on conflict (unit_id) do update set generation = excluded.generation;
$$;

-- Observations come in bulk (imports, the demo generator): one statement, one bump per unit.
create function monitor.observation_inserted() returns trigger language plpgsql as $$
begin
    perform monitor.bump_units(array(select distinct unit_id from new_rows));
    return null;
end $$;
create function monitor.observation_deleted() returns trigger language plpgsql as $$
begin
    perform monitor.bump_units(array(select distinct unit_id from old_rows));
    return null;
end $$;
create trigger observation_insert_generation after insert on monitor.observation
    referencing new table as new_rows for each statement execute function monitor.observation_inserted();
create trigger observation_update_generation after update on monitor.observation
    referencing new table as new_rows for each statement execute function monitor.observation_inserted();
create trigger observation_delete_generation after delete on monitor.observation
    referencing old table as old_rows for each statement execute function monitor.observation_deleted();

-- Plan-level changes move the generation of the plan's unit (0 for a plan under no unit).
create function monitor.plan_changed() returns trigger language plpgsql as $$
declare
    changed_plan bigint;
begin
    if TG_TABLE_NAME = 'plan_version' then
        changed_plan := new.plan_id;
    elsif TG_TABLE_NAME = 'correction' then
        select v.plan_id into changed_plan from plan.item i join plan.plan_version v on v.id = i.version_id
        where i.id = new.item_id;
    elsif TG_OP = 'DELETE' then
        changed_plan := old.plan_id;
    else
        changed_plan := new.plan_id;
    end if;
    perform monitor.bump_units(array(select coalesce(unit_id, 0) from plan.plan where id = changed_plan));
    insert into monitor.plan_generation (plan_id, generation) values (changed_plan, nextval('monitor.generation_seq'))
    on conflict (plan_id) do update set generation = excluded.generation;
    return null;
end $$;
create trigger plan_version_generation after insert on plan.plan_version
    for each row execute function monitor.plan_changed();
create trigger correction_generation after insert on plan.correction
    for each row execute function monitor.plan_changed();
create trigger manual_status_generation after insert or update or delete on monitor.manual_status
    for each row execute function monitor.plan_changed();
create trigger indicator_link_generation after insert or update or delete on monitor.indicator_link
    for each row execute function monitor.plan_changed();
