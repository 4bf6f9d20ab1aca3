-- The audit log: every event of every service, once, in arrival order, one hash chain per county.
create table audit_record (
    seq             bigserial    primary key,
    county_id       text         not null,
    chain_position  bigint       not null,
    event_id        text         not null,
    type            text         not null,
    source          text         not null,
    subject         text,
    event_time      timestamptz,
    received_at     timestamptz  not null,
    actor           text,
    correlation_id  text,
    causation_id    text,
    data            jsonb        not null,
    mentions        text[]       not null,
    prev_hash       varchar(64)  not null,
    hash            varchar(64)  not null,
    -- each event once, by its CloudEvent id, besides the inbox
    constraint audit_record_event_once unique (event_id),
    constraint audit_record_chain_position unique (county_id, chain_position),
    constraint audit_record_position_positive check (chain_position > 0)
);
create index audit_record_county_time on audit_record (county_id, (coalesce(event_time, received_at)), seq);
create index audit_record_county_type on audit_record (county_id, type text_pattern_ops);
create index audit_record_county_actor on audit_record (county_id, actor);
create index audit_record_county_correlation on audit_record (county_id, correlation_id);
create index audit_record_mentions on audit_record using gin (mentions);

-- The head of each county's chain: appends lock this row, so one county's records are chained one at a time.
create table audit_chain (
    county_id   text         primary key,
    length      bigint       not null,
    head_hash   varchar(64)  not null,
    updated_at  timestamptz  not null
);

-- Append-only: the application adds records and never changes or removes one. Whoever owns the
-- table can still switch this off; the hash chain is what shows that it happened.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % is not allowed (rule AUDIT_APPEND_ONLY)', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_record_no_change before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
