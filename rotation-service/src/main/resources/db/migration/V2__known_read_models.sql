-- The read models of other services' data are named Known<Thing> (known_school, known_post, known_teacher),
-- so that a reader tells them from the records this service owns.
alter table school rename to known_school;
alter index school_county rename to known_school_county;
alter table post rename to known_post;
alter index post_school rename to known_post_school;
alter table teacher rename to known_teacher;
alter index teacher_school rename to known_teacher_school;
alter index teacher_county rename to known_teacher_county;
