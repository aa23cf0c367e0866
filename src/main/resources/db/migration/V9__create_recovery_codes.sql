-- Recovery codes of the second factor (issue 8): one-time codes shown once at TOTP enrolment, kept only as
-- SHA-256 hashes (120 random bits each, so an unsalted fast hash suffices, ASVS 2.6.2); a used code keeps
-- its row with used_at set. Deleting a user's security.user_totp row (to let them enrol again) removes them.
create table security.user_recovery_code (
    user_id   bigint not null references security.user_totp (user_id) on delete cascade,
    code_hash char(64) not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);
