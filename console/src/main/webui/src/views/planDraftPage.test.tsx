import { afterEach, describe, expect, it, vi } from "vitest";
import { createRoot } from "react-dom/client";
import { act } from "react";
import { App as AntApp } from "antd";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { SessionContext } from "../Shell";
import PlanDraftPage from "./planDraftPage";
import { json, until } from "../testing";

afterEach(() => vi.unstubAllGlobals());

const ITEMS = [
  { itemId: "i1", kind: "QUOTA_TRANSFER", fromSchoolId: "1370683001", toSchoolId: "1370683002", amount: 2, reason: "学生减少" },
  { itemId: "i2", kind: "POST_CHANGE", schoolId: "1370683002", action: "ESTABLISH", category: "TEACHING", subject: "MATHEMATICS", count: 1 },
];

async function choose(div: HTMLElement, id: string, text: string) {
  const select = div.querySelector(`#${id}`)!.closest(".ant-select")!.querySelector(".ant-select-selector")!;
  await act(async () => { select.dispatchEvent(new MouseEvent("mousedown", { bubbles: true })); });
  const option = await until(() => [...(document.getElementById(`${id}_list`)?.closest(".ant-select-dropdown")?.querySelectorAll<HTMLElement>(".ant-select-item-option") ?? [])]
    .find((o) => o.getAttribute("title") === text), `option ${text}`);
  await act(async () => option.click());
}

describe("editing a draft plan", () => {
  it("removes an item, and a refusal of an added item is shown at its field", { timeout: 120_000 }, async () => {
    const puts: any[] = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === "PUT") {
        const body = JSON.parse(String(init.body));
        puts.push(body);
        if (body.items.length > ITEMS.length) {
          return json(422, { status: 422, rule: "TRANSFER_SOURCE_NOT_NEGATIVE", field: `items[${ITEMS.length}].amount`,
            reason: { en: "the source school would go below zero", zh: "调出学校编制将为负数" } }, "application/problem+json");
        }
        return json(200, { planId: "p1", status: "DRAFT", schoolYear: "2027-2028", items: body.items });
      }
      if (url === "/api/recruitment/plans/p1") return json(200, { planId: "p1", status: "DRAFT", schoolYear: "2027-2028", items: ITEMS });
      if (url === "/api/quota/quotas") return json(200, [{ schoolId: "1370683001", name: "城关一小" }, { schoolId: "1370683002", name: "城关二小" }]);
      return json(200, []);
    }));
    (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
    const div = document.createElement("div");
    document.body.appendChild(div);
    const session = { username: "jiaoyuju", name: "教育局", roles: ["education-bureau" as const], role: "education-bureau" as const, expiresAt: 0 };
    await act(async () => createRoot(div).render(
      <MemoryRouter initialEntries={["/bureau/plans/p1/edit"]}><SessionContext.Provider value={session}><AntApp>
        <Routes><Route path="/bureau/plans/:id/edit" element={<PlanDraftPage />} /></Routes>
      </AntApp></SessionContext.Provider></MemoryRouter>));

    await until(() => div.querySelectorAll("[data-testid=draft-items] tr.ant-table-row").length === 2 || null, "two items");
    expect(div.querySelector("[data-testid=draft-items]")!.textContent).toContain("编制调剂");

    // remove the second item
    const remove = [...div.querySelectorAll<HTMLButtonElement>("[data-testid=draft-items] button")].filter((b) => b.textContent?.replace(/\s/g, "") === "删除")[1];
    await act(async () => remove.click());
    const confirm = await until(() => [...document.querySelectorAll<HTMLButtonElement>(".ant-popconfirm button")].find((b) => b.textContent?.replace(/\s/g, "") === "删除"), "confirm");
    await act(async () => confirm.click());
    await until(() => puts.length === 1 || null, "removal sent");
    expect(puts[0]).toEqual({ items: [ITEMS[0]] });

    // add a transfer the service refuses at its amount
    await choose(div, "fromSchoolId", "城关一小");
    await choose(div, "toSchoolId", "城关二小");
    const amount = div.querySelector<HTMLInputElement>("#amount")!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(amount, "5");
    amount.dispatchEvent(new Event("input", { bubbles: true }));
    const add = [...div.querySelectorAll("button")].find((b) => b.textContent?.replace(/\s/g, "") === "添加")!;
    await act(async () => add.click());
    const error = await until(() => [...div.querySelectorAll(".ant-form-item-explain-error")].find((e) => e.textContent?.includes("负数")), "refusal at 调剂数");
    expect(error.closest(".ant-form-item")?.querySelector("input")?.id).toBe("amount");
    expect(puts[1].items[ITEMS.length]).toEqual({ kind: "QUOTA_TRANSFER", fromSchoolId: "1370683001", toSchoolId: "1370683002", amount: 5 });
  });
});
