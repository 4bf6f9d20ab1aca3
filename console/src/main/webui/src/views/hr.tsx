import { useEffect, useState } from "react";
import { Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from "antd";
import { Link, Route, Routes, useParams } from "react-router-dom";
import { api, del, post } from "../api";
import { dateTime, label, num, schoolYear } from "../fmt";
import { query, slice } from "../paging";
import { FieldSelect, LoadError, PageTitle, TodoList, useLoad, useSubmit } from "../ui";
import { ExportButton } from "../ExportButton";
import { useFormDraft } from "../drafts";
import { PlanChecks, PlanItems } from "./plans";
import { SUBJECTS } from "./subjects";
import { HR_PLAN_EXPORT } from "./tableExports";

export default function HrViews() {
  return (
    <Routes>
      <Route index element={<Home />} />
      <Route path="posts" element={<SchoolPicker />} />
      <Route path="posts/:schoolId" element={<SchoolPosts />} />
      <Route path="vacancies" element={<Vacancies />} />
      <Route path="summaries" element={<Summaries />} />
      <Route path="plans" element={<Plans />} />
      <Route path="plans/:id" element={<PlanPage />} />
    </Routes>
  );
}

function Home() {
  const plans = useLoad(() => api<any[]>("post", "/plans?status=PENDING").catch(() => []), []);
  return (
    <>
      <PageTitle>人社工作台</PageTitle>
      <TodoList loading={plans.loading} items={(plans.data ?? []).map((p: any) => ({ text: `${schoolYear(p.schoolYear)}调整方案待人社审批（第${p.version}版）`, to: `/hr/plans/${p.planId}` }))} />
      <Summaries />
    </>
  );
}

function SchoolPicker() {
  const { data, error, loading } = useLoad(() => api<any[]>("post", "/post-summaries"), []);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  return (
    <>
      <PageTitle>学校岗位</PageTitle>
      <LoadError error={error} />
      <Table rowKey="schoolId" loading={loading} dataSource={slice(data ?? [], page)}
        pagination={{ ...page, total: data?.length, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
        columns={[
          { title: "学校", dataIndex: "schoolId", render: (id, r: any) => <Link to={`/hr/posts/${id}`}>{r.schoolName ?? id}</Link> },
          { title: "核定编制", dataIndex: "quota", align: "right", render: num },
          { title: "已设岗位", dataIndex: "established", align: "right", render: num },
          { title: "空缺", dataIndex: "vacant", align: "right", render: num },
        ]} />
    </>
  );
}

/** The school a posts page is about, by the name post-service's summary gives; its code only while no name is known. */
export const schoolHeading = (summary: { schoolName?: string | null } | undefined, schoolId: string, loading: boolean) =>
  summary?.schoolName ?? (loading ? "" : schoolId);

function SchoolPosts() {
  const { schoolId } = useParams();
  const posts = useLoad(() => api<any[]>("post", `/schools/${schoolId}/posts`), [schoolId]);
  const summary = useLoad(() => api<any>("post", `/schools/${schoolId}/post-summary`), [schoolId]);
  const [form] = Form.useForm();
  const { busy, run } = useSubmit(form, ["category", "subject", "level", "count", "reason"]);
  const draft = useFormDraft(form, `hr-posts:${schoolId}`);
  const act = useSubmit(null, []);
  const refresh = () => { posts.reload(); summary.reload(); };
  return (
    <>
      <PageTitle>学校岗位 · <span data-testid="posts-school">{schoolHeading(summary.data, schoolId!, summary.loading)}</span></PageTitle>
      <LoadError error={posts.error} />
      <Card title="设置岗位（在核定编制内）" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={{ category: "TEACHING", count: 1 }} onValuesChange={draft.onValuesChange}
          onFinish={async (v) => { if (await run(() => post("post", `/schools/${schoolId}/posts`, v), "岗位已设置")) { draft.clear(); form.resetFields(); refresh(); } }}>
          <Form.Item name="category" label="岗位类别" rules={[{ required: true }]}>
            <FieldSelect style={{ width: 170 }} options={["TEACHING", "MANAGEMENT", "SUPPORT"].map((c) => ({ value: c, label: label(c) }))} />
          </Form.Item>
          <Form.Item name="subject" label="学科"><Select allowClear style={{ width: 120 }} options={SUBJECTS} /></Form.Item>
          <Form.Item name="count" label="岗位数" rules={[{ required: true, message: "请填写岗位数" }]}><InputNumber min={1} precision={0} /></Form.Item>
          <Form.Item name="reason" label="事由"><Input /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>设置岗位</Button>
        </Form>
        {summary.data && <p style={{ marginTop: 12 }}>核定编制 {num(summary.data.quota)}，已设岗位 {num(summary.data.established)}，空缺 {num(summary.data.vacant)}</p>}
      </Card>
      <Table rowKey="postId" loading={posts.loading} dataSource={posts.data} pagination={{ pageSize: 20 }}
        columns={[
          { title: "类别", dataIndex: "category", render: label },
          { title: "学科", dataIndex: "subject", render: (s) => SUBJECTS.find((x) => x.value === s)?.label ?? s ?? "—" },
          { title: "状态", dataIndex: "status", render: (s) => <Tag>{label(s)}</Tag> },
          { title: "设立时间", dataIndex: "establishedAt", render: dateTime },
          { title: "操作", render: (_, p: any) => (
            <Space>
              {p.status === "VACANT" && <Button size="small" loading={act.busy} onClick={async () => { if (await act.run(() => post("post", `/posts/${p.postId}/freeze`, { reason: "冻结" }), "已冻结")) refresh(); }}>冻结</Button>}
              {p.status === "FROZEN" && <Button size="small" loading={act.busy} onClick={async () => { if (await act.run(() => post("post", `/posts/${p.postId}/unfreeze`, {}), "已解冻")) refresh(); }}>解冻</Button>}
              {p.status !== "ABOLISHED" && <Popconfirm title="确认撤销该岗位？" okText="撤销" cancelText="取消" onConfirm={async () => { if (await act.run(() => del("post", `/posts/${p.postId}?reason=${encodeURIComponent("撤销")}`), "已撤销")) refresh(); }}>
                <Button size="small" danger>撤销</Button></Popconfirm>}
            </Space>) },
        ]} />
    </>
  );
}

const subjectLabel = (s: string | null) => SUBJECTS.find((x) => x.value === s)?.label ?? s ?? "—";

const VACANCY_COLUMNS = [
  { title: "学校", dataIndex: "schoolName", render: (n: string, r: any) => n ?? r.schoolId },
  { title: "类别", dataIndex: "category", render: label },
  { title: "学科", dataIndex: "subject", render: subjectLabel },
  { title: "城乡", dataIndex: "location", render: label },
];

function Vacancies() {
  const [filters, setFilters] = useState<any>({});
  const { data, error, loading } = useLoad(() => api<any[]>("post", "/vacancies" + query(filters)), [JSON.stringify(filters)]);
  return (
    <>
      <PageTitle>空缺岗位</PageTitle>
      <Form layout="inline" style={{ marginBottom: 16 }} onValuesChange={(_, all) => setFilters(all)}>
        <Form.Item name="subject" label="学科"><Select allowClear style={{ width: 140 }} options={SUBJECTS} /></Form.Item>
        <Form.Item name="location" label="城乡"><Select allowClear style={{ width: 120 }} options={["URBAN", "TOWN", "RURAL"].map((l) => ({ value: l, label: label(l) }))} /></Form.Item>
        <ExportButton name="空缺岗位" rows={data} columns={VACANCY_COLUMNS} />
      </Form>
      <LoadError error={error} />
      <Table rowKey="postId" loading={loading} dataSource={data} pagination={{ pageSize: 20 }} columns={VACANCY_COLUMNS} />
    </>
  );
}

const SUMMARY_COLUMNS = [
  { title: "学校", dataIndex: "schoolId", render: (id: string, r: any) => <Link to={`/hr/posts/${id}`}>{r.schoolName ?? id}</Link> },
  { title: "核定编制", dataIndex: "quota", align: "right" as const, render: num },
  { title: "已设岗位", dataIndex: "established", align: "right" as const, render: num },
  { title: "在岗", dataIndex: "occupied", align: "right" as const, render: num },
  { title: "空缺", dataIndex: "vacant", align: "right" as const, render: num },
];

function Summaries() {
  const { data, error, loading } = useLoad(() => api<any[]>("post", "/post-summaries"), []);
  return (
    <>
      <PageTitle>岗位汇总</PageTitle>
      <Card title="各校岗位汇总" extra={<ExportButton name="各校岗位汇总" rows={data} columns={[{ title: "学校标识码", dataIndex: "schoolId" }, { title: "学校", dataIndex: "schoolName" }, ...SUMMARY_COLUMNS.slice(1)]} />}>
        <LoadError error={error} />
        <Table size="small" rowKey="schoolId" loading={loading} dataSource={data} pagination={{ pageSize: 10 }} columns={SUMMARY_COLUMNS} />
      </Card>
    </>
  );
}

function Plans() {
  const { data, error, loading } = useLoad(() => api<any[]>("post", "/plans"), []);
  return (
    <>
      <PageTitle>方案审批</PageTitle>
      <LoadError error={error} />
      <div style={{ textAlign: "right", marginBottom: 8 }}><ExportButton name="方案审批" testId="plans-xlsx" rows={data} exportColumns={HR_PLAN_EXPORT} /></div>
      <Table rowKey={(r: any) => r.planId + ":" + r.version} loading={loading} dataSource={data}
        columns={[
          { title: "学年", dataIndex: "schoolYear", render: (y, r: any) => <Link to={`/hr/plans/${r.planId}`}>{schoolYear(y)}</Link> },
          { title: "版本", dataIndex: "version" },
          { title: "状态", dataIndex: "status", render: label },
        ]} />
    </>
  );
}

function PlanPage() {
  const { id } = useParams();
  const { data: plan, error, reload } = useLoad(() => api<any>("post", `/plans/${id}`), [id]);
  const [form] = Form.useForm();
  const draft = useFormDraft(form, `hr-plan-decision:${id}`, { restoreOnMount: false });
  // the form shows once the plan is loaded and pending: then what was typed before comes back
  useEffect(() => {
    if (plan?.status === "PENDING") draft.restore();
  }, [plan?.status, draft]);
  const { busy, run } = useSubmit(form, ["reasons"]);
  const decide = async (decision: string) => {
    const reasons = String(form.getFieldValue("reasons") ?? "").split(/\n+/).map((s) => s.trim()).filter(Boolean);
    if (await run(() => post("post", `/plans/${id}/decision`, { decision, reasons, version: plan.version }), decision === "APPROVE" ? "已同意" : "已退回")) { draft.clear(); reload(); }
  };
  return (
    <>
      <PageTitle>方案审批 {plan ? schoolYear(plan.schoolYear) : ""}</PageTitle>
      <LoadError error={error} />
      {plan && (
        <>
          <p>状态：{label(plan.status)}</p>
          <PlanChecks checks={plan.checks} />
          <PlanItems plan={plan} />
          {plan.status === "PENDING" && (
            <Form form={form} layout="vertical" style={{ marginTop: 16, maxWidth: 600 }} onValuesChange={draft.onValuesChange}>
              <Form.Item name="reasons" label="意见（退回时必填，每行一条）"><Input.TextArea rows={3} /></Form.Item>
              <Space><Button type="primary" loading={busy} onClick={() => decide("APPROVE")}>同意</Button><Button danger loading={busy} onClick={() => decide("REJECT")}>退回</Button></Space>
            </Form>
          )}
        </>
      )}
    </>
  );
}
