-- Inspections also find leadership posts that differ from a school's regulation (LEADERSHIP_POSTS).
alter table finding drop constraint finding_kind_check;
alter table finding add constraint finding_kind_check
    check (kind in ('MIXED_POSTS', 'QUOTA_OCCUPIED', 'IRREGULAR_SECONDMENT', 'OFF_QUOTA_HIRING', 'LEADERSHIP_POSTS'));
