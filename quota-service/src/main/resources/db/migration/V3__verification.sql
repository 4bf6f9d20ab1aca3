-- Quota verifications (核定): a proposal per pool and school year, approved once.
create table verification (
    id              uuid         primary key,
    county_id       varchar(12)  not null,
    pool            varchar(20)  not null,
    school_year     varchar(9)   not null,
    kind            varchar(20)  not null check (kind in ('TRIENNIAL', 'ANNUAL')),
    status          varchar(20)  not null check (status in ('PROPOSED', 'APPROVED', 'SUPERSEDED')),
    override_reason varchar(500),
    standards_on    date         not null,
    rounding        varchar(40)  not null,
    pool_total      integer      not null,
    capacity        integer      not null check (capacity >= 0),
    required_total  integer      not null,
    proposed_total  integer      not null check (proposed_total <= capacity),
    pool_shortfall  integer      not null check (pool_shortfall >= 0),
    proposed_by     varchar(200) not null,
    proposed_at     timestamptz  not null,
    decided_by      varchar(200),
    decided_at      timestamptz
);
create index verification_county on verification (county_id, pool, status);

create table verification_line (
    id                  uuid          primary key,
    verification_id     uuid          not null references verification (id),
    school_id           varchar(10)   not null references school (id),
    selection           varchar(30)   not null,
    enrollment_revision integer       not null,
    total_students      integer       not null,
    basis_students      integer,
    stages              jsonb         not null,
    exact               numeric(12, 6) not null,
    required            integer       not null check (required >= 0),
    floor_minimum       integer       not null check (floor_minimum >= 0),
    current_quota       integer       not null,
    proposed            integer       not null check (proposed >= 0 and proposed <= required),
    delta               integer       not null,
    rule                varchar(100)  not null,
    unique (verification_id, school_id)
);
create index verification_line_school on verification_line (school_id);
