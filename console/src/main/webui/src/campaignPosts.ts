// A campaign's posts as the campaign itself names them (recruitment-service's read models of posts and
// schools): teachers do not read the post list, and the bureau need not read the whole county's to name them.
import { label, leadershipRoleName, titleName } from "./fmt";
import { subjectName } from "./views/subjects";

/** A campaign's post as the campaign names it (teachers do not read the post list). */
export interface CampaignPost { postId: string; schoolId?: string | null; schoolName?: string | null; category?: string | null; subject?: string | null; level?: string | null; leadershipRole?: string | null }

/** What a teacher chooses a post by: school, category, the subject or leadership role, the title grade. */
export function postLabel(p: CampaignPost): string {
  if (!p.schoolId) return `岗位（编号 ${p.postId.slice(0, 8)}）`;
  const what = [label(p.category), p.leadershipRole ? leadershipRoleName(p.leadershipRole) : p.subject ? subjectName(p.subject) : null,
    p.level ? titleName(p.level) : null].filter(Boolean);
  return [p.schoolName ?? p.schoolId, ...what].join(" · ");
}

/** The posts of a campaign in its order; a campaign read before the service named them gives their ids only. */
export const postChoices = (campaign: { postIds?: string[]; posts?: CampaignPost[] } | null | undefined) =>
  (campaign?.posts ?? (campaign?.postIds ?? []).map((postId) => ({ postId }))).map((p) => ({ value: p.postId, label: postLabel(p) }));

/** The schools a campaign's posts are at, each once, by name. */
export const campaignSchools = (campaign: { posts?: CampaignPost[] }) =>
  [...new Set((campaign.posts ?? []).filter((p) => p.schoolId).map((p) => p.schoolName ?? p.schoolId!))].join("、") || "—";

/** What an application was for, "campaign title: post", from the campaigns the teacher reads. */
export function appliedPosts(campaigns: Array<{ campaignId: string; title?: string | null; posts?: CampaignPost[] }>) {
  const byId = new Map(campaigns.map((c) => [c.campaignId, c]));
  return (campaignId: string, postId: string) => {
    const c = byId.get(campaignId);
    const p = c?.posts?.find((x) => x.postId === postId);
    return `${c?.title ?? "校际竞聘"}：${postLabel(p ?? { postId })}`;
  };
}

