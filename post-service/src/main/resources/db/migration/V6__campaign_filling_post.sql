-- The open internal campaign (内部竞聘) filling a vacant post, from recruitment.campaign.opened.v1 until
-- the post is filled or recruitment.campaign.closed.v1 leaves it unfilled: the over-establishment
-- freeze chooses the school's other vacant posts first.
alter table post add column filling_campaign_id uuid;
create index post_filling_campaign on post (filling_campaign_id) where filling_campaign_id is not null;
