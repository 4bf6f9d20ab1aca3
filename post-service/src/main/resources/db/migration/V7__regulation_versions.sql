-- Every version of a school's function-and-staffing regulation is kept (quota.regulation.issued.v1): the
-- one in force is the highest version whose effective_from the platform clock's date has reached; a later
-- one waits as pending.
alter table known_regulation drop constraint known_regulation_pkey;
alter table known_regulation add primary key (school_id, version);
