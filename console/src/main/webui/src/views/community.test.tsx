import { afterEach, describe, expect, it, vi } from "vitest";
import Communities from "./community";
import { json, render, until } from "../testing";

afterEach(() => vi.unstubAllGlobals());

describe("a school's development communities", () => {
  it("names the member schools from the county's school list, the user's own as 本校", { timeout: 120_000 }, async () => {
    vi.stubGlobal("fetch", vi.fn(async (url: string) => {
      if (url === "/api/rotation/communities") return json(200, [{ communityId: "c1", name: "城关教育共同体", leadSchoolId: "1370683001", memberSchoolIds: ["1370683009"] }]);
      if (url === "/api/quota/schools") return json(200, [{ schoolId: "1370683001", name: "城关一小" }, { schoolId: "1370683009", name: "乡村第二小学" }]);
      if (url.includes("/stats")) return json(200, { activities: 0, participants: 0, byKind: {} });
      return json(200, []);
    }));
    const session = { username: "school-1370683001", name: "学校", roles: ["school" as const], role: "school" as const, schoolId: "1370683001", expiresAt: 0 };
    const div = await render(<Communities />, { session });
    const schools = await until(() => [...div.querySelectorAll(".ant-descriptions-item")].find((d) => d.textContent?.includes("乡村第二小学")), "member school by name");
    expect(schools.textContent).toContain("本校（牵头校）、乡村第二小学");
    expect(div.textContent).not.toContain("1370683009");
  });
});
