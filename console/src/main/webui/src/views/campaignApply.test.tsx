import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "react";
import CampaignsToApply from "./campaignApply";
import { button, choose, json, render, until, USERS } from "../testing";

afterEach(() => vi.unstubAllGlobals());

const POSTS = [
  { postId: "8f1c2d3e-0000-4000-8000-000000000001", schoolId: "1370683002", schoolName: "城关二小", category: "TEACHING", subject: "PHYSICS", level: "SECOND", leadershipRole: null },
  { postId: "8f1c2d3e-0000-4000-8000-000000000002", schoolId: "1370683001", schoolName: "城关一小", category: "MANAGEMENT", subject: null, level: "FIRST", leadershipRole: "DEPUTY_PRINCIPAL" },
];
const CAMPAIGN = { campaignId: "c1", kind: "INTERNAL", title: "2027年跨校竞聘", postIds: POSTS.map((p) => p.postId), posts: POSTS,
  opensAt: "2027-06-01T00:00:00Z", closesAt: "2027-06-20T00:00:00Z", status: "OPEN" };

describe("a campaign's posts as a teacher chooses them", () => {
  it("the apply form lists the posts with their schools and sends the chosen one", { timeout: 120_000 }, async () => {
    const sent: Array<{ url: string; body?: string }> = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === "POST") {
        sent.push({ url, body: init.body as string });
        return json(201, { applicationId: "a1", campaignId: "c1", postId: POSTS[1].postId });
      }
      if (url.startsWith("/api/recruitment/campaigns")) return json(200, [CAMPAIGN]);
      return json(200, []);
    }));
    const div = await render(<CampaignsToApply />, { session: USERS.teacher });

    const apply = await until(() => div.querySelector<HTMLButtonElement>("button[aria-label='报名2027年跨校竞聘']"), "报名");
    // the accessible name starts with the visible label (Ant Design would show "报 名")
    expect(apply.textContent).toBe("报名");
    expect(div.querySelector("[data-testid=campaigns-to-apply]")!.textContent).toContain("城关二小、城关一小");
    await act(async () => apply.click());
    const table = await until(() => document.querySelector("[data-testid=campaign-posts]"), "the campaign's posts");
    expect(table.textContent).toContain("副校长");
    expect(table.textContent).toContain("物理");

    await choose("postId", "城关一小 · 管理 · 副校长 · 一级教师");
    await act(async () => button("提交报名", document.querySelector(".ant-modal")!)!.click());
    await until(() => sent.length === 1 || null, "application sent");
    expect(sent[0]).toEqual({ url: "/api/recruitment/campaigns/c1/applications", body: JSON.stringify({ postId: POSTS[1].postId }) });
  });
});
