-- Special inspections (專項督查) and their findings.
create table inspection (
    id                uuid         primary key,
    county_id         varchar(12)  not null,
    district          varchar(60),
    school_ids        text,
    note              varchar(500),
    inspected_on      date         not null,
    schools_inspected integer      not null,
    run_by            varchar(200) not null,
    run_at            timestamptz  not null
);
create index inspection_county on inspection (county_id, run_at);

create table finding (
    id                 uuid          primary key,
    county_id          varchar(12)   not null,
    inspection_id      uuid          not null references inspection (id),
    kind               varchar(30)   not null check (kind in ('MIXED_POSTS', 'QUOTA_OCCUPIED', 'IRREGULAR_SECONDMENT', 'OFF_QUOTA_HIRING')),
    rule               varchar(60)   not null,
    school_id          varchar(10)   not null references school (id),
    evidence           jsonb         not null,
    description_en     varchar(1000) not null,
    description_zh     varchar(1000) not null,
    fingerprint        text          not null,
    status             varchar(20)   not null check (status in ('OPEN', 'RECTIFIED', 'CLOSED')),
    raised_at          timestamptz   not null,
    rectification_note varchar(2000),
    rectified_by       varchar(200),
    rectified_at       timestamptz,
    closing_note       varchar(2000),
    closed_by          varchar(200),
    closed_at          timestamptz
);
create index finding_county on finding (county_id, status);
-- an irregularity is open at most once at a time
create unique index finding_open_once on finding (county_id, fingerprint) where status <> 'CLOSED';

create table inspection_finding (
    inspection_id uuid    not null references inspection (id),
    finding_id    uuid    not null references finding (id),
    recurring     boolean not null,
    primary key (inspection_id, finding_id)
);
