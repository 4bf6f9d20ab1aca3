-- Local copies of other services' data are named Known<Thing> (known_<thing>) in every service.
ALTER TABLE school RENAME TO known_school;
