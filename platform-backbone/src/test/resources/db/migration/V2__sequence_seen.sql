-- what ConsumerOrderTest's consumer instances handled, in the order they handled it
create table sequence_seen (
    position   bigserial    primary key,
    key        varchar(100) not null,
    step       integer      not null,
    handled_by varchar(20)  not null
);
