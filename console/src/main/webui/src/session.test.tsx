import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRoot, type Root } from "react-dom/client";
import { act } from "react";
import { Form, Input } from "antd";

// the session: a token that the services no longer accept, and a refresh that fails (Keycloak's session ended)
vi.mock("./auth", () => ({
  accessToken: vi.fn(async () => "expired-access-token"),
  renew: vi.fn(async () => false),
  loginAgain: vi.fn(async () => {}),
}));

import { loginAgain, renew } from "./auth";
import { post } from "./api";
import { ProblemError } from "./problem";
import { useFormDraft } from "./drafts";

window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {},
  addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as any;

/** The staffing office's rejection reasons, as a form with its draft (the plan page's dialog). */
function Reasons({ onSent }: { onSent: (reasons: string) => Promise<unknown> }) {
  const [form] = Form.useForm();
  const draft = useFormDraft(form, "office-plan-reject:plan-1");
  return (
    <Form form={form} onValuesChange={draft.onValuesChange} onFinish={async (v: { reasons: string }) => { await onSent(v.reasons); draft.clear(); }}>
      <Form.Item name="reasons" label="退回理由"><Input.TextArea /></Form.Item>
      <button type="submit">确认退回</button>
    </Form>
  );
}

let root: Root;
let div: HTMLDivElement;

async function show(node: React.ReactNode) {
  (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
  div = document.createElement("div");
  document.body.appendChild(div);
  root = createRoot(div);
  await act(async () => root.render(node));
}

async function type(textarea: HTMLTextAreaElement, text: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, text);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function storedValues(): string[] {
  return Object.keys(sessionStorage).map((k) => k + "=" + sessionStorage.getItem(k));
}

describe("an expired session", () => {
  beforeEach(() => {
    sessionStorage.clear();
    vi.stubGlobal("fetch", vi.fn(async () => new Response("", { status: 401 })));
  });
  afterEach(() => {
    act(() => root?.unmount());
    div?.remove();
    vi.unstubAllGlobals();
    vi.clearAllMocks();
  });

  it("goes back to the login page and the reasons typed come back after logging in", { timeout: 120_000 }, async () => {
    const sent = vi.fn((reasons: string) => post("quota", "/plans/plan-1/decision", { decision: "REJECT", reasons: [reasons] }));
    await show(<Reasons onSent={sent} />);
    await type(div.querySelector("textarea")!, "乡村学校缺编未补足");

    // the service refuses the expired token; the refresh fails: to the login page
    await expect(post("quota", "/plans/plan-1/decision", { decision: "REJECT" })).rejects.toBeInstanceOf(ProblemError);
    expect(renew).toHaveBeenCalled();
    expect(loginAgain).toHaveBeenCalledTimes(1);

    // what was typed is kept in this tab, the token is not
    expect(storedValues().join("\n")).toContain("乡村学校缺编未补足");
    expect(storedValues().join("\n")).not.toContain("expired-access-token");

    // back from Keycloak: the page is built afresh and the form filled in again
    act(() => root.unmount());
    div.remove();
    await show(<Reasons onSent={sent} />);
    expect(div.querySelector("textarea")!.value).toBe("乡村学校缺编未补足");
  });

  it("a form the service accepted leaves no draft behind", { timeout: 120_000 }, async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ status: "REJECTED" }), { status: 200, headers: { "Content-Type": "application/json" } })));
    await show(<Reasons onSent={(reasons) => post("quota", "/plans/plan-1/decision", { decision: "REJECT", reasons: [reasons] })} />);
    await type(div.querySelector("textarea")!, "请补充调剂依据");
    expect(storedValues()).toHaveLength(1);
    await act(async () => {
      div.querySelector("button")!.click();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(loginAgain).not.toHaveBeenCalled();
    expect(storedValues()).toEqual([]);
  });
});
