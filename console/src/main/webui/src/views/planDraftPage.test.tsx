import { afterEach, describe, expect, it, vi } from "vitest";
import { act } from "react";
import PlanDraftPage from "./planDraftPage";
import { button, choose, json, render, type, until } from "../testing";

afterEach(() => vi.unstubAllGlobals());

const ITEMS = [
  { itemId: "i1", kind: "QUOTA_TRANSFER", fromSchoolId: "1370683001", toSchoolId: "1370683002", amount: 2, reason: "学生减少" },
  { itemId: "i2", kind: "POST_CHANGE", schoolId: "1370683002", action: "ESTABLISH", category: "TEACHING", subject: "MATHEMATICS", count: 1 },
];
const PLAN = { planId: "p1", status: "DRAFT", schoolYear: "2027-2028", effectiveDate: "2027-09-01", items: ITEMS };
const SCHOOLS = [{ schoolId: "1370683001", name: "城关一小" }, { schoolId: "1370683002", name: "城关二小" }];
const TEACHER = { teacherId: "t1", name: "林晓东", subjects: ["MATHEMATICS"], currentAppointment: { postId: "post-home-1", schoolId: "1370683001" } };
const POSTS: Record<string, any[]> = {
  "1370683001": [{ postId: "post-home-1", schoolId: "1370683001", category: "TEACHING", subject: "MATHEMATICS", level: "FIRST", state: "OCCUPIED" }],
  "1370683002": [{ postId: "post-away-1", schoolId: "1370683002", category: "TEACHING", subject: "MATHEMATICS", level: "SECOND", state: "VACANT" },
    { postId: "post-away-2", schoolId: "1370683002", category: "SUPPORT", subject: null, level: "THIRD", state: "VACANT" }],
};
const refusal = (status: number, rule: string, field: string, zh: string) =>
  json(status, { status, rule, field, reason: { en: rule, zh } }, "application/problem+json");

/** The recruitment and quota answers of a draft plan; {@code refuse} answers a PUT instead of taking it. */
function service(puts: any[], refuse?: (body: any) => Response | undefined) {
  vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === "PUT") {
      const body = JSON.parse(String(init.body));
      puts.push(body);
      return refuse?.(body) ?? json(200, { ...PLAN, ...body, items: body.items ?? ITEMS });
    }
    if (url === "/api/recruitment/plans/p1") return json(200, PLAN);
    if (url === "/api/quota/quotas") return json(200, SCHOOLS);
    if (url === "/api/recruitment/teachers?schoolId=1370683001&size=500") return json(200, [TEACHER]);
    const posts = /^\/api\/recruitment\/posts\?schoolId=(\d+)(&vacant=true)?$/.exec(url);
    if (posts) return json(200, (POSTS[posts[1]] ?? []).filter((p) => !posts[2] || p.state === "VACANT"));
    return json(200, []);
  }));
}

const openDraft = () => render(<PlanDraftPage />, { at: "/bureau/plans/p1/edit", path: "/bureau/plans/:id/edit" });
const kind = async (div: HTMLElement, name: string) => {
  const radio = [...div.querySelectorAll<HTMLInputElement>("[data-testid=add-item] input[type=radio]")].find((r) => r.closest("label")?.textContent === name)!;
  await act(async () => radio.click());
};
const errorAt = (div: HTMLElement, id: string, text: string) => until(() => [...div.querySelectorAll(".ant-form-item-explain-error")]
  .find((e) => e.textContent?.includes(text) && e.closest(".ant-form-item")?.querySelector(`#${id}`)), `refusal at ${id}`);

