-- The order in which posts were set up, kept apart from the clock: "the newest vacant posts are
-- frozen first" must hold when several posts share one instant (one request for several posts, or
-- a clock pinned for a replay). Existing posts are numbered in their established_at order.
create sequence post_established_seq;
alter table post add column established_seq bigint;
update post set established_seq = ordered.seq
  from (select id, row_number() over (order by established_at, id) as seq from post) ordered
 where post.id = ordered.id;
select setval('post_established_seq', coalesce((select max(established_seq) from post), 0) + 1, false);
alter table post alter column established_seq set not null;
create index post_school_established on post (school_id, established_seq);
