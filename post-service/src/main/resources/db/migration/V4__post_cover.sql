-- Temporary and part-time assignments of the education bureau (support teaching, shadowing,
-- itinerant teaching), from recruitment.teacher.assigned.v1 and recruitment.assignment.ended.v1:
-- the teacher keeps the home post; the host post is covered by a share of a post until the end.
create table post_cover (
    assignment_id   uuid              primary key,
    teacher_id      uuid              not null,
    form            varchar(30)       not null,
    home_post_id    uuid              not null,
    home_school_id  varchar(10)       not null,
    host_school_id  varchar(10)       not null,
    host_post_id    uuid,
    share           double precision  not null,
    starts_on       date              not null,
    return_date     date              not null,
    ended_on        date,
    outcome         varchar(20)
);
create index post_cover_host on post_cover (host_post_id) where ended_on is null;
create index post_cover_home on post_cover (home_post_id) where ended_on is null;
