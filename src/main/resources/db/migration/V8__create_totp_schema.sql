-- The second factor (TOTP, RFC 6238) of admins and planners when Lantu runs with --require-2fa. The secret
-- is what an authenticator app holds; last_step refuses a code used once from being used again.
create table security.user_totp (
    user_id     bigint primary key references security.users (id) on delete cascade,
    secret      text not null,
    enrolled_at timestamptz not null default now(),
    last_step   bigint not null default 0
);
