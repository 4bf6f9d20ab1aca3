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

export const PLAN_CHECK_EXPORT: XlsxColumn<any>[] = [
  { header: "检查项", value: (c) => c.rule }, { header: "结果", value: (c) => (c.passed ? "通过" : c.blocking ? "未通过" : "提示") },
  { header: "说明", value: (c) => c.detailZh ?? c.detail ?? null },
];

export const PLAN_ITEM_EXPORT: XlsxColumn<any>[] = [
  { header: "类型", value: (i) => label(i.type) }, { header: "学校", value: (i) => i.schoolId ?? i.fromSchoolId ?? null },
  { header: "至", value: (i) => i.toSchoolId ?? null }, { header: "数量/教师", value: (i) => i.amount ?? i.count ?? i.teacherId ?? null },
];
