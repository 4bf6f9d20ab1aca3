-- Read models of other departments' data, filled only by their events.
create table school_ref (
    school_id    varchar(10)  primary key,
    county_id    varchar(12)  not null,
    name         varchar(100) not null,
    kind         varchar(30),
    status       varchar(10)  not null,
    merged_into  varchar(10)
);

create table post_ref (
    post_id      uuid         primary key,
    school_id    varchar(10)  not null,
    county_id    varchar(12),
    category     varchar(12)  not null,
    subject      varchar(40),
    level        varchar(20),
    established  boolean      not null,
    abolished    boolean      not null default false,
    frozen       boolean      not null default false,
    plan_id      uuid,
    updated_at   timestamptz  not null
);
create index post_ref_school on post_ref (county_id, school_id);

-- Teachers: county employees ("system persons"). The ID number is never stored in clear.
create table teacher (
    id                  uuid          primary key,
    county_id           varchar(12)   not null,
    name                varchar(60)   not null,
    gender              varchar(6)    not null,
    birth_date          date          not null,
    id_number_hash      varchar(64)   not null,
    id_number_masked    varchar(18)   not null,
    id_number_encrypted varchar(200)  not null,
    subjects            varchar(400)  not null,
    title               varchar(20)   not null,
    category            varchar(12)   not null,
    first_hire_date     date          not null,
    status              varchar(10)   not null,
    backbone            boolean       not null default false,
    registered_at       timestamptz   not null,
    row_version         bigint        not null default 0,
    unique (county_id, id_number_hash)
);
create index teacher_county_status on teacher (county_id, status);

create table appointment (
    id              uuid         primary key,
    county_id       varchar(12)  not null,
    teacher_id      uuid         not null references teacher (id),
    post_id         uuid         not null,
    school_id       varchar(10)  not null,
    category        varchar(12)  not null,
    subject         varchar(40),
    source          varchar(20)  not null,
    campaign_id     uuid,
    plan_id         uuid,
    effective_from  date         not null,
    ended_on        date,
    end_reason      varchar(20),
    created_at      timestamptz  not null
);
-- one active appointment per teacher, one active teacher per post
create unique index appointment_active_teacher on appointment (teacher_id) where ended_on is null;
create unique index appointment_active_post on appointment (post_id) where ended_on is null;
create index appointment_school on appointment (county_id, school_id) where ended_on is null;

create table contract (
    id                  uuid         primary key,
    county_id           varchar(12)  not null,
    teacher_id          uuid         not null references teacher (id),
    appointment_id      uuid         not null unique references appointment (id),
    type                varchar(12)  not null,
    starts_on           date         not null,
    ends_on             date,
    status              varchar(12)  not null,
    renewals            integer      not null default 0,
    terminated_on       date,
    termination_reason  varchar(300),
    row_version         bigint       not null default 0
);
create index contract_expiring on contract (county_id, ends_on) where status = 'ACTIVE';

create table secondment (
    id                     uuid          primary key,
    county_id              varchar(12)   not null,
    teacher_id             uuid          not null references teacher (id),
    appointment_id         uuid          not null references appointment (id),
    school_id              varchar(10)   not null,
    post_id                uuid          not null,
    receiving_institution  varchar(120)  not null,
    starts_on              date          not null,
    until                  date          not null,
    approval_reference     varchar(120),
    ended_on               date,
    created_at             timestamptz   not null
);
create unique index secondment_active_teacher on secondment (teacher_id) where ended_on is null;
create index secondment_school on secondment (county_id, school_id);

create table campaign (
    id                uuid          primary key,
    county_id         varchar(12)   not null,
    kind              varchar(10)   not null,
    title             varchar(120),
    opens_at          timestamptz   not null,
    closes_at         timestamptz   not null,
    written_weight    integer       not null,
    interview_weight  integer       not null,
    min_title         varchar(20),
    round_id          uuid,
    status            varchar(10)   not null,
    closed_at         timestamptz,
    created_at        timestamptz   not null,
    row_version       bigint        not null default 0
);

create table campaign_post (
    campaign_id  uuid  not null references campaign (id),
    post_id      uuid  not null,
    primary key (campaign_id, post_id)
);

create table application (
    id                    uuid          primary key,
    campaign_id           uuid          not null references campaign (id),
    post_id               uuid          not null,
    teacher_id            uuid          references teacher (id),
    applicant_key         varchar(80)   not null,
    candidate             text,
    applied_at            timestamptz   not null,
    written_score         numeric(6,2),
    interview_score       numeric(6,2),
    total_score           numeric(7,3),
    rank                  integer,
    offer                 varchar(10)   not null,
    offered_at            timestamptz,
    decided_at            timestamptz,
    appointed_teacher_id  uuid,
    row_version           bigint        not null default 0,
    unique (campaign_id, applicant_key)
);
create index application_campaign on application (campaign_id, post_id);
-- a post is never offered to two applicants at once
create unique index application_one_open_offer on application (campaign_id, post_id) where offer = 'OFFERED';

-- The annual staffing and personnel adjustment plan and its submitted versions.
create table adjustment_plan (
    id                 uuid          primary key,
    county_id          varchar(12)   not null,
    school_year        varchar(9)    not null,
    status             varchar(10)   not null,
    version            integer       not null,
    items              text          not null,
    effective_date     date          not null,
    late               boolean       not null default false,
    late_reason        varchar(500),
    submitted_at       timestamptz,
    overdue_since      timestamptz,
    executed_on        date,
    created_at         timestamptz   not null,
    row_version        bigint        not null default 0
);
create index adjustment_plan_year on adjustment_plan (county_id, school_year);
-- one plan under preparation per county and school year
create unique index adjustment_plan_one_draft on adjustment_plan (county_id, school_year)
    where status in ('DRAFT', 'REJECTED');

create table plan_version (
    plan_id        uuid          not null references adjustment_plan (id),
    version        integer       not null,
    items          text          not null,
    effective_date date          not null,
    late           boolean       not null,
    late_reason    varchar(500),
    submitted_at   timestamptz   not null,
    submitted_by   varchar(200)  not null,
    outcome        varchar(10)   not null,
    primary key (plan_id, version)
);

create table plan_decision (
    plan_id      uuid          not null references adjustment_plan (id),
    version      integer       not null,
    department   varchar(20)   not null,
    decision     varchar(10)   not null,
    reasons      text          not null,
    checks       text          not null,
    actor        varchar(200),
    decided_at   timestamptz   not null,
    event_id     varchar(100)  not null,
    primary key (plan_id, version, department)
);
