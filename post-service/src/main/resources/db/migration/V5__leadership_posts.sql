-- A MANAGEMENT post may carry a leadership role that the school's function-and-staffing
-- regulation (机构职能编制规定) approves; HR sets up no more of a role than the regulation allows.
alter table post add column leadership_role varchar(40);
create index post_leadership on post (school_id, leadership_role) where leadership_role is not null;

-- The latest regulation quota-service issued for each school (quota.regulation.issued.v1).
create table known_regulation (
    school_id           varchar(10)   primary key,
    county_id           varchar(12)   not null,
    regulation_id       uuid          not null,
    version             integer       not null,
    effective_from      date          not null,
    party_organisation  varchar(30)   not null,
    leadership_posts    jsonb         not null,
    leadership_total    integer       not null,
    updated_at          timestamptz   not null
);
create index known_regulation_county on known_regulation (county_id);
