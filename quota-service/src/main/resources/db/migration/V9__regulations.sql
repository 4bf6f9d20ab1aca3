-- Function-and-staffing regulations (机构职能编制规定) issued by the staffing office, one row per
-- version of a school's regulation; a version is never changed, a reissue is the next version.
create table regulation (
    id                 uuid          primary key,
    county_id          varchar(12)   not null,
    school_id          varchar(10)   not null references school (id),
    version            integer       not null,
    effective_from     date          not null,
    party_organisation varchar(20)   not null,
    functions          jsonb         not null,
    leadership_posts   jsonb         not null,
    leadership_total   integer       not null,
    issued_by          varchar(100)  not null,
    issued_at          timestamptz   not null,
    unique (school_id, version)
);
create index regulation_county on regulation (county_id, school_id);

-- The leadership role of a MANAGEMENT post as post-service announces it (null for other posts and
-- for posts announced before the field existed), compared with the regulation by inspections.
alter table known_post add column leadership_role varchar(40);
