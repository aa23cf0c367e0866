-- The audit log (安全审计): append-only and hash-chained (see org.lantu.audit.AuditLog).
create schema if not exists audit;

create table audit.entry (
    seq            bigint primary key check (seq > 0),
    at             timestamptz not null,
    actor          text not null,
    action         text not null,
    object_type    text not null,
    object_id      text,
    old_value      text,
    new_value      text,
    reason         text,
    client_address text,
    request_id     text,
    prev_hash      char(64) not null,
    hash           char(64) not null unique
);
create index entry_by_action_object on audit.entry (action, object_type, object_id, at);
create index entry_by_actor on audit.entry (lower(actor), seq);
create index entry_by_object on audit.entry (object_type, object_id, seq);
create index entry_by_at on audit.entry (at);

-- Append-only: no row is changed or removed, by Lantu or anyone else short of a superuser who drops the
-- triggers (which the hash chain then reveals). Entries are kept at least six months (等保 2.0, 网络安全法
-- §21); Lantu deletes none.
create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger entry_append_only before update or delete on audit.entry
    for each row execute function audit.refuse_change();
create trigger entry_no_truncate before truncate on audit.entry
    for each statement execute function audit.refuse_change();

revoke update, delete, truncate on audit.entry from public;
-- An application role of its own (an external PostgreSQL set up as docs/security.md describes) may only
-- read and append.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'lantu_app') then
        execute 'revoke update, delete, truncate on audit.entry from lantu_app';
        execute 'grant usage on schema audit to lantu_app';
        execute 'grant select, insert on audit.entry to lantu_app';
    end if;
end
$$;
