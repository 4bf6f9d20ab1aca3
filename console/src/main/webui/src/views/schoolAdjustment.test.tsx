import { afterEach, describe, expect, it, vi } from "vitest";
import { createRoot } from "react-dom/client";
import { act } from "react";
import { App as AntApp } from "antd";
import { adjustmentBody, SchoolAdjustment, signed } from "./schoolAdjustment";
import { json, until } from "../testing";

afterEach(() => vi.unstubAllGlobals());

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("a school's quota adjustment", () => {
  it("sends the change, its reason and a document number only when one is given", () => {
    expect(adjustmentBody({ delta: -2, reason: "  撤并教学点 ", reference: " " })).toEqual({ delta: -2, reason: "撤并教学点" });
    expect(adjustmentBody({ delta: 3, reason: "扩班", reference: "县编发〔2026〕5号" })).toEqual({ delta: 3, reason: "扩班", reference: "县编发〔2026〕5号" });
    expect(signed(3)).toBe("+3 名");
    expect(signed(-12)).toBe("-12 名");
  });

  it("a cut below the leadership posts is refused under 调整数; a change that passes reloads the school", { timeout: 120_000 }, async () => {
    const sent: Array<{ url: string; body: any }> = [];
    let refuse = true;
    vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
      sent.push({ url, body: JSON.parse(String(init?.body)) });
      if (refuse) {
        return json(409, { status: 409, rule: "LEADERSHIP_WITHIN_QUOTA", field: "delta",
          reason: { en: "the quota stays at or above the leadership posts", zh: "核减后编制少于领导职数（5 名）" } }, "application/problem+json");
      }
      return json(201, { entryId: "e1", delta: 2, balanceAfter: 40 });
    }));
    (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
    const div = document.createElement("div");
    document.body.appendChild(div);
    const adjusted = vi.fn();
    await act(async () => createRoot(div).render(<AntApp><SchoolAdjustment schoolId="1370683001" onAdjusted={adjusted} /></AntApp>));

    // a zero change is not sent
    type(div.querySelector<HTMLInputElement>("#delta")!, "0");
    type(div.querySelector<HTMLTextAreaElement>("#reason")!, "学生减少");
    const submit = [...div.querySelectorAll("button")].find((b) => b.textContent?.replace(/\s/g, "") === "提交调整")!;
    await act(async () => submit.click());
    const zero = await until(() => div.querySelector(".ant-form-item-explain-error"), "zero refused");
    expect(zero.textContent).toBe("调整数不能为 0");
    expect(sent).toEqual([]);

    type(div.querySelector<HTMLInputElement>("#delta")!, "-30");
    await act(async () => submit.click());
    await until(() => (sent.length ? true : null), "adjustment sent");

    const error = await until(() => [...div.querySelectorAll(".ant-form-item-explain-error")].find((e) => e.textContent?.includes("领导职数")), "refusal under the field");
    expect(error.textContent).toBe("核减后编制少于领导职数（5 名）");
    expect(error.closest(".ant-form-item")?.querySelector("input")?.id).toBe("delta");
    expect(sent[0]).toEqual({ url: "/api/quota/schools/1370683001/quota/adjustments", body: { delta: -30, reason: "学生减少" } });
    expect(adjusted).not.toHaveBeenCalled();

    refuse = false;
    type(div.querySelector<HTMLInputElement>("#delta")!, "2");
    await act(async () => submit.click());
    await until(() => (adjusted.mock.calls.length ? true : null), "school reloaded");
    expect(sent[1].body).toEqual({ delta: 2, reason: "学生减少" });
  });
});
