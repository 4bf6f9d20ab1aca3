import { describe, expect, it } from "vitest";
import { tableOf } from "../xlsx";
import { BUREAU_PLAN_EXPORT, CAMPAIGN_EXPORT, HR_PLAN_EXPORT, OFFICE_PLAN_EXPORT, PLAN_CHECK_EXPORT, PLAN_ITEM_EXPORT } from "./tableExports";

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
    expect(tableOf(PLAN_CHECK_EXPORT, [{ rule: "LEADERSHIP_WITHIN_QUOTA", passed: false, blocking: false, detailZh: "说明" }]).rows[0])
      .toEqual(["LEADERSHIP_WITHIN_QUOTA", "提示", "说明"]);
    expect(tableOf(PLAN_ITEM_EXPORT, [{ type: "QUOTA_TRANSFER", fromSchoolId: "1370683001", toSchoolId: "1370683002", amount: 3 }]).rows[0])
      .toEqual([expect.any(String), "1370683001", "1370683002", 3]);
  });
});
