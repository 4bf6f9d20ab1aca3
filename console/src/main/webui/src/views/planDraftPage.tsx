import { useMemo, useState } from "react";
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Popconfirm, Radio, Space, Table } from "antd";
import { Link, useParams } from "react-router-dom";
import { api, put } from "../api";
import { label, schoolYear } from "../fmt";
import { EDITABLE, itemOf, refusedAtNewItem, withItem, withoutItem, type NewItem } from "../planDraft";
import { FieldSelect, LoadError, PageTitle, useLoad, useSubmit } from "../ui";
import { ExportButton } from "../ExportButton";
import { itemContent } from "./plans";
import { planItemExport } from "./tableExports";
import { SUBJECTS } from "./subjects";
import { useSchoolNames } from "./teacherFile";

const ITEM_KINDS: Record<string, string> = { TEACHER_MOVE: "教师交流", QUOTA_TRANSFER: "编制调剂", POST_CHANGE: "岗位调整", NEW_HIRE: "新聘" };
const ITEM_FIELDS = ["kind", "fromSchoolId", "toSchoolId", "amount", "schoolId", "action", "category", "subject", "count", "reason"];

/** 编辑方案 (education bureau): a draft or rejected plan's items, one removed or one added at a time. */
export default function PlanDraftPage() {
  const { id } = useParams();
  const plan = useLoad(() => api<any>("recruitment", `/plans/${id}`), [id]);
  const schools = useLoad(() => api<any[]>("quota", "/quotas").catch(() => []), []);
  const school = useSchoolNames();
  const remove = useSubmit(null, []);
  const p = plan.data;
  const items: any[] = Array.isArray(p?.items) ? p.items : p?.items?.items ?? [];
  const editable = EDITABLE.has(p?.status);
  const options = (schools.data ?? []).map((s: any) => ({ value: s.schoolId, label: s.name ?? s.schoolId }));
  return (
    <>
      <PageTitle>编辑调整方案 {p ? schoolYear(p.schoolYear) : ""}</PageTitle>
      <LoadError error={plan.error} />
      {p && (
        <>
          <Descriptions bordered size="small" column={3} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="状态"><span data-testid="draft-status">{label(p.status)}</span></Descriptions.Item>
            <Descriptions.Item label="版本">{p.version ?? "—"}</Descriptions.Item>
            <Descriptions.Item label="生效日期">{p.effectiveDate ?? "—"}</Descriptions.Item>
          </Descriptions>
          {!editable && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="只有草稿或被退回的方案可以修改" />}
          <Card size="small" title={`方案事项（${items.length} 项）`} style={{ marginBottom: 16 }} data-testid="draft-items"
            extra={<ExportButton name="方案事项" rows={items} exportColumns={planItemExport(ITEM_KINDS, school, itemContent)} />}>
            <Table size="small" rowKey={(i: any) => i.itemId ?? JSON.stringify(i)} dataSource={items} pagination={{ pageSize: 20 }}
              columns={[
                { title: "类型", dataIndex: "kind", render: (k: string) => ITEM_KINDS[k] ?? label(k) },
                { title: "学校", render: (_, i: any) => school(i.schoolId ?? i.fromSchoolId) },
                { title: "调入学校", render: (_, i: any) => (i.toSchoolId ? school(i.toSchoolId) : "—") },
                { title: "内容", render: (_, i: any) => itemContent(i) },
                { title: "事由", dataIndex: "reason", render: (r: string) => r ?? "—" },
                ...(editable ? [{ title: "操作", render: (_: unknown, i: any, n: number) => (
                  <Popconfirm title="删除此项？" okText="删除" cancelText="取消" onConfirm={async () => {
                    const index = items.indexOf(i);
                    if (await remove.run(() => put("recruitment", `/plans/${id}`, { items: withoutItem(items, index < 0 ? n : index) }), "已删除")) plan.reload();
                  }}>
                    <Button size="small" danger loading={remove.busy}>删除</Button>
                  </Popconfirm>) }] : []),
              ]} />
          </Card>
          {editable && <AddItem planId={id!} items={items} schools={options} onAdded={plan.reload} />}
        </>
      )}
      <Link to="/bureau/plans">返回方案列表</Link>
    </>
  );
}

function AddItem({ planId, items, schools, onAdded }: { planId: string; items: any[]; schools: Array<{ value: string; label: string }>; onAdded: () => void }) {
  const [form] = Form.useForm();
  const fields = useMemo(() => ITEM_FIELDS, []);
  const { busy, run } = useSubmit(form, fields);
  const [kind, setKind] = useState<NewItem["kind"]>("QUOTA_TRANSFER");
  const required = (message: string) => [{ required: true, message }];
  return (
    <Card size="small" title="添加事项" data-testid="add-item">
      <Form form={form} layout="vertical" initialValues={{ kind: "QUOTA_TRANSFER", action: "ESTABLISH", category: "TEACHING" }}
        onValuesChange={(c) => c.kind && setKind(c.kind)}
        onFinish={async (v: NewItem) => {
          const done = await run(() => refusedAtNewItem(() => put("recruitment", `/plans/${planId}`, { items: withItem(items, itemOf(v)) }), items.length), "事项已添加");
          if (done) { form.resetFields(["amount", "count", "reason"]); onAdded(); }
        }}>
        <Form.Item name="kind" label="类型">
          <Radio.Group options={[{ value: "QUOTA_TRANSFER", label: "编制调剂" }, { value: "POST_CHANGE", label: "岗位调整" }]} />
        </Form.Item>
        {kind === "QUOTA_TRANSFER" ? (
          <Space wrap align="start">
            <Form.Item name="fromSchoolId" label="调出学校" rules={required("请选择调出学校")}>
              <FieldSelect showSearch optionFilterProp="label" options={schools} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="toSchoolId" label="调入学校" rules={required("请选择调入学校")}>
              <FieldSelect showSearch optionFilterProp="label" options={schools} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="amount" label="调剂数（名）" rules={required("请填写调剂数")}><InputNumber min={1} precision={0} /></Form.Item>
          </Space>
        ) : (
          <Space wrap align="start">
            <Form.Item name="schoolId" label="学校" rules={required("请选择学校")}>
              <FieldSelect showSearch optionFilterProp="label" options={schools} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item name="action" label="调整"><Radio.Group options={[{ value: "ESTABLISH", label: "设置" }, { value: "ABOLISH", label: "撤销" }]} /></Form.Item>
            <Form.Item name="category" label="岗位类别" rules={required("请选择岗位类别")}>
              <FieldSelect style={{ width: 170 }} options={["TEACHING", "MANAGEMENT", "SUPPORT"].map((c) => ({ value: c, label: label(c) }))} />
            </Form.Item>
            <Form.Item name="subject" label="学科"><FieldSelect allowClear showSearch optionFilterProp="label" options={SUBJECTS} style={{ width: 140 }} /></Form.Item>
            <Form.Item name="count" label="岗位数" rules={required("请填写岗位数")}><InputNumber min={1} precision={0} /></Form.Item>
          </Space>
        )}
        <Form.Item name="reason" label="事由" rules={[{ max: 500, message: "不超过 500 字" }]}><Input.TextArea rows={2} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>添加</Button>
      </Form>
    </Card>
  );
}
