import { Card, Table, Tag } from "antd";
import { label, num } from "../fmt";
import { ExportButton } from "../ExportButton";
import { PLAN_CHECK_EXPORT, PLAN_ITEM_EXPORT } from "./tableExports";

/** A plan's automatic checks: failed blocking checks stop approval; warnings inform the decision. */
export function PlanChecks({ checks }: { checks?: any[] }) {
  return (
    <Card title="自动检查" size="small" style={{ marginBottom: 16 }} extra={<ExportButton name="方案自动检查" testId="plan-checks-xlsx" rows={checks} exportColumns={PLAN_CHECK_EXPORT} />}>
      <Table size="small" rowKey={(c: any) => c.rule} dataSource={checks ?? []} pagination={false}
        columns={[
          { title: "检查项", dataIndex: "rule" },
          { title: "结果", render: (_, c: any) => (c.passed ? <Tag color="green">通过</Tag> : <Tag color={c.blocking ? "red" : "gold"}>{c.blocking ? "未通过" : "提示"}</Tag>) },
          { title: "说明", render: (_, c: any) => c.detailZh ?? c.detail },
        ]} />
    </Card>
  );
}

export function PlanItems({ plan }: { plan: any }) {
  const items: any[] = Array.isArray(plan.items) ? plan.items : plan.items?.items ?? [];
  return (
    <Card title={`方案事项（${num(items.length)} 项）`} size="small" extra={<ExportButton name="方案事项" testId="plan-items-xlsx" rows={items} exportColumns={PLAN_ITEM_EXPORT} />}>
      <Table size="small" rowKey={(i: any, n) => i.itemId ?? String(n)} dataSource={items} pagination={{ pageSize: 10 }}
        columns={[
          { title: "类型", dataIndex: "type", render: label },
          { title: "学校", render: (_, i: any) => i.schoolId ?? i.fromSchoolId ?? "—" },
          { title: "至", render: (_, i: any) => i.toSchoolId ?? "—" },
          { title: "数量/教师", render: (_, i: any) => i.amount ?? i.count ?? i.teacherId ?? "—" },
        ]} />
    </Card>
  );
}
