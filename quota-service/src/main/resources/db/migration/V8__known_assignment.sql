-- Temporary and part-time assignments (support teaching, shadowing, itinerant teaching) as
-- recruitment-service announces them: the teacher keeps the home post and quota; the host school's
-- shortage is covered by the assignment (a full post, or hours per week of a full post's hours).
create table known_assignment (
    assignment_id   uuid         primary key,
    county_id       varchar(12),
    teacher_id      uuid         not null,
    form            varchar(30)  not null,
    home_post_id    uuid         not null,
    home_school_id  varchar(10)  not null,
    host_school_id  varchar(10)  not null,
    host_post_id    uuid,
    hours_per_week  integer,
    full_post_hours integer      not null,
    starts_on       date         not null,
    return_date     date         not null,
    ended_on        date,
    outcome         varchar(20)
);
create index known_assignment_home on known_assignment (home_school_id) where ended_on is null;
create index known_assignment_host on known_assignment (host_school_id) where ended_on is null;
