import { afterEach, describe, expect, it, vi } from "vitest";
import { createRoot } from "react-dom/client";
import { act } from "react";
import { App as AntApp } from "antd";
import { activitiesPath, activityColumns, CommunityActivities, type Activity } from "./communityActivities";
import { tableOf } from "../xlsx";
import { json, until } from "../testing";

afterEach(() => vi.unstubAllGlobals());

const activity = (n: number): Activity => ({ activityId: "a" + n, communityId: "c1", kind: n % 2 ? "LECTURE" : "LESSON_SENT", title: "活动 " + n,
  date: `2026-11-${String(30 - n).padStart(2, "0")}`, schoolYear: "2026-2027", schoolIds: ["1370683001", "1370683002"], participants: 10 + n });

describe("a community's activities", () => {
  it("asks the year's activities page by page", () => {
    expect(activitiesPath("c1", "2026-2027", 2, 10)).toBe("/communities/c1/activities?schoolYear=2026-2027&page=2&size=10");
  });

  it("exports each activity with its kind and schools in Chinese", () => {
    const names = (id: string) => (id === "1370683001" ? "本校（牵头校）" : id);
    const t = tableOf(activityColumns(names), [activity(1)]);
    expect(t.columns.map((c) => c.header)).toEqual(["日期", "学年", "类型", "主题", "参加学校", "参加人次"]);
    expect(t.rows[0]).toEqual(["2026-11-29", "2026—2027学年", "讲座", "活动 1", "本校（牵头校）、1370683002", 11]);
  });

  it("shows the newest first as the service pages them, and the next page when this one is full", { timeout: 120_000 }, async () => {
    const asked: string[] = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string) => {
      asked.push(url);
      const page = Number(new URL(url, "http://x").searchParams.get("page"));
      return json(200, page === 0 ? Array.from({ length: 10 }, (_, i) => activity(i + 1)) : [activity(11), activity(12)]);
    }));
    (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
    const div = document.createElement("div");
    document.body.appendChild(div);
    await act(async () => createRoot(div).render(<AntApp>
      <CommunityActivities communityId="c1" name="城关共同体" year="2026-2027" schoolName={(id) => id} /></AntApp>));

    await until(() => div.querySelectorAll(".ant-table-tbody tr.ant-table-row").length === 10 || null, "first page");
    expect(asked[0]).toBe("/api/rotation/communities/c1/activities?schoolYear=2026-2027&page=0&size=10");
    expect(div.querySelector(".ant-table-tbody tr.ant-table-row")!.textContent).toContain("2026年11月29日");
    expect(div.textContent).toContain("讲座");
    const next = div.querySelector<HTMLElement>(".ant-pagination-item-2")!;
    expect(next).not.toBeNull();
    await act(async () => next.querySelector("a")!.click());
    await until(() => div.querySelectorAll(".ant-table-tbody tr.ant-table-row").length === 2 || null, "second page");
    expect(asked[asked.length - 1]).toBe("/api/rotation/communities/c1/activities?schoolYear=2026-2027&page=1&size=10");
    expect(div.querySelector(".ant-pagination-item-3")).toBeNull();
  });
});
