-- Monitoring (年度监测): the indicator catalog's additions, observations with their workflow and revisions,
-- task progress reports, projects and their investment, and planners' statuses for qualitative targets.
create schema if not exists monitor;

-- Indicators a planner adds to the catalog shipped with Lantu (org/lantu/catalog/indicators.tsv); codes of
-- the shipped catalog may not be reused.
create table monitor.indicator (
    code        text primary key check (code ~ '^[a-z][a-z0-9_]{1,63}$'),
    name        text not null,
    synonyms    text[] not null default '{}',
    unit        text,
    direction   text not null check (direction in ('higher', 'lower', 'unknown')),
    category    text,
    attribute   text check (attribute in ('约束性', '预期性')),
    source_unit text,
    definition  text,
    growth      boolean not null default false,
    created_by  text not null,
    created_at  timestamptz not null default now()
);

-- A planner's link of a plan's indicator row or prose target to a catalog indicator, overriding the
-- automatic link by name. Keyed by plan and item key, so it carries over to the plan's next version.
create table monitor.indicator_link (
    plan_id        bigint not null references plan.plan (id) on delete cascade,
    item_type      text not null check (item_type in ('indicator', 'target')),
    item_key       text not null,
    indicator_code text not null,
    set_by         text not null,
    set_at         timestamptz not null default now(),
    primary key (plan_id, item_type, item_key)
);

-- One figure of an indicator for a unit and a year (or a quarter of it): draft → submitted → approved.
create table monitor.observation (
    id             bigint generated always as identity primary key,
    unit_id        bigint not null references region.admin_unit (id),
    indicator_code text not null,
    year           int not null check (year between 1949 and 2100),
    quarter        smallint check (quarter between 1 and 4),
    value          numeric not null,
    source         text,
    note           text,
    status         text not null default 'draft' check (status in ('draft', 'submitted', 'approved')),
    version        int not null default 1,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    updated_by     text not null,
    updated_at     timestamptz not null default now(),
    approved_by    text,
    approved_at    timestamptz
);
create unique index observation_identity on monitor.observation (unit_id, indicator_code, year, coalesce(quarter, 0));
create index observation_by_indicator on monitor.observation (indicator_code, unit_id, year);

-- Every change of an observation: who, when, old, new, why.
create table monitor.observation_revision (
    id             bigint generated always as identity primary key,
    observation_id bigint not null references monitor.observation (id) on delete cascade,
    version        int not null,
    old_value      numeric,
    new_value      numeric,
    old_status     text,
    new_status     text not null,
    source         text,
    note           text,
    reason         text,
    changed_by     text not null,
    changed_at     timestamptz not null default now()
);
create index observation_revision_by_observation on monitor.observation_revision (observation_id, id);

-- An approved period locked for a unit: its observations can no longer change.
create table monitor.period_lock (
    unit_id   bigint not null references region.admin_unit (id),
    year      int not null,
    locked_by text not null,
    locked_at timestamptz not null default now(),
    primary key (unit_id, year)
);

-- A planner's status for a qualitative target (定性目标), with the reason.
create table monitor.manual_status (
    plan_id   bigint not null references plan.plan (id) on delete cascade,
    item_type text not null check (item_type in ('indicator', 'target')),
    item_key  text not null,
    year      int not null,
    status    text not null check (status in ('achieved', 'on_track', 'needs_acceleration', 'limited_progress',
                                              'deterioration')),
    reason    text not null,
    set_by    text not null,
    set_at    timestamptz not null default now(),
    primary key (plan_id, item_type, item_key, year)
);

-- A lead unit's report on a task (responsibility item) for a period: a year, or a quarter of it.
create table monitor.task_report (
    id                  bigint generated always as identity primary key,
    plan_id             bigint not null references plan.plan (id) on delete cascade,
    item_key            text not null,
    responsible_unit_id bigint not null references plan.responsible_unit (id),
    year                int not null,
    quarter             smallint check (quarter between 1 and 4),
    status              text not null check (status in ('not_started', 'in_progress', 'done', 'delayed')),
    percent             smallint check (percent between 0 and 100),
    narrative           text,
    evidence_url        text,
    version             int not null default 1,
    reported_by         text not null,
    reported_at         timestamptz not null default now()
);
create unique index task_report_identity on monitor.task_report (plan_id, item_key, year, coalesce(quarter, 0));

-- Comments of supporting units (配合单位) on a task.
create table monitor.task_comment (
    id                  bigint generated always as identity primary key,
    plan_id             bigint not null references plan.plan (id) on delete cascade,
    item_key            text not null,
    responsible_unit_id bigint references plan.responsible_unit (id),
    body                text not null check (length(body) between 1 and 4000),
    author              text not null,
    created_at          timestamptz not null default now()
);
create index task_comment_by_task on monitor.task_comment (plan_id, item_key, id);

-- A project (重大项目): from a plan's project box or list, or created or imported by a planner.
create table monitor.project (
    id               bigint generated always as identity primary key,
    unit_id          bigint references region.admin_unit (id),
    plan_id          bigint references plan.plan (id) on delete set null,
    item_key         text,
    name             text not null,
    category         text,
    lead_unit        text,
    national_code    text,
    total_investment numeric,
    investment_unit  text not null default '亿元',
    start_year       int,
    end_year         int,
    status           text not null default 'planned'
                         check (status in ('planned', 'under_construction', 'completed', 'suspended')),
    version          int not null default 1,
    created_by       text not null,
    created_at       timestamptz not null default now()
);
create unique index project_from_item on monitor.project (plan_id, item_key) where item_key is not null;
create index project_by_unit on monitor.project (unit_id);

-- Planned and completed investment of a project per year, in the project's investment unit.
create table monitor.project_investment (
    project_id bigint not null references monitor.project (id) on delete cascade,
    year       int not null,
    planned    numeric,
    completed  numeric,
    primary key (project_id, year)
);
