-- Read model of quota-service's schools and their quotas, filled from quota.events.
-- A row may exist before its registration arrived (an allocation seen first): registered = false.
create table school (
    id                varchar(10)  primary key,
    county_id         varchar(12),
    name              varchar(100),
    kind              varchar(30),
    location          varchar(10),
    district          varchar(60),
    pool              varchar(15),
    status            varchar(10)  not null default 'ACTIVE',
    merged_into       varchar(10),
    registered        boolean      not null default false,
    quota             integer      not null default 0,
    quota_entry_id    uuid,
    quota_changed_at  timestamptz,
    updated_at        timestamptz  not null
);
create index school_county on school (county_id, location);

-- Posts (崗位) HR sets up at each school. Abolished posts stay as history.
create table post (
    id                        uuid         primary key,
    school_id                 varchar(10)  not null references school (id),
    county_id                 varchar(12)  not null,
    category                  varchar(12)  not null,
    subject                   varchar(40),
    level                     varchar(20)  not null,
    status                    varchar(10)  not null,
    teacher_id                uuid,
    appointment_id            uuid,
    occupied_since            date,
    pending_teacher_id        uuid,
    pending_appointment_id    uuid,
    pending_since             date,
    freeze_cause              varchar(20),
    status_reason             varchar(500),
    established_by_plan       uuid,
    abolished_by_plan         uuid,
    abolish_when_vacated_plan uuid,
    established_at            timestamptz  not null,
    changed_at                timestamptz  not null,
    constraint post_occupant check ((status = 'OCCUPIED') = (teacher_id is not null)),
    constraint post_subject check ((category = 'TEACHING') = (subject is not null)),
    constraint post_freeze_cause check ((status = 'FROZEN') = (freeze_cause is not null))
);
create index post_school on post (school_id, status);
create index post_vacancy on post (county_id, status, subject, category);
create index post_teacher on post (teacher_id) where teacher_id is not null;

-- HR's review of each submitted version of an annual adjustment plan.
create table plan_review (
    id               uuid         primary key,
    plan_id          uuid         not null,
    version          integer      not null,
    county_id        varchar(12)  not null,
    school_year      varchar(9),
    late             boolean      not null default false,
    late_reason      varchar(1000),
    effective_date   date,
    items            jsonb        not null,
    status           varchar(12)  not null,
    checks           jsonb        not null,
    checks_passed    boolean      not null,
    checked_at       timestamptz  not null,
    received_at      timestamptz  not null,
    decision         varchar(10),
    reasons          jsonb,
    decided_by       varchar(200),
    decided_at       timestamptz,
    executed_on      date,
    unique (plan_id, version)
);
create index plan_review_status on plan_review (county_id, status);

-- POST_CHANGE items already applied, so a re-delivered execution changes nothing twice.
create table plan_item_applied (
    plan_id     uuid          not null,
    item_id     varchar(100)  not null,
    applied_at  timestamptz   not null,
    primary key (plan_id, item_id)
);
