-- Transactional outbox: a state change and the event that announces it commit together.
create table outbox_event (
    seq             bigserial    primary key,
    event_id        uuid         not null unique,
    topic           varchar(100) not null,
    aggregate_type  varchar(60)  not null,
    aggregate_id    varchar(120) not null,
    event_type      varchar(120) not null,
    county_id       varchar(12),
    actor           varchar(200) not null,
    correlation_id  varchar(64)  not null,
    causation_id    varchar(64),
    occurred_at     timestamptz  not null,
    payload         jsonb        not null,
    published_at    timestamptz,
    attempts        integer      not null default 0,
    last_error      varchar(1000)
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index outbox_event_aggregate on outbox_event (aggregate_id, seq);

-- Idempotent inbox: an event id is recorded in the same transaction as its effect.
create table inbox_event (
    consumer     varchar(100) not null,
    event_id     varchar(100) not null,
    event_type   varchar(120) not null,
    source       varchar(200) not null,
    subject      varchar(120),
    received_at  timestamptz  not null,
    primary key (consumer, event_id)
);
