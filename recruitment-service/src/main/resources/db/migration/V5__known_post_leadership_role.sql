-- The leadership role of a leadership post (post.post.established.v1 leadershipRole), so a campaign can name
-- its posts to the teachers choosing one. Posts established before this column stay null.
alter table known_post add column leadership_role text;
