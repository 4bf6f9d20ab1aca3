-- Local copies of other services' data are named Known<Thing> (known_<thing>) in every service.
ALTER TABLE usage_post RENAME TO known_post;
ALTER TABLE usage_appointment RENAME TO known_appointment;
ALTER TABLE usage_secondment RENAME TO known_secondment;
ALTER TABLE usage_teacher RENAME TO known_teacher;
