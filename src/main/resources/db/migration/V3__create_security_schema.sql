-- Access control (访问控制): users, their scopes and personal API tokens.
create schema if not exists security;

-- A user acts within an administrative unit and everything below it; only an admin may have no unit,
-- which means the whole tree. User names are unique regardless of case.
create table security.users (
    id            bigint generated always as identity primary key,
    username      text not null check (length(username) between 1 and 64),
    password_hash text not null,
    role          text not null check (role in ('admin', 'planner', 'reporter', 'viewer')),
    unit_id       bigint references region.admin_unit (id),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    created_by    text,
    check (unit_id is not null or role = 'admin')
);
create unique index users_username_unique on security.users (lower(username));

-- The departments (responsible units, 责任单位) a reporter reports for, by name.
create table security.user_departments (
    user_id    bigint not null references security.users (id) on delete cascade,
    department text not null check (length(department) between 1 and 200),
    primary key (user_id, department)
);

-- Personal API tokens: only a SHA-256 hash of the token is kept; the token itself is shown once.
create table security.api_tokens (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references security.users (id) on delete cascade,
    name         text not null check (length(name) between 1 and 100),
    token_hash   char(64) not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_by_user on security.api_tokens (user_id);
