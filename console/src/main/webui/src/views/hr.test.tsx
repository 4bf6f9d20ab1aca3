import { afterEach, describe, expect, it, vi } from "vitest";
import HrViews, { schoolHeading } from "./hr";
import { json, render, until } from "../testing";

afterEach(() => vi.unstubAllGlobals());

describe("HR's posts of a school", () => {
  it("the heading names the school; its code only when no name is known", () => {
    expect(schoolHeading({ schoolName: "城关一小" }, "1370683001", false)).toBe("城关一小");
    expect(schoolHeading(undefined, "1370683001", true)).toBe("");
    expect(schoolHeading({ schoolName: null }, "1370683001", false)).toBe("1370683001");
  });

  it("shows the school's name from its post summary", { timeout: 120_000 }, async () => {
    vi.stubGlobal("fetch", vi.fn(async (url: string) => {
      if (url === "/api/post/schools/1370683001/post-summary") return json(200, { schoolId: "1370683001", schoolName: "城关一小", quota: 40, established: 38, vacant: 2 });
      if (url === "/api/post/schools/1370683001/posts") return json(200, [{ postId: "p1", category: "TEACHING", subject: "CHINESE", status: "VACANT" }]);
      return json(200, []);
    }));
    const div = await render(<HrViews />, { at: "/hr/posts/1370683001", path: "/hr/*" });
    const heading = await until(() => [...div.querySelectorAll("h1")].find((h) => h.textContent?.includes("城关一小")), "the school's name");
    expect(heading.textContent).toBe("学校岗位 · 城关一小");
    expect(div.querySelector("h1")!.textContent).not.toContain("1370683001");
  });
});
