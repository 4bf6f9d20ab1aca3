-- Joint inspections (联合组织、人社、纪检、巡察等部门): who took part, who must rectify each finding
-- and by when, and the day an overdue rectification was flagged. Earlier inspections were the
-- staffing office's alone and set no deadline.
alter table inspection add column departments varchar(200) not null default 'STAFFING_OFFICE';
alter table inspection add column rectification_days integer;

alter table finding add column responsible_department varchar(30) not null default 'STAFFING_OFFICE'
    check (responsible_department in ('ORGANISATION', 'HR', 'DISCIPLINE_INSPECTION', 'PATROL', 'STAFFING_OFFICE'));
alter table finding add column rectification_due date;
alter table finding add column overdue_on date;
-- the overdue check reads open findings past their deadline and not flagged yet
create index finding_overdue on finding (rectification_due) where status = 'OPEN' and overdue_on is null;
