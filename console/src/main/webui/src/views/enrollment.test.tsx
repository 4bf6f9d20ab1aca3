import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "react";
import Enrollment from "./enrollment";
import { json, render, until } from "../testing";

afterEach(() => vi.unstubAllGlobals());

describe("a school year's enrollment", () => {
  it("the bureau saves it, and a refusal of a stage's classes is shown under that field", { timeout: 120_000 }, async () => {
    const sent: Array<{ url: string; method?: string; body?: string }> = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
      sent.push({ url, method: init?.method, body: init?.body as string | undefined });
      if (init?.method === "PUT") {
        return json(422, { status: 422, rule: "CLASSES_CONSISTENT", violations: [{ field: "classes.PRIMARY", rule: "CLASSES_CONSISTENT",
          reason: { en: "45 students a class at most", zh: "每班学生数不合理" } }] }, "application/problem+json");
      }
      if (url === "/api/quota/quotas") return json(200, [{ schoolId: "1370683001", name: "城关一小" }]);
      if (url === "/api/quota/schools/1370683001") return json(200, { schoolId: "1370683001", name: "城关一小", stages: ["PRIMARY"] });
      if (/\/enrollment\/\d{4}-\d{4}$/.test(url)) return json(200, { schoolId: "1370683001", students: { PRIMARY: 812 }, classes: { PRIMARY: 18 }, totalStudents: 812, revision: 1 });
      if (url.startsWith("/api/quota/standards")) return json(200, [{ stage: "PRIMARY", studentsPerStaff: 19, version: 2, effectiveFrom: "2025-09-01" }]);
      return json(200, []);
    }));
    const div = await render(<Enrollment />);

    // choose the school
    await until(() => (fetch as any).mock.calls.some((c: any[]) => c[0] === "/api/quota/quotas"), "schools asked");
    const select = div.querySelector("#enrollment-school")!.closest(".ant-select")!.querySelector(".ant-select-selector")!;
    await act(async () => { select.dispatchEvent(new MouseEvent("mousedown", { bubbles: true })); });
    const option = await until(() => document.querySelector<HTMLElement>(".ant-select-item-option[title*='城关一小']"), "school option");
    await act(async () => option.click());

    // the year's report fills the form
    const students = await until(() => div.querySelector<HTMLInputElement>("#PRIMARY"), "students field");
    await until(() => (students.value === "812" ? students : null), "812 filled in");
    const save = [...div.querySelectorAll("button")].find((b) => b.textContent?.replace(/\s/g, "") === "保存")!;
    await act(async () => save.click());

    const error = await until(() => div.querySelector(".ant-form-item-explain-error"), "refusal under the field");
    expect(error.textContent).toBe("每班学生数不合理");
    expect(error.closest(".ant-form-item")?.querySelector("input")?.id).toBe("classes_PRIMARY");
    const put = sent.find((s) => s.method === "PUT")!;
    expect(put.url).toMatch(/^\/api\/quota\/schools\/1370683001\/enrollment\/\d{4}-\d{4}$/);
    expect(JSON.parse(put.body!)).toEqual({ PRIMARY: 812, classes: { PRIMARY: 18 } });
  });
});
