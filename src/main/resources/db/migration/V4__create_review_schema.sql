-- Planners' decisions on review findings (审查意见): accepted or dismissed, with a reason. Findings are
-- computed from a version's extraction; a decision names its finding by version and a stable key. Every
-- decision is kept; the latest one counts.
create schema if not exists review;

create table review.finding_decision (
    id          bigint generated always as identity primary key,
    version_id  bigint not null references plan.plan_version (id) on delete cascade,
    finding_key text not null,
    status      text not null check (status in ('accepted', 'dismissed')),
    reason      text not null check (length(btrim(reason)) > 0),
    author      text not null,
    created_at  timestamptz not null default now()
);
create index finding_decision_by_version on review.finding_decision (version_id, finding_key, id);
