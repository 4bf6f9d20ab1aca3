-- Shared teachers of development communities (共享教师): a teacher of a surplus subject teaches part-time at a
-- member school for a term; the home post is kept.
create table teacher_sharing (
    id              uuid          primary key,
    community_id    uuid          not null references community (id),
    county_id       varchar(12)   not null,
    teacher_id      uuid          not null,
    home_school_id  varchar(10)   not null,
    host_school_id  varchar(10)   not null,
    subject         varchar(40)   not null,
    hours_per_week  integer       not null check (hours_per_week > 0),
    starts_on       date          not null,
    ends_on         date          not null check (ends_on >= starts_on),
    assigned_at     timestamptz   not null,
    assigned_by     varchar(200)  not null
);
create index teacher_sharing_community on teacher_sharing (community_id, starts_on);
create index teacher_sharing_host on teacher_sharing (host_school_id, subject);
create index teacher_sharing_teacher on teacher_sharing (teacher_id);
