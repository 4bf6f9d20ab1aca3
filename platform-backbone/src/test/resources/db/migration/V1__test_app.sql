create table widget (
    id        uuid primary key,
    name      varchar(100) not null,
    county_id varchar(12)  not null,
    size      integer      not null
);
create table tally (
    id    varchar(100) primary key,
    count integer      not null
);
