-- Staffing standards: versions per county and stage, added and never rewritten.
create table staffing_standard (
    id                 uuid          primary key,
    county_id          varchar(12)   not null,
    stage              varchar(20)   not null,
    version            integer       not null check (version >= 1),
    students_per_staff numeric(5, 2) not null check (students_per_staff > 0),
    effective_from     date          not null,
    reason             varchar(500),
    set_by             varchar(200)  not null,
    set_at             timestamptz   not null,
    unique (county_id, stage, version),
    unique (county_id, stage, effective_from)
);

-- Enrollment reports: a correction is a new revision of the school year.
create table enrollment_report (
    id             uuid         primary key,
    county_id      varchar(12)  not null,
    school_id      varchar(10)  not null references school (id),
    school_year    varchar(9)   not null,
    revision       integer      not null check (revision >= 1),
    students       jsonb        not null,
    classes        jsonb,
    total_students integer      not null check (total_students >= 0),
    reported_by    varchar(200) not null,
    reported_at    timestamptz  not null,
    unique (school_id, school_year, revision)
);
create index enrollment_report_county on enrollment_report (county_id, school_year);

-- The dedicated ledger (專編專用, 單獨記賬). A pool row exists once the pool is opened and is the
-- lock every change of the pool takes; totals and balances are sums of entries.
create table quota_pool (
    county_id varchar(12) not null,
    pool      varchar(20) not null,
    opened_at timestamptz not null,
    primary key (county_id, pool)
);

create sequence ledger_entry_seq;
create table ledger_entry (
    id             uuid         primary key,
    seq            bigint       not null unique,
    county_id      varchar(12)  not null,
    pool           varchar(20)  not null,
    school_id      varchar(10)  references school (id),
    kind           varchar(20)  not null check (kind in ('VERIFICATION', 'ADJUSTMENT', 'TRANSFER', 'MERGE', 'POOL')),
    delta          integer      not null,
    balance        integer      not null check (balance >= 0),
    pool_total     integer      not null check (pool_total >= 0),
    pool_allocated integer      not null check (pool_allocated >= 0 and pool_allocated <= pool_total),
    reason         varchar(500) not null,
    reference      varchar(100),
    transfer_id    uuid,
    plan_item_id   varchar(100),
    actor          varchar(200) not null,
    correlation_id varchar(64),
    recorded_at    timestamptz  not null,
    foreign key (county_id, pool) references quota_pool (county_id, pool),
    check ((kind = 'POOL') = (school_id is null))
);
create index ledger_entry_pool on ledger_entry (county_id, pool, seq);
create index ledger_entry_school on ledger_entry (school_id, seq);
create index ledger_entry_reference on ledger_entry (reference);
create unique index ledger_entry_plan_item on ledger_entry (reference, plan_item_id, school_id) where plan_item_id is not null;

-- Entries are never updated or deleted: the database itself refuses.
create function ledger_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger entries are append-only: % refused', tg_op;
end;
$$;
create trigger ledger_entry_no_update before update or delete on ledger_entry
    for each row execute function ledger_entry_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_entry_append_only();

-- Usage read model, kept from post-service's and recruitment-service's events.
create table usage_post (
    post_id    uuid        primary key,
    county_id  varchar(12),
    school_id  varchar(10) not null,
    category   varchar(20),
    subject    varchar(40),
    level      varchar(30),
    status     varchar(20) not null,
    updated_at timestamptz
);
create index usage_post_school on usage_post (school_id);

create table usage_appointment (
    appointment_id uuid        primary key,
    county_id      varchar(12),
    teacher_id     uuid        not null,
    post_id        uuid        not null,
    school_id      varchar(10) not null,
    category       varchar(20),
    subject        varchar(40),
    effective_from date,
    source         varchar(30),
    ended_on       date,
    end_reason     varchar(30)
);
create index usage_appointment_school on usage_appointment (school_id) where ended_on is null;
create index usage_appointment_teacher on usage_appointment (teacher_id);

create table usage_secondment (
    secondment_id         uuid        primary key,
    county_id             varchar(12),
    teacher_id            uuid        not null,
    school_id             varchar(10) not null,
    post_id               uuid,
    receiving_institution varchar(200),
    from_date             date        not null,
    until_date            date,
    approval_reference    varchar(200),
    ended_on              date
);
create index usage_secondment_school on usage_secondment (school_id);

create table usage_teacher (
    teacher_id uuid        primary key,
    county_id  varchar(12),
    status     varchar(20) not null,
    updated_at timestamptz not null
);