describe("editing a draft plan", () => {
  it("removes an item, and a refusal of an added item is shown at its field", { timeout: 120_000 }, async () => {
    const puts: any[] = [];
    service(puts, (body) => (body.items.length > ITEMS.length
      ? refusal(422, "TRANSFER_SOURCE_NOT_NEGATIVE", `items[${ITEMS.length}].amount`, "调出学校编制将为负数") : undefined));
    const div = await openDraft();

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
    await choose("fromSchoolId", "城关一小");
    await choose("toSchoolId", "城关二小");
    await type(div.querySelector<HTMLInputElement>("#amount")!, "5");
    await act(async () => button("添加", div)!.click());
    await errorAt(div, "amount", "负数");
    expect(puts[1].items[ITEMS.length]).toEqual({ kind: "QUOTA_TRANSFER", fromSchoolId: "1370683001", toSchoolId: "1370683002", amount: 5 });
  });

  it("adds a teacher's move by hand: the teacher's post filled in, the destination a vacant post, a refusal at its field", { timeout: 120_000 }, async () => {
    const puts: any[] = [];
    service(puts, (body) => (body.items.length > ITEMS.length
      ? refusal(422, "MOVE_TERM_YEARS", `items[${ITEMS.length}].termYears`, "交流期限为1至6年") : undefined));
    const div = await openDraft();
    await until(() => div.querySelectorAll("[data-testid=draft-items] tr.ant-table-row").length === 2 || null, "two items");

    await kind(div, "教师交流");
    await choose("fromSchoolId", "城关一小");
    await choose("teacherId", "林晓东（数学）");
    // the teacher's current post is filled in from the appointment, shown by what it is
    await until(() => div.querySelector("[data-testid=add-item]")!.textContent?.includes("一级教师") || null, "the teacher's post");
    await choose("toSchoolId", "城关二小");
    await choose("toPostId", "专业技术（教师） · 数学 · 二级教师 · 编号 post-awa");
    await choose("form", "支教");
    await type(div.querySelector<HTMLInputElement>("#termYears")!, "3");
    await type(div.querySelector<HTMLInputElement>("#returnDate")!, "2030-08-31");
    await act(async () => button("添加", div)!.click());

    await errorAt(div, "termYears", "交流期限为1至6年");
    expect(puts[0].items.slice(0, ITEMS.length)).toEqual(ITEMS);
    expect(puts[0].items[ITEMS.length]).toEqual({ kind: "TEACHER_MOVE", teacherId: "t1", fromSchoolId: "1370683001", fromPostId: "post-home-1",
      toSchoolId: "1370683002", toPostId: "post-away-1", subject: "MATHEMATICS", form: "SUPPORT_TEACHING", termYears: 3, returnDate: "2030-08-31",
      source: "BUREAU" });
  });

  it("adds a new hire for a vacant post, its category from the post", { timeout: 120_000 }, async () => {
    const puts: any[] = [];
    service(puts);
    const div = await openDraft();
    await until(() => div.querySelectorAll("[data-testid=draft-items] tr.ant-table-row").length === 2 || null, "two items");

    await kind(div, "新聘");
    await choose("schoolId", "城关二小");
    await choose("postId", "工勤 · 三级教师 · 编号 post-awa");
    await type(div.querySelector<HTMLTextAreaElement>("#reason")!, "退休空缺");
    await act(async () => button("添加", div)!.click());
    await until(() => puts.length === 1 || null, "new hire sent");
    expect(puts[0].items[ITEMS.length]).toEqual({ kind: "NEW_HIRE", schoolId: "1370683002", postId: "post-away-2", category: "SUPPORT", reason: "退休空缺" });
  });

  it("changes the effective date; a date outside the school year is refused at the field", { timeout: 120_000 }, async () => {
    const puts: any[] = [];
    service(puts, (body) => (body.effectiveDate === "2029-01-01"
      ? refusal(422, "PLAN_EFFECTIVE_IN_YEAR", "effectiveDate", "2027-2028 学年方案的实施日期须在 2027-01-01 至 2028-08-31 之间") : undefined));
    const div = await openDraft();
    const input = await until(() => div.querySelector<HTMLInputElement>("[data-testid=effective-date] #effectiveDate"), "effective date");
    expect(input.value).toBe("2027-09-01");

    await type(input, "2029-01-01");
    await act(async () => button("修改生效日期", div)!.click());
    await errorAt(div, "effectiveDate", "实施日期须在");
    await type(input, "2027-10-08");
    await act(async () => button("修改生效日期", div)!.click());
    await until(() => puts.length === 2 || null, "second change sent");
    expect(puts).toEqual([{ effectiveDate: "2029-01-01" }, { effectiveDate: "2027-10-08" }]);
  });
});
