create table school (
    id            varchar(10)  primary key,
    county_id     varchar(12)  not null,
    name          varchar(100) not null,
    kind          varchar(30)  not null,
    location      varchar(10)  not null,
    district      varchar(60)  not null,
    status        varchar(10)  not null,
    merged_into   varchar(10)  references school (id),
    registered_at timestamptz  not null
);
create index school_county on school (county_id, district);

create table school_stage (
    school_id varchar(10) not null references school (id),
    stage     varchar(20) not null,
    primary key (school_id, stage)
);
