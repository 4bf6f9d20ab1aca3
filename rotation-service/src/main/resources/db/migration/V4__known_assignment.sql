-- Temporary and part-time assignments carried out by recruitment-service (support teaching, shadowing,
-- itinerant teaching): the share of a post each covers at the host school, so that a round does not plan a
-- move into a vacancy already taught. The home post is kept, so the teacher's own row does not change.
create table known_assignment (
    id              uuid          primary key,
    county_id       varchar(12),
    teacher_id      uuid          not null,
    form            varchar(40)   not null,
    home_school_id  varchar(10)   not null,
    host_school_id  varchar(10)   not null,
    host_post_id    uuid,
    subject         varchar(40),
    post_share      numeric(7, 4) not null check (post_share >= 0 and post_share <= 1),
    starts_on       date          not null,
    return_date     date,
    ended_on        date
);
create index known_assignment_host on known_assignment (host_school_id, subject);
create index known_assignment_teacher on known_assignment (teacher_id);
