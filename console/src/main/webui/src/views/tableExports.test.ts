import { describe, expect, it } from "vitest";
import { tableOf } from "../xlsx";
import { BUREAU_PLAN_EXPORT, CAMPAIGN_EXPORT, HR_PLAN_EXPORT, OFFICE_PLAN_EXPORT, planCheckExport, planItemExport } from "./tableExports";

describe("campaigns and plans as Excel", () => {
  it("a campaign: kind and status in Chinese, the number of posts as a number", () => {
    const t = tableOf(CAMPAIGN_EXPORT, [{ campaignId: "c1", title: "2026年校际竞聘", kind: "INTERNAL", postIds: ["p1", "p2"], status: "OPEN" }]);
    expect(t.rows[0]).toEqual(["2026年校际竞聘", "校际竞聘", 2, "进行中", null, null]);
  });
  it("a plan: the school year, both offices' decisions in Chinese", () => {
    const plan = { schoolYear: "2026-2027", version: 2, status: "REJECTED", staffingOfficeDecision: { decision: "REJECT" }, hrDecision: "APPROVE" };
    expect(tableOf(BUREAU_PLAN_EXPORT, [plan]).rows[0]).toEqual(["2026—2027学年", 2, "已退回", "退回", "同意", null]);
    expect(tableOf(OFFICE_PLAN_EXPORT, [{ ...plan, blockingChecksPassed: false }]).rows[0]).toEqual(["2026—2027学年", 2, "已退回", null, "未通过"]);
    expect(tableOf(HR_PLAN_EXPORT, [{ ...plan, status: "PENDING" }]).rows[0]).toEqual(["2026—2027学年", 2, "待审批"]);
  });
  it("a plan's checks and items", () => {
    const checks = planCheckExport({ LEADERSHIP_WITHIN_QUOTA: "领导职数在核定编制内" });
    expect(tableOf(checks, [{ rule: "LEADERSHIP_WITHIN_QUOTA", passed: false, blocking: true, detailZh: "说明" }]).rows[0])
      .toEqual(["领导职数在核定编制内", "LEADERSHIP_WITHIN_QUOTA", "未通过", "说明"]);
    expect(tableOf(checks, [{ rule: "OTHER_RULE", passed: false, blocking: false }]).rows[0]).toEqual(["OTHER_RULE", "OTHER_RULE", "提示", null]);
    const items = planItemExport({ QUOTA_TRANSFER: "编制调剂" }, (id) => (id === "1370683001" ? "城关一小" : id), (i) => `编制 ${i.amount} 名`);
    expect(tableOf(items, [{ kind: "QUOTA_TRANSFER", fromSchoolId: "1370683001", toSchoolId: "1370683002", amount: 3 }]).rows[0])
      .toEqual(["编制调剂", "城关一小", "1370683002", "编制 3 名", null]);
  });
});
