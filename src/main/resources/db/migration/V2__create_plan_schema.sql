-- Plans (规划), their versions and the items extracted from each version.
create schema if not exists plan;

-- A plan is identified by its unit, kind and title; each imported file of it is a version.
create table plan.plan (
    id             bigint generated always as identity primary key,
    unit_id        bigint references region.admin_unit (id),
    kind           text not null,
    title          text not null,
    title_key      text not null,
    period_from    int,
    period_to      int,
    vision         int,
    parent_plan_id bigint references plan.plan (id),
    created_at     timestamptz not null default now()
);
create unique index plan_identity on plan.plan (coalesce(unit_id, 0), kind, title_key);

create table plan.plan_version (
    id                  bigint generated always as identity primary key,
    plan_id             bigint not null references plan.plan (id),
    version_no          int not null,
    sha256              char(64) not null unique,
    file_name           text not null,
    format              text not null,
    encoding            text,
    characters          int not null,
    source              bytea not null,
    extracted           jsonb not null,
    previous_version_id bigint references plan.plan_version (id),
    diff                jsonb,
    imported_at         timestamptz not null default now(),
    imported_by         text,
    unique (plan_id, version_no)
);

-- Every extracted item, as the extract JSON gives it; `item_key` identifies it across versions.
create table plan.item (
    id         bigint generated always as identity primary key,
    version_id bigint not null references plan.plan_version (id) on delete cascade,
    type       text not null check (type in ('section', 'indicator', 'target', 'responsibility', 'project',
                                              'project_summary')),
    item_key   text not null,
    ordinal    int not null,
    line       int not null,
    section_id text,
    data       jsonb not null,
    unique (version_id, type, item_key)
);
create index item_by_version_type on plan.item (version_id, type, ordinal);

-- Responsible units (责任单位): a registry per administrative unit, names normalised.
create table plan.responsible_unit (
    id      bigint generated always as identity primary key,
    unit_id bigint references region.admin_unit (id),
    name    text not null
);
create unique index responsible_unit_name on plan.responsible_unit (coalesce(unit_id, 0), name);

create table plan.responsibility_unit (
    item_id             bigint not null references plan.item (id) on delete cascade,
    responsible_unit_id bigint not null references plan.responsible_unit (id),
    position            int not null,
    lead                boolean not null,
    primary key (item_id, responsible_unit_id)
);
create index responsibility_unit_by_unit on plan.responsibility_unit (responsible_unit_id);

-- Corrections by planners: the extraction stays as it was; every revision is kept.
create table plan.correction (
    id         bigint generated always as identity primary key,
    item_id    bigint not null references plan.item (id) on delete cascade,
    field      text not null,
    old_value  jsonb,
    new_value  jsonb,
    reason     text not null,
    author     text not null,
    created_at timestamptz not null default now()
);
create index correction_by_item on plan.correction (item_id, id);
