import { useMemo } from "react";
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Popconfirm, Radio, Space, Table, Typography } from "antd";
import { Link, useParams } from "react-router-dom";
import { api, put } from "../api";
import { date, label, schoolYear } from "../fmt";
import { EDITABLE, ITEM_FIELDS, itemOf, postsFilled, refusedAtNewItem, withItem, withoutItem, type ItemKind, type NewItem } from "../planDraft";
import { FieldSelect, LoadError, PageTitle, useLoad, useSubmit } from "../ui";
import { ExportButton } from "../ExportButton";
import { itemContent } from "./plans";
import { planItemExport } from "./tableExports";
import { SUBJECTS } from "./subjects";
import { useSchoolNames } from "./teacherFile";
import { FORM_NAMES } from "./explain";
import { PostSelect, TeacherSelect } from "./pickers";

const ITEM_KINDS: Record<string, string> = { TEACHER_MOVE: "教师交流", QUOTA_TRANSFER: "编制调剂", POST_CHANGE: "岗位调整", NEW_HIRE: "新聘" };
const CATEGORIES = ["TEACHING", "MANAGEMENT", "SUPPORT"].map((c) => ({ value: c, label: label(c) }));

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
            <Descriptions.Item label="生效日期"><span data-testid="draft-effective-date">{date(p.effectiveDate)}</span></Descriptions.Item>
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
          {editable && <EffectiveDate key={p.effectiveDate} planId={id!} value={p.effectiveDate} onChanged={plan.reload} />}
          {editable && <AddItem planId={id!} items={items} schools={options} onAdded={plan.reload} />}
        </>
      )}
      <Link to="/bureau/plans">返回方案列表</Link>
    </>
  );
}

const KIND_OPTIONS = (["QUOTA_TRANSFER", "POST_CHANGE", "TEACHER_MOVE", "NEW_HIRE"] as const).map((value) => ({ value, label: ITEM_KINDS[value] }));
const MOVE_FORMS = ["SUPPORT_TEACHING", "PAIRED_EXCHANGE", "SHADOWING", "ITINERANT"].map((value) => ({ value, label: FORM_NAMES[value] }));

