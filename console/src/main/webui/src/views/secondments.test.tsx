import { afterEach, describe, expect, it, vi } from "vitest";
import { createRoot } from "react-dom/client";
import { act } from "react";
import { App as AntApp } from "antd";
import { MemoryRouter } from "react-router-dom";
import Secondments from "./secondments";
import { json, until } from "../testing";

const running = { secondmentId: "s1", teacherId: "t1", schoolId: "1370683001", receivingInstitution: "县教研室", from: "2026-03-01",
  until: "2026-12-31", approvalReference: "教人〔2026〕3号", endedOn: null, approved: true, irregular: false };

function type(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

afterEach(() => vi.unstubAllGlobals());

describe("ending a secondment", () => {
  it("shows the service's refusal in Chinese under the field it names", { timeout: 120_000 }, async () => {
    const sent: Array<{ url: string; body?: string }> = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
      sent.push({ url, body: init?.body as string | undefined });
      if (url.startsWith("/api/recruitment/secondments/s1/end")) {
        return json(422, { status: 422, rule: "SECONDMENT_END_IN_PERIOD", field: "endedOn",
          reason: { en: "the end falls in the period", zh: "结束日期须在借用期间内" } }, "application/problem+json");
      }
      if (url.startsWith("/api/recruitment/secondments")) return json(200, [running]);
      if (url.startsWith("/api/recruitment/teachers/t1")) return json(200, { teacherId: "t1", name: "林晓东" });
      if (url.startsWith("/api/quota/quotas")) return json(200, [{ schoolId: "1370683001", name: "城关一小" }]);
      return json(200, []);
    }));
    (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
    const div = document.createElement("div");
    document.body.appendChild(div);
    await act(async () => createRoot(div).render(<MemoryRouter><AntApp><Secondments /></AntApp></MemoryRouter>));

    const end = await until(() => [...div.querySelectorAll("button")].find((b) => b.textContent?.includes("结束借用")), "结束借用");
    expect(div.textContent).toContain("林晓东");
    await act(async () => end.click());
    const date = await until(() => document.querySelector<HTMLInputElement>(".ant-modal input[type=date]"), "结束日期");
    await act(async () => type(date, "2027-06-30"));
    const ok = [...document.querySelectorAll<HTMLButtonElement>(".ant-modal button")].find((b) => b.textContent?.replace(/\s/g, "") === "结束借用")!;
    await act(async () => ok.click());

    const error = await until(() => document.querySelector(".ant-modal .ant-form-item-explain-error"), "refusal under the field");
    expect(error.textContent).toBe("结束日期须在借用期间内");
    expect(error.closest(".ant-form-item")?.textContent).toContain("结束日期");
    expect(sent.find((s) => s.url.includes("/end"))?.body).toBe(JSON.stringify({ endedOn: "2027-06-30" }));
  });
});
