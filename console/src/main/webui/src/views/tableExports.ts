// Export columns of the campaigns' and plans' tables: what each table shows, codes in Chinese,
// numbers as numbers (so a sheet sums them), dates as zh-CN text.
import { dateTime, label, schoolYear } from "../fmt";
import type { XlsxColumn } from "../xlsx";

export const CAMPAIGN_KIND_NAMES: Record<string, string> = { OPEN: "公开招聘", INTERNAL: "校际竞聘" };

const decision = (d: any) => {
  const code = d?.decision ?? d;
  return code ? label(String(code)) : null;
};

export const CAMPAIGN_EXPORT: XlsxColumn<any>[] = [
  { header: "名称", value: (c) => c.title ?? c.campaignId }, { header: "类型", value: (c) => CAMPAIGN_KIND_NAMES[c.kind] ?? c.kind },
  { header: "岗位数", value: (c) => c.postIds?.length ?? null }, { header: "状态", value: (c) => label(c.status) },
  { header: "报名开始", value: (c) => (c.opensAt ? dateTime(c.opensAt) : null) }, { header: "报名截止", value: (c) => (c.closesAt ? dateTime(c.closesAt) : null) },
];

/** The bureau's plans: both offices' decisions. */
export const BUREAU_PLAN_EXPORT: XlsxColumn<any>[] = [
  { header: "学年", value: (p) => schoolYear(p.schoolYear) }, { header: "版本", value: (p) => p.version },
  { header: "状态", value: (p) => label(p.status) }, { header: "编办", value: (p) => decision(p.staffingOfficeDecision) },
  { header: "人社", value: (p) => decision(p.hrDecision) }, { header: "更新", value: (p) => (p.updatedAt ? dateTime(p.updatedAt) : null) },
];

/** The staffing office's plans received: the automatic checks' result. */
export const OFFICE_PLAN_EXPORT: XlsxColumn<any>[] = [
  { header: "学年", value: (p) => schoolYear(p.schoolYear) }, { header: "版本", value: (p) => p.version },
  { header: "状态", value: (p) => label(p.status) }, { header: "收到时间", value: (p) => (p.receivedAt ? dateTime(p.receivedAt) : null) },
  { header: "自动检查", value: (p) => (p.blockingChecksPassed === undefined ? null : p.blockingChecksPassed ? "通过" : "未通过") },
];

/** HR's plans to decide. */
export const HR_PLAN_EXPORT: XlsxColumn<any>[] = [
  { header: "学年", value: (p) => schoolYear(p.schoolYear) }, { header: "版本", value: (p) => p.version }, { header: "状态", value: (p) => label(p.status) },
];

/** A plan's checks: the rule's name in Chinese beside its code, the result, the detail. */
export function planCheckExport(names: Record<string, string>): XlsxColumn<any>[] {
  return [
    { header: "检查项", value: (c) => names[c.rule] ?? c.rule }, { header: "规则", value: (c) => c.rule },
    { header: "结果", value: (c) => (c.passed ? "通过" : c.blocking === false ? "提示" : "未通过") },
    { header: "说明", value: (c) => c.detailZh ?? c.detail ?? null },
  ];
}

/** A plan's items as the table shows them: kind, schools by name, what the item does, its reason. */
export function planItemExport(kinds: Record<string, string>, school: (id: string) => string, content: (item: any) => string): XlsxColumn<any>[] {
  return [
    { header: "类型", value: (i) => kinds[i.kind] ?? label(i.kind) }, { header: "学校", value: (i) => school(i.schoolId ?? i.fromSchoolId) },
    { header: "调入学校", value: (i) => (i.toSchoolId ? school(i.toSchoolId) : null) }, { header: "内容", value: (i) => content(i) },
    { header: "事由", value: (i) => i.reason ?? null },
  ];
}