function AddItem({ planId, items, schools, onAdded }: { planId: string; items: any[]; schools: Array<{ value: string; label: string }>; onAdded: () => void }) {
  const [form] = Form.useForm();
  const { busy, run } = useSubmit(form, ITEM_FIELDS);
  const kind: ItemKind = Form.useWatch("kind", form) ?? "QUOTA_TRANSFER";
  const fromSchoolId = Form.useWatch("fromSchoolId", form);
  const toSchoolId = Form.useWatch("toSchoolId", form);
  const schoolId = Form.useWatch("schoolId", form);
  const moveForm = Form.useWatch("form", form);
  const filled = useMemo(() => postsFilled(items), [items]);
  const required = (message: string) => [{ required: true, message }];
  const schoolSelect = <FieldSelect showSearch optionFilterProp="label" options={schools} style={{ width: 240 }} />;
  return (
    <Card size="small" title="添加事项" data-testid="add-item">
      <Form form={form} layout="vertical" initialValues={{ kind: "QUOTA_TRANSFER", action: "ESTABLISH", category: "TEACHING" }}
        onValuesChange={(c) => {
          // a post or teacher chosen for one school is not one of another
          if ("fromSchoolId" in c) form.setFieldsValue({ teacherId: undefined, fromPostId: undefined });
          if ("toSchoolId" in c) form.setFieldsValue({ toPostId: undefined });
          if ("schoolId" in c) form.setFieldsValue({ postId: undefined });
        }}
        onFinish={async (v: NewItem) => {
          const done = await run(() => refusedAtNewItem(() => put("recruitment", `/plans/${planId}`, { items: withItem(items, itemOf(v)) }), items.length), "事项已添加");
          if (done) { form.resetFields(["amount", "count", "reason", "teacherId", "fromPostId", "toPostId", "postId", "termYears", "returnDate", "hoursPerWeek"]); onAdded(); }
        }}>
        <Form.Item name="kind" label="类型">
          <Radio.Group options={KIND_OPTIONS} />
        </Form.Item>
        {kind === "QUOTA_TRANSFER" && (
          <Space wrap align="start">
            <Form.Item name="fromSchoolId" label="调出学校" rules={required("请选择调出学校")}>{schoolSelect}</Form.Item>
            <Form.Item name="toSchoolId" label="调入学校" rules={required("请选择调入学校")}>{schoolSelect}</Form.Item>
            <Form.Item name="amount" label="调剂数（名）" rules={required("请填写调剂数")}><InputNumber min={1} precision={0} /></Form.Item>
          </Space>
        )}
        {kind === "POST_CHANGE" && (
          <Space wrap align="start">
            <Form.Item name="schoolId" label="学校" rules={required("请选择学校")}>{schoolSelect}</Form.Item>
            <Form.Item name="action" label="调整"><Radio.Group options={[{ value: "ESTABLISH", label: "设置" }, { value: "ABOLISH", label: "撤销" }]} /></Form.Item>
            <Form.Item name="category" label="岗位类别" rules={required("请选择岗位类别")}>
              <FieldSelect style={{ width: 170 }} options={CATEGORIES} />
            </Form.Item>
            <Form.Item name="subject" label="学科"><FieldSelect allowClear showSearch optionFilterProp="label" options={SUBJECTS} style={{ width: 140 }} /></Form.Item>
            <Form.Item name="count" label="岗位数" rules={required("请填写岗位数")}><InputNumber min={1} precision={0} /></Form.Item>
          </Space>
        )}
        {kind === "TEACHER_MOVE" && (
          <>
            <Space wrap align="start">
              <Form.Item name="fromSchoolId" label="调出学校" rules={required("请选择调出学校")}>{schoolSelect}</Form.Item>
              <Form.Item name="teacherId" label="教师" rules={required("请选择教师")}>
                <TeacherSelect schoolId={fromSchoolId} onPicked={(t) => form.setFieldsValue({
                  fromPostId: t?.currentAppointment?.postId, subject: form.getFieldValue("subject") ?? t?.subjects?.[0] })} />
              </Form.Item>
              <Form.Item name="fromPostId" label="现任岗位" rules={required("请先选择在岗教师")} extra="按所选教师的现任聘用自动填写">
                <PostSelect schoolId={fromSchoolId} disabled />
              </Form.Item>
            </Space>
            <Space wrap align="start">
              <Form.Item name="toSchoolId" label="调入学校" rules={required("请选择调入学校")}>{schoolSelect}</Form.Item>
              <Form.Item name="toPostId" label="调入岗位" rules={required("请选择调入岗位")}>
                <PostSelect schoolId={toSchoolId} vacant excluded={filled} onPicked={(p) => p?.subject && form.setFieldsValue({ subject: p.subject })} />
              </Form.Item>
              <Form.Item name="subject" label="任教学科" rules={required("请选择任教学科")}>
                <FieldSelect showSearch optionFilterProp="label" options={SUBJECTS} style={{ width: 140 }} />
              </Form.Item>
            </Space>
            <Space wrap align="start">
              <Form.Item name="form" label="交流形式" extra="不选即为调动">
                <FieldSelect allowClear options={MOVE_FORMS} style={{ width: 150 }} />
              </Form.Item>
              <Form.Item name="termYears" label="交流期限（年）"><InputNumber min={1} max={6} precision={0} /></Form.Item>
              <Form.Item name="returnDate" label="返回日期"><Input type="date" style={{ width: 160 }} /></Form.Item>
              {moveForm === "ITINERANT" && <Form.Item name="hoursPerWeek" label="每周课时"><InputNumber min={1} precision={0} /></Form.Item>}
            </Space>
            <Typography.Paragraph type="secondary">手工添加的教师交流记为教育局调整（来源：教育局）。</Typography.Paragraph>
          </>
        )}
        {kind === "NEW_HIRE" && (
          <Space wrap align="start">
            <Form.Item name="schoolId" label="学校" rules={required("请选择学校")}>{schoolSelect}</Form.Item>
            <Form.Item name="postId" label="空缺岗位" rules={required("请选择空缺岗位")} extra="新聘人员经公开招聘补充此岗位">
              <PostSelect schoolId={schoolId} vacant excluded={filled} onPicked={(p) => p && form.setFieldsValue({ category: p.category, subject: p.subject ?? undefined })} />
            </Form.Item>
            <Form.Item name="category" label="岗位类别" rules={required("请选择岗位类别")}>
              <FieldSelect style={{ width: 170 }} options={CATEGORIES} />
            </Form.Item>
            <Form.Item name="subject" label="学科"><FieldSelect allowClear showSearch optionFilterProp="label" options={SUBJECTS} style={{ width: 140 }} /></Form.Item>
          </Space>
        )}
        <Form.Item name="reason" label="事由" rules={[{ max: 500, message: "不超过 500 字" }]}><Input.TextArea rows={2} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>添加</Button>
      </Form>
    </Card>
  );
}

/**
 * The plan's effective date, changed while it is a draft or rejected (the service takes it on the same
 * revision as the items); a date outside the school year is refused at the field.
 */
function EffectiveDate({ planId, value, onChanged }: { planId: string; value?: string; onChanged: () => void }) {
  const [form] = Form.useForm();
  const fields = useMemo(() => ["effectiveDate"], []);
  const { busy, run } = useSubmit(form, fields);
  return (
    <Card size="small" title="生效日期" style={{ marginBottom: 16 }} data-testid="effective-date">
      <Form form={form} layout="inline" initialValues={{ effectiveDate: value }}
        onFinish={async (v) => { if (await run(() => put("recruitment", `/plans/${planId}`, { effectiveDate: v.effectiveDate }), "生效日期已修改")) onChanged(); }}>
        <Form.Item name="effectiveDate" label="生效日期" rules={[{ required: true, message: "请填写生效日期" }]}
          extra="方案经编办和人社同意后，自生效日期起方可实施；须在本学年内（自学年第一年1月1日至学年结束）">
          <Input type="date" style={{ width: 160 }} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>修改生效日期</Button>
      </Form>
    </Card>
  );
}
