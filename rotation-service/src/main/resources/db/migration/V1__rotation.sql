-- Read models of other departments' data, filled by event handlers (never by calls to them).

-- schools (quota-service): registry, allocation balance
create table school (
    id            varchar(10)  primary key,
    county_id     varchar(12)  not null,
    name          varchar(100) not null,
    kind          varchar(30)  not null,
    location      varchar(10)  not null,
    district      varchar(60)  not null,
    status        varchar(10)  not null,
    merged_into   varchar(10),
    quota         integer
);
create index school_county on school (county_id);

-- teaching posts (post-service)
create table post (
    id         uuid         primary key,
    school_id  varchar(10)  not null,
    county_id  varchar(12),
    category   varchar(20)  not null,
    subject    varchar(40),
    level      varchar(20),
    status     varchar(20)  not null
);
create index post_school on post (school_id);

-- teachers (recruitment-service): record, current appointment, secondment
create table teacher (
    id              uuid         primary key,
    county_id       varchar(12)  not null,
    name            varchar(100),
    gender          varchar(10),
    birth_date      date,
    main_subject    varchar(40),
    subjects        varchar(400),
    title           varchar(20),
    first_hire_date date,
    status          varchar(20)  not null,
    backbone        boolean      not null default false,
    young           boolean      not null default false,
    school_id       varchar(10),
    post_id         uuid,
    appointment_id  uuid,
    at_school_since date,
    seconded_until  date
);
create index teacher_school on teacher (school_id);
create index teacher_county on teacher (county_id);

-- Own data ---------------------------------------------------------------------------------

create table school_profile (
    school_id    varchar(10)  primary key,
    county_id    varchar(12)  not null,
    tier         varchar(10)  not null,
    latitude     numeric(9,6) not null,
    longitude    numeric(9,6) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    version      integer      not null default 0
);

-- one evaluation per teacher and school year; a correction adds a version, the old ones stay
create table evaluation (
    id           uuid          primary key,
    teacher_id   uuid          not null,
    school_id    varchar(10)   not null,
    county_id    varchar(12)   not null,
    school_year  varchar(9)    not null,
    version      integer       not null,
    grade        varchar(15)   not null,
    score        numeric(5,2)  not null,
    comment      varchar(2000),
    correction_reason varchar(500),
    recorded_at  timestamptz   not null,
    recorded_by  varchar(200)  not null,
    unique (teacher_id, school_year, version)
);
create index evaluation_school_year on evaluation (school_id, school_year);

create table exemption (
    id           uuid          primary key,
    county_id    varchar(12)   not null,
    teacher_id   uuid          not null,
    school_year  varchar(9)    not null,
    reason       varchar(500)  not null,
    created_at   timestamptz   not null,
    created_by   varchar(200)  not null,
    unique (teacher_id, school_year)
);

create table rotation_round (
    id            uuid          primary key,
    county_id     varchar(12)   not null,
    school_year   varchar(9)    not null,
    share         numeric(6,5)  not null,
    parameters    text          not null,
    due           integer       not null,
    target        integer       not null,
    moves         integer       not null,
    unmet         integer       not null,
    objective     bigint        not null,
    gap           integer       not null,
    gap_reasons   text          not null,
    unmet_detail  text          not null,
    status        varchar(20)   not null,
    plan_id       uuid,
    plan_version  integer,
    plan_reasons  text,
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null,
    proposed_at   timestamptz,
    executed_on   date,
    version       integer       not null default 0
);
create index round_county_year on rotation_round (county_id, school_year);
-- a county's school year is proposed into the annual plan by one round only
create unique index round_one_proposal_per_year on rotation_round (county_id, school_year)
    where status <> 'PLANNED';

create table round_move (
    id              uuid          primary key,
    round_id        uuid          not null references rotation_round (id),
    ordinal         integer       not null,
    teacher_id      uuid          not null,
    from_school_id  varchar(10)   not null,
    from_post_id    uuid,
    to_school_id    varchar(10)   not null,
    to_post_id      uuid,
    subject         varchar(40)   not null,
    form            varchar(20)   not null,
    term_years      integer       not null,
    return_date     date,
    paired_with     uuid,
    directions      varchar(200)  not null,
    vacancy_number  integer       not null,
    cost_priority   bigint        not null,
    cost_travel     bigint        not null,
    cost_backbone   bigint        not null,
    cost_coverage   bigint        not null,
    cost_total      bigint        not null,
    travel_km       integer       not null,
    reasons         text          not null,
    status          varchar(20)   not null,
    started_on      date,
    returned_on     date
);
create index round_move_round on round_move (round_id, ordinal);
create index round_move_teacher on round_move (teacher_id);

create table community (
    id              uuid          primary key,
    county_id       varchar(12)   not null,
    name            varchar(100)  not null,
    lead_school_id  varchar(10)   not null,
    model           varchar(5)    not null,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    unique (county_id, name)
);

-- a school belongs to one development community at a time
create table community_member (
    community_id  uuid         not null references community (id),
    school_id     varchar(10)  not null primary key,
    lead          boolean      not null
);

create table community_activity (
    id            uuid          primary key,
    community_id  uuid          not null references community (id),
    kind          varchar(20)   not null,
    title         varchar(200),
    held_on       date          not null,
    school_year   varchar(9)    not null,
    school_ids    varchar(2000) not null,
    participants  integer       not null,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(200)  not null
);
create index community_activity_year on community_activity (community_id, school_year);
