-- Read models of other services' data are named Known<Thing> in every service (known_school, known_post).
alter table school_ref rename to known_school;
alter index school_ref_pkey rename to known_school_pkey;
alter table post_ref rename to known_post;
alter index post_ref_pkey rename to known_post_pkey;
alter index post_ref_school rename to known_post_school;
