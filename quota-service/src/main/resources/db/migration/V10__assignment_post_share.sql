-- The share of a host post an assignment covers is decided by recruitment-service and carried by
-- recruitment.teacher.assigned.v1 (postShare); quota stores it instead of computing it from hours.
-- Rows stored before get the share their event reads as today (TeacherAssigned.postShareOf).
alter table known_assignment add column post_share numeric(6, 4);
update known_assignment set post_share = case
    when hours_per_week is null or full_post_hours <= 0 or hours_per_week >= full_post_hours then 1
    when hours_per_week <= 0 then 0
    else round(hours_per_week::numeric / full_post_hours, 4) end;
alter table known_assignment alter column post_share set not null;
