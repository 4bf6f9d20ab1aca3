-- The staffing office's review of each version of the annual adjustment plan.
create table plan_review (
    id               uuid         primary key,
    plan_id          uuid         not null,
    version          integer      not null check (version >= 1),
    county_id        varchar(12)  not null,
    school_year      varchar(9),
    late             boolean      not null,
    late_reason      varchar(1000),
    effective_date   date,
    items            jsonb        not null,
    status           varchar(20)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    checks           jsonb        not null,
    submitted_by     varchar(200),
    received_at      timestamptz  not null,
    decided_by       varchar(200),
    decided_at       timestamptz,
    reasons          jsonb,
    execution_status varchar(20)  check (execution_status in ('APPLIED', 'REFUSED')),
    execution_detail varchar(1000),
    executed_at      timestamptz,
    unique (plan_id, version)
);
create index plan_review_county on plan_review (county_id, status);
