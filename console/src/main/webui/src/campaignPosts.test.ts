import { describe, expect, it } from "vitest";
import { appliedPosts, campaignSchools, postChoices, postLabel } from "./campaignPosts";

const POSTS = [
  { postId: "8f1c2d3e-0000-4000-8000-000000000001", schoolId: "1370683002", schoolName: "城关二小", category: "TEACHING", subject: "PHYSICS", level: "SECOND", leadershipRole: null },
  { postId: "8f1c2d3e-0000-4000-8000-000000000002", schoolId: "1370683001", schoolName: "城关一小", category: "MANAGEMENT", subject: null, level: "FIRST", leadershipRole: "DEPUTY_PRINCIPAL" },
];
const CAMPAIGN = { campaignId: "c1", title: "2027年跨校竞聘", postIds: POSTS.map((p) => p.postId), posts: POSTS };

describe("a campaign's posts as a teacher chooses them", () => {
  it("names each post by school, category, subject or leadership role and grade", () => {
    expect(postLabel(POSTS[0])).toBe("城关二小 · 专业技术（教师） · 物理 · 二级教师");
    expect(postLabel(POSTS[1])).toBe("城关一小 · 管理 · 副校长 · 一级教师");
    expect(postChoices(CAMPAIGN).map((c) => c.value)).toEqual(CAMPAIGN.postIds);
    expect(campaignSchools(CAMPAIGN)).toBe("城关二小、城关一小");
  });
  it("a post the service does not know yet, or a campaign without posts, keeps its short number", () => {
    expect(postLabel({ postId: "8f1c2d3e-0000" })).toBe("岗位（编号 8f1c2d3e）");
    expect(postChoices({ postIds: ["8f1c2d3e-0000"] })).toEqual([{ value: "8f1c2d3e-0000", label: "岗位（编号 8f1c2d3e）" }]);
    expect(campaignSchools({})).toBe("—");
  });
  it("a teacher's application names its campaign and post", () => {
    const applied = appliedPosts([CAMPAIGN]);
    expect(applied("c1", POSTS[1].postId)).toBe("2027年跨校竞聘：城关一小 · 管理 · 副校长 · 一级教师");
    expect(applied("c9", "8f1c2d3e-0000")).toBe("校际竞聘：岗位（编号 8f1c2d3e）");
  });
});
