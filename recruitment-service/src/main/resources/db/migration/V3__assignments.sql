-- Temporary and part-time assignments of an executed plan (support teaching, shadowing, itinerant
-- teaching): the teacher keeps the home appointment; the host school's post is covered meanwhile.
create table assignment (
    id                   uuid          primary key,
    county_id            varchar(12)   not null,
    teacher_id           uuid          not null references teacher (id),
    form                 varchar(20)   not null,
    home_appointment_id  uuid          not null references appointment (id),
    home_post_id         uuid          not null,
    home_school_id       varchar(10)   not null,
    host_school_id       varchar(10)   not null,
    host_post_id         uuid,
    hours_per_week       integer,
    starts_on            date          not null,
    return_date          date          not null,
    ended_on             date,
    outcome              varchar(20),
    plan_id              uuid,
    move_id              uuid,
    round_id             uuid,
    created_at           timestamptz   not null,
    row_version          bigint        not null default 0,
    constraint assignment_return_after_start check (return_date > starts_on),
    constraint assignment_hours check (hours_per_week is null or hours_per_week > 0)
);
create index assignment_teacher on assignment (teacher_id) where ended_on is null;
create index assignment_host_post on assignment (host_post_id) where ended_on is null;
create index assignment_due on assignment (return_date) where ended_on is null;
create index assignment_school on assignment (county_id, host_school_id);

-- the internal campaign a planned COMPETITION move opens names its plan and move
alter table campaign add column plan_id uuid;
alter table campaign add column move_id uuid;
alter table campaign add column invited_teacher_id uuid;
