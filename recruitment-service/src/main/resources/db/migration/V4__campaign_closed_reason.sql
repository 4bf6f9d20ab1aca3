-- Why a campaign closed with posts unfilled that no ranking decided: a competition's post frozen for
-- over-establishment before the offers (post-service freezes a campaign's post last, when its school
-- has no other vacant post).
alter table campaign add column closed_reason text;
