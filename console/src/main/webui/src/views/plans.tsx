import { Card, Table, Tag, Typography } from "antd";
import { date, label, leadershipRoleName, num } from "../fmt";
import { FORM_NAMES } from "./explain";
import { subjectName } from "./subjects";
import { useSchoolNames } from "./teacherFile";
import { ExportButton } from "../ExportButton";
import { planCheckExport, planItemExport } from "./tableExports";

/** The plan checks of quota-service (编办) and post-service (人社), by rule. */
export const CHECK_NAMES: Record<string, string> = {
  TRANSFER_ITEMS_COMPLETE: "编制调剂要素齐全",
  TRANSFER_SCHOOLS_KNOWN: "调剂学校已登记",
  TRANSFER_AMOUNT_POSITIVE: "调剂数为正",
  TRANSFER_DISTINCT_SCHOOLS: "调出、调入学校不同",
  TRANSFER_WITHIN_POOL: "不跨编制池调剂",
  TRANSFER_SOURCE_NOT_NEGATIVE: "调出学校编制不为负",
  POOL_WITHIN_TOTAL: "编制池不超总量",
  STAFF_WITHIN_QUOTA: "在编人数不超核定编制",
  LEADERSHIP_WITHIN_QUOTA: "领导职数在核定编制内",
  PLAN_POST_CHANGES_VALID: "岗位调整有效",
  PLAN_POST_STRUCTURE: "岗位结构比例",
  PLAN_SCHOOLS_WITHIN_QUOTA: "各校岗位不超核定编制",
  PLAN_TARGET_POSTS_VACANT: "调入岗位为空缺岗位",
  LEADERSHIP_POSTS_WITHIN_REGULATION: "领导岗位不超机构编制规定",
};

/** A plan's automatic checks: failed blocking checks stop approval; warnings inform the decision. */
export function PlanChecks({ checks }: { checks?: any[] }) {
  return (
    <Card title="自动检查" size="small" style={{ marginBottom: 16 }} extra={<ExportButton name="方案自动检查" testId="plan-checks-xlsx" rows={checks} exportColumns={planCheckExport(CHECK_NAMES)} />}>
      <Table size="small" rowKey={(c: any) => c.rule} dataSource={checks ?? []} pagination={false}
        columns={[
          { title: "检查项", dataIndex: "rule", render: (r: string) => CHECK_NAMES[r]
            ? <>{CHECK_NAMES[r]}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r}</Typography.Text></> : r },
          { title: "结果", render: (_, c: any) => (c.passed ? <Tag color="green">通过</Tag> : <Tag color={c.blocking === false ? "gold" : "red"}>{c.blocking === false ? "提示" : "未通过"}</Tag>) },
          { title: "说明", render: (_, c: any) => c.detailZh ?? c.detail },
        ]} />
    </Card>
  );
}

const KIND_NAMES: Record<string, string> = { TEACHER_MOVE: "教师交流", QUOTA_TRANSFER: "编制调剂", POST_CHANGE: "岗位调整", NEW_HIRE: "新聘" };
const ACTION_NAMES: Record<string, string> = { ESTABLISH: "设置", ABOLISH: "撤销" };

/** What one plan item does, in a sentence. */
export function itemContent(i: any): string {
  switch (i.kind) {
    case "TEACHER_MOVE":
      return [`${subjectName(i.subject)}教师 1 名`, i.form && (FORM_NAMES[i.form] ?? i.form), i.returnDate && `${date(i.returnDate)}返回`].filter(Boolean).join("，");
    case "QUOTA_TRANSFER":
      return `编制 ${num(i.amount)} 名`;
    case "POST_CHANGE":
      return `${ACTION_NAMES[i.action] ?? i.action ?? ""}${label(i.category)}岗位 ${num(i.count ?? i.postIds?.length)} 个${i.subject ? `（${subjectName(i.subject)}）` : ""}${i.leadershipRole ? `（${leadershipRoleName(i.leadershipRole)}）` : ""}`;
    case "NEW_HIRE":
      return `新聘${label(i.category)}${i.subject ? `（${subjectName(i.subject)}）` : ""}`;
    default:
      return "—";
  }
}

export function PlanItems({ plan }: { plan: any }) {
  const items: any[] = Array.isArray(plan.items) ? plan.items : plan.items?.items ?? [];
  const school = useSchoolNames();
  return (
    <Card title={`方案事项（${num(items.length)} 项）`} size="small" extra={<ExportButton name="方案事项" testId="plan-items-xlsx" rows={items} exportColumns={planItemExport(KIND_NAMES, school, itemContent)} />}>
      <Table size="small" rowKey={(i: any, n) => i.itemId ?? String(n)} dataSource={items} pagination={{ pageSize: 10 }}
        columns={[
          { title: "类型", dataIndex: "kind", render: (k: string) => KIND_NAMES[k] ?? label(k) },
          { title: "学校", render: (_, i: any) => school(i.schoolId ?? i.fromSchoolId) },
          { title: "调入学校", render: (_, i: any) => (i.toSchoolId ? school(i.toSchoolId) : "—") },
          { title: "内容", render: (_, i: any) => itemContent(i) },
          { title: "事由", dataIndex: "reason", render: (r: string) => r ?? "—" },
        ]} />
    </Card>
  );
}
