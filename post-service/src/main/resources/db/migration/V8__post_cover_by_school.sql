-- A school's summary counts its running assignments, hosted and away, by school: without these
-- indexes each read scanned every cover of the county.
create index post_cover_host_school on post_cover (host_school_id) where ended_on is null;
create index post_cover_home_school on post_cover (home_school_id) where ended_on is null;
