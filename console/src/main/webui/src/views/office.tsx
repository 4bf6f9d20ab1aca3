import { useEffect, useMemo, useState } from "react";
import { Button, Card, Col, Descriptions, Form, Input, InputNumber, Modal, Row, Select, Space, Statistic, Table, Tag, Typography } from "antd";
import { Link, Route, Routes, useNavigate, useParams } from "react-router-dom";
import { api, post, put } from "../api";
import { Chart, barOption } from "../Chart";
import { date, dateTime, dec, label, num, schoolYear } from "../fmt";
import { slice, toOffsetLimit, pageOf, query } from "../paging";
import { FieldSelect, LoadError, PageTitle, TodoList, useLoad, useSubmit } from "../ui";
import { type XlsxColumn } from "../xlsx";
import { ExportButton } from "../ExportButton";
import { useFormDraft } from "../drafts";
import { PagedExportButton } from "../PagedExportButton";
import { PlanChecks, PlanItems } from "./plans";
import Enrollment from "./enrollment";
import { SchoolAdjustment } from "./schoolAdjustment";
import { OFFICE_PLAN_EXPORT } from "./tableExports";

export interface SchoolQuota {
  schoolId: string; name: string; district: string; location: string; pool: string; allocated: number;
  postsEstablished: number; staffAppointed: number; secondedOut: number; free: number; postsBeyondQuota: number; status: string;
}

export default function OfficeViews() {
  return (
    <Routes>
      <Route index element={<Dashboard />} />
      <Route path="schools" element={<Schools />} />
      <Route path="schools/:id" element={<SchoolPage />} />
      <Route path="plans" element={<Plans />} />
      <Route path="plans/:id" element={<PlanPage />} />
      <Route path="transfers" element={<Transfers />} />
      <Route path="verifications" element={<Verifications />} />
      <Route path="standards" element={<Standards />} />
      <Route path="enrollment" element={<Enrollment />} />
      <Route path="inspections" element={<Inspections />} />
    </Routes>
  );
}

function Dashboard() {
  // the picture first; the to-do counts come on their own and never hold the charts back
  const { data, error, loading } = useLoad(async () => {
    const [pools, quotas] = await Promise.all([api<any[]>("quota", "/pools"), api<SchoolQuota[]>("quota", "/quotas")]);
    return { pools, quotas };
  }, []);
  const pending = useLoad(async () => {
    const [plans, verifications, findings] = await Promise.all([api<any[]>("quota", "/plans?status=PENDING"),
      api<any[]>("quota", "/verifications?status=PROPOSED").catch(() => []), api<any[]>("quota", "/findings?status=OPEN").catch(() => [])]);
    return { plans, verifications, findings };
  }, []);
  const charts = useMemo(() => {
    if (!data) return null;
    const by = (key: "district" | "location") => {
      const groups = [...new Set(data.quotas.map((q) => q[key]))].sort();
      return barOption(groups.map((g) => (key === "location" ? label(g) : g)), [
        { name: "超编学校", data: groups.map((g) => data.quotas.filter((q) => q[key] === g && q.status === "OVER_STAFFED").length), color: "#cf1322" },
        { name: "缺编学校", data: groups.map((g) => data.quotas.filter((q) => q[key] === g && q.status === "UNDER_STAFFED").length), color: "#d48806" },
      ]);
    };
    return { district: by("district"), location: by("location") };
  }, [data]);
  // the schools furthest from their quota first
  const unbalanced = useMemo(() => (data?.quotas ?? []).filter((q) => q.status !== "BALANCED")
    .map((q) => ({ ...q, gap: q.staffAppointed - q.allocated }))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.name.localeCompare(b.name, "zh-CN")), [data]);
  const p = pending.data;
  const todos = p ? [
    ...(p.plans.length ? [{ text: `待审批的年度调整方案`, to: "/office/plans", count: p.plans.length }] : []),
    ...(p.verifications.length ? [{ text: "待批准的编制核定", to: "/office/verifications", count: p.verifications.length }] : []),
    ...(p.findings.length ? [{ text: "待整改的检查问题", to: "/office/inspections", count: p.findings.length }] : []),
  ] : [];
  return (
    <>
      <PageTitle>编办工作台</PageTitle>
      <LoadError error={error ?? pending.error} />
      <TodoList items={todos} loading={pending.loading} />
      <Row gutter={16}>
        {(data?.pools ?? []).map((p: any) => (
          <Col span={8} key={p.pool}>
            <Card title={`${label(p.pool)}编制池`} data-testid={`pool-${p.pool}`}>
              <Space size="large">
                <Statistic title="总量" value={num(p.total)} />
                <Statistic title="已分配" value={num(p.allocated)} />
                <Statistic title="未分配" value={num(p.free)} />
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      {charts && (
        <Row gutter={16} style={{ marginTop: 16 }} data-testid="dashboard-charts">
          <Col span={14}><Card title="各片区超编、缺编学校数"><Chart option={charts.district} label="各片区超编与缺编学校数柱状图" /></Card></Col>
          <Col span={10}><Card title="城区、镇区、乡村超编、缺编学校数"><Chart option={charts.location} label="按城乡分类的超编与缺编学校数柱状图" /></Card></Col>
        </Row>
      )}
      <Card title="超编、缺编学校" style={{ marginTop: 16 }}>
        <Table size="small" rowKey="schoolId" loading={loading} dataSource={unbalanced} data-testid="dashboard-schools"
          pagination={{ pageSize: 10, showTotal: (t) => `共 ${num(t)} 所`, hideOnSinglePage: true }}
          locale={{ emptyText: "各校在编人数均与核定编制相符" }}
          columns={[
            { title: "学校", dataIndex: "name", render: (n, r) => <Link to={`/office/schools/${r.schoolId}`}>{n}</Link> },
            { title: "片区", dataIndex: "district" },
            { title: "城乡", dataIndex: "location", render: label },
            { title: "核定编制", dataIndex: "allocated", align: "right", render: num },
            { title: "在编人数", dataIndex: "staffAppointed", align: "right", render: num },
            { title: "超编(+)/缺编(-)", dataIndex: "gap", align: "right", render: (g: number) => (g > 0 ? "+" : "") + num(g) },
            { title: "状态", dataIndex: "status", render: statusTag },
          ]} />
      </Card>
    </>
  );
}

function statusTag(s: string) {
  return <Tag color={s === "OVER_STAFFED" ? "red" : s === "UNDER_STAFFED" ? "gold" : "green"}>{label(s)}</Tag>;
}

const SCHOOL_COLUMNS: XlsxColumn<SchoolQuota>[] = [
  { header: "学校标识码", value: (r) => r.schoolId, width: 14 },
  { header: "学校", value: (r) => r.name, width: 28 },
  { header: "片区", value: (r) => r.district },
  { header: "城乡", value: (r) => label(r.location), width: 8 },
  { header: "核定编制", value: (r) => r.allocated, width: 10 },
  { header: "已设岗位", value: (r) => r.postsEstablished, width: 10 },
  { header: "在编人数", value: (r) => r.staffAppointed, width: 10 },
  { header: "空余编制", value: (r) => r.free, width: 10 },
  { header: "状态", value: (r) => label(r.status), width: 8 },
];

function Schools() {
  const [filters, setFilters] = useState<{ district?: string; status?: string; name?: string }>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const { data, error, loading } = useLoad(() => api<SchoolQuota[]>("quota", "/quotas" + query({ district: filters.district, status: filters.status })), [filters.district, filters.status]);
  const districts = useLoad(() => api<SchoolQuota[]>("quota", "/quotas"), []).data;
  const rows = (data ?? []).filter((r) => !filters.name || r.name.includes(filters.name));
  return (
    <>
      <PageTitle>学校编制</PageTitle>
      <LoadError error={error} />
      <Form layout="inline" style={{ marginBottom: 16 }} onValuesChange={(_, all) => { setFilters(all); setPage((p) => ({ ...p, current: 1 })); }}>
        <Form.Item label="片区" name="district">
          <Select allowClear style={{ width: 160 }} options={[...new Set((districts ?? []).map((d) => d.district))].sort().map((d) => ({ value: d, label: d }))} />
        </Form.Item>
        <Form.Item label="状态" name="status">
          <Select allowClear style={{ width: 120 }} options={["OVER_STAFFED", "UNDER_STAFFED", "BALANCED"].map((s) => ({ value: s, label: label(s) }))} />
        </Form.Item>
        <Form.Item label="学校名称" name="name"><Input allowClear /></Form.Item>
        <ExportButton name="学校编制" testId="schools-xlsx" rows={rows} exportColumns={SCHOOL_COLUMNS} />
      </Form>
      <Table rowKey="schoolId" loading={loading} dataSource={slice(rows, page)}
        pagination={{ ...page, total: rows.length, showTotal: (t) => `共 ${num(t)} 所`, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
        columns={[
          { title: "学校", dataIndex: "name", render: (n, r) => <Link to={`/office/schools/${r.schoolId}`}>{n}</Link> },
          { title: "片区", dataIndex: "district" },
          { title: "城乡", dataIndex: "location", render: label },
          { title: "核定编制", dataIndex: "allocated", align: "right", render: num },
          { title: "已设岗位", dataIndex: "postsEstablished", align: "right", render: num },
          { title: "在编人数", dataIndex: "staffAppointed", align: "right", render: num },
          { title: "空余编制", dataIndex: "free", align: "right", render: num },
          { title: "状态", dataIndex: "status", render: statusTag },
        ]} />
    </>
  );
}

const LEDGER_EXPORT: XlsxColumn<any>[] = [
  { header: "时间", value: (r) => dateTime(r.recordedAt) }, { header: "类别", value: (r) => label(r.kind) }, { header: "变动", value: (r) => r.delta },
  { header: "变动后", value: (r) => r.balanceAfter }, { header: "事由", value: (r) => r.reason ?? null }, { header: "文号", value: (r) => r.reference ?? null },
];

function SchoolPage() {
  const { id } = useParams();
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  const quota = useLoad(() => api<SchoolQuota>("quota", `/schools/${id}/quota`), [id]);
  const ledger = useLoad(async () => {
    const { offset, limit } = toOffsetLimit(page);
    return pageOf(await api<any[]>("quota", `/schools/${id}/ledger` + query({ offset, limit: limit + 1 })), page);
  }, [id, page.current, page.pageSize]);
  const q = quota.data;
  return (
    <>
      <PageTitle>{q?.name ?? "学校"}</PageTitle>
      <LoadError error={quota.error ?? ledger.error} />
      {q && (
        <Descriptions bordered size="small" column={4} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="学校标识码">{q.schoolId}</Descriptions.Item>
          <Descriptions.Item label="片区">{q.district}</Descriptions.Item>
          <Descriptions.Item label="城乡">{label(q.location)}</Descriptions.Item>
          <Descriptions.Item label="状态">{statusTag(q.status)}</Descriptions.Item>
          <Descriptions.Item label="核定编制">{num(q.allocated)}</Descriptions.Item>
          <Descriptions.Item label="已设岗位">{num(q.postsEstablished)}</Descriptions.Item>
          <Descriptions.Item label="在编人数">{num(q.staffAppointed)}</Descriptions.Item>
          <Descriptions.Item label="空余编制">{num(q.free)}</Descriptions.Item>
        </Descriptions>
      )}
      <SchoolAdjustment schoolId={id!} onAdjusted={() => { quota.reload(); ledger.reload(); }} />
      <Card title="编制台账" extra={<PagedExportButton name={`编制台账_${q?.name ?? id}`} testId="ledger-xlsx" columns={LEDGER_EXPORT} pageSize={1000}
        fetchPage={async (p, size) => ({ rows: await api<any[]>("quota", `/schools/${id}/ledger` + query({ offset: p * size, limit: size })) })} />}>
        <Table rowKey={(r: any) => r.entryId ?? r.id ?? JSON.stringify(r)} loading={ledger.loading} dataSource={ledger.data?.rows}
          pagination={{ ...page, total: ledger.data?.total, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
          columns={[
            { title: "时间", dataIndex: "recordedAt", render: dateTime },
            { title: "类别", dataIndex: "kind", render: label },
            { title: "变动", dataIndex: "delta", align: "right", render: (d: number) => (d > 0 ? "+" : "") + num(d) },
            { title: "变动后", dataIndex: "balanceAfter", align: "right", render: num },
            { title: "事由", dataIndex: "reason" },
            { title: "文号", dataIndex: "reference" },
          ]} />
      </Card>
    </>
  );
}

function Plans() {
  const { data, error, loading } = useLoad(() => api<any[]>("quota", "/plans"), []);
  return (
    <>
      <PageTitle>年度调整方案</PageTitle>
      <LoadError error={error} />
      <div style={{ textAlign: "right", marginBottom: 8 }}><ExportButton name="年度调整方案" testId="plans-xlsx" rows={data} exportColumns={OFFICE_PLAN_EXPORT} /></div>
      <Table rowKey={(r: any) => r.planId + ":" + r.version} loading={loading} dataSource={data} pagination={{ pageSize: 20 }}
        columns={[
          { title: "学年", dataIndex: "schoolYear", render: (y, r: any) => <Link to={`/office/plans/${r.planId}`}>{schoolYear(y)}</Link> },
          { title: "版本", dataIndex: "version" },
          { title: "状态", dataIndex: "status", render: label },
          { title: "收到时间", dataIndex: "receivedAt", render: dateTime },
          { title: "自动检查", dataIndex: "blockingChecksPassed", render: (b: boolean) => (b ? <Tag color="green">通过</Tag> : <Tag color="red">未通过</Tag>) },
        ]} />
    </>
  );
}

function PlanPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: plan, error, reload } = useLoad(() => api<any>("quota", `/plans/${id}`), [id]);
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm();
  const draft = useFormDraft(form, `office-plan-reject:${id}`, { restoreOnMount: false });
  const { busy, run } = useSubmit(form, ["reasons", "decision", "version"]);
  const decide = async (decision: "APPROVE" | "REJECT", reasons: string[] = []) => {
    const done = await run(() => post("quota", `/plans/${id}/decision`, { decision, reasons, version: plan.version }),
      decision === "APPROVE" ? "已同意该方案" : "已退回该方案");
    if (done) { setRejecting(false); draft.clear(); form.resetFields(); reload(); }
  };
  // reasons typed before the session expired: the dialog opens again with them
  useEffect(() => {
    if (plan?.status === "PENDING" && draft.restore()) setRejecting(true);
  }, [plan?.status, draft]);
  return (
    <>
      <PageTitle>年度调整方案 {plan ? schoolYear(plan.schoolYear) + " 第" + plan.version + "版" : ""}</PageTitle>
      <LoadError error={error} />
      {plan && (
        <>
          <Descriptions bordered size="small" column={3} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="状态"><span data-testid="plan-status">{label(plan.status)}</span></Descriptions.Item>
            <Descriptions.Item label="收到时间">{dateTime(plan.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label="生效日期">{date(plan.effectiveDate)}</Descriptions.Item>
            {plan.reasons?.length > 0 && <Descriptions.Item label="退回理由" span={3}>{plan.reasons.join("；")}</Descriptions.Item>}
          </Descriptions>
          <PlanChecks checks={plan.checks} />
          <PlanItems plan={plan} />
          {plan.status === "PENDING" && (
            <Space style={{ marginTop: 16 }}>
              <Button type="primary" loading={busy} disabled={!plan.blockingChecksPassed} onClick={() => decide("APPROVE")}>同意</Button>
              <Button danger onClick={() => setRejecting(true)}>退回</Button>
            </Space>
          )}
          <Button style={{ marginTop: 16, marginLeft: 8 }} onClick={() => navigate("/office/plans")}>返回列表</Button>
          <Modal title="退回方案" open={rejecting} forceRender onCancel={() => setRejecting(false)} okText="确认退回" okButtonProps={{ danger: true, loading: busy }}
            onOk={() => form.validateFields().then((v) => decide("REJECT", String(v.reasons).split(/\n+/).map((s) => s.trim()).filter(Boolean)))}>
            <Form form={form} layout="vertical" onValuesChange={draft.onValuesChange}>
              <Form.Item name="reasons" label="退回理由（每行一条）" rules={[{ required: true, message: "请填写退回理由" }]}>
                <Input.TextArea rows={4} />
              </Form.Item>
            </Form>
          </Modal>
        </>
      )}
    </>
  );
}

function Transfers() {
  const [form] = Form.useForm();
  const { busy, run } = useSubmit(form, ["fromSchoolId", "toSchoolId", "amount", "reason", "reference"]);
  const draft = useFormDraft(form, "office-transfer");
  const schools = useLoad(() => api<SchoolQuota[]>("quota", "/quotas"), []).data ?? [];
  const options = schools.map((s) => ({ value: s.schoolId, label: `${s.name}（空余 ${num(s.free)}）` }));
  return (
    <>
      <PageTitle>编制调剂</PageTitle>
      <Card style={{ maxWidth: 640 }}>
        <Form form={form} layout="vertical" onValuesChange={draft.onValuesChange}
          onFinish={async (v) => { if (await run(() => post("quota", "/transfers", v), "调剂已登记")) { draft.clear(); form.resetFields(); } }}>
          <Form.Item name="fromSchoolId" label="调出学校" rules={[{ required: true, message: "请选择调出学校" }]}>
            <FieldSelect showSearch optionFilterProp="label" options={options} />
          </Form.Item>
          <Form.Item name="toSchoolId" label="调入学校" rules={[{ required: true, message: "请选择调入学校" }]}>
            <FieldSelect showSearch optionFilterProp="label" options={options} />
          </Form.Item>
          <Form.Item name="amount" label="调剂数（名）" rules={[{ required: true, message: "请填写调剂数" }]}>
            <InputNumber min={1} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="reason" label="事由" rules={[{ required: true, message: "请填写事由" }]}><Input.TextArea rows={2} /></Form.Item>
          <Form.Item name="reference" label="文号"><Input /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>提交调剂</Button>
        </Form>
      </Card>
    </>
  );
}

const KINDS: Record<string, string> = { TRIENNIAL: "三年核定", ANNUAL: "年度微调" };

/** 编制核定: propose (three-yearly or the annual fine adjustment), read each school's line, approve. */
function Verifications() {
  const { data, error, loading, reload } = useLoad(() => api<any[]>("quota", "/verifications"), []);
  const [form] = Form.useForm();
  const propose = useSubmit(form, ["schoolYear", "kind", "schoolIds", "overrideReason"]);
  const approve = useSubmit(null, []);
  const [selected, setSelected] = useState<any | null>(null);
  return (
    <>
      <PageTitle>编制核定</PageTitle>
      <Card title="提出核定" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={{ kind: "ANNUAL" }}
          onFinish={async (v) => {
            const body = { ...v, schoolIds: v.schoolIds ? String(v.schoolIds).split(/[\s,，、]+/).filter(Boolean) : undefined };
            const made = await propose.run(() => post("quota", "/verifications", body), "核定已提出");
            if (made) { setSelected(made); reload(); }
          }}>
          <Form.Item name="schoolYear" label="学年" rules={[{ required: true, message: "请填写学年，如 2026-2027" }]}><Input placeholder="2026-2027" style={{ width: 120 }} /></Form.Item>
          <Form.Item name="kind" label="类别" rules={[{ required: true, message: "请选择类别" }]}>
            <FieldSelect style={{ width: 120 }} options={Object.entries(KINDS).map(([value, l]) => ({ value, label: l }))} />
          </Form.Item>
          <Form.Item name="schoolIds" label="学校标识码（年度微调，可选）"><Input style={{ width: 220 }} /></Form.Item>
          <Form.Item name="overrideReason" label="提前核定理由"><Input style={{ width: 200 }} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={propose.busy}>提出核定</Button>
        </Form>
      </Card>
      <LoadError error={error} />
      <Table rowKey="id" loading={loading} dataSource={data} pagination={{ pageSize: 10 }}
        columns={[
          { title: "学年", dataIndex: "schoolYear", render: schoolYear },
          { title: "类别", dataIndex: "kind", render: (k: string) => KINDS[k] ?? k },
          { title: "状态", dataIndex: "status", render: label },
          { title: "拟核定合计", dataIndex: "proposedTotal", align: "right", render: num },
          { title: "提议时间", dataIndex: "proposedAt", render: dateTime },
          { title: "操作", render: (_, r: any) => (
            <Space>
              <Button onClick={() => setSelected(r)}>查看明细</Button>
              {r.status === "PROPOSED" && <Button type="primary" loading={approve.busy} onClick={async () => { const done = await approve.run(() => post("quota", `/verifications/${r.id}/approval`), "核定已批准"); if (done) { setSelected(done); reload(); } }}>批准</Button>}
            </Space>) },
        ]} />
      {selected && (
        <Card title={`核定明细（${schoolYear(selected.schoolYear)}，${label(selected.status)}）`} style={{ marginTop: 16 }} data-testid="verification-lines"
          extra={<ExportButton name="编制核定明细" rows={selected.schools ?? []} columns={VERIFICATION_LINE_COLUMNS} />}>
          <Table size="small" rowKey="schoolId" dataSource={selected.schools ?? []} pagination={{ pageSize: 20 }} columns={VERIFICATION_LINE_COLUMNS} />
        </Card>
      )}
    </>
  );
}

const VERIFICATION_LINE_COLUMNS = [
  { title: "学校标识码", dataIndex: "schoolId" },
  { title: "学生数", dataIndex: "totalStudents", align: "right" as const, render: num },
  { title: "按标准应核", dataIndex: "required", align: "right" as const, render: num },
  { title: "现核定", dataIndex: "current", align: "right" as const, render: num },
  { title: "拟核定", dataIndex: "proposed", align: "right" as const, render: num },
  { title: "变化", dataIndex: "delta", render: (d: number) => (d > 0 ? <Tag color="green">增 {d}</Tag> : d < 0 ? <Tag color="red">减 {-d}</Tag> : <Tag>不变</Tag>) },
];

/** 编制标准: each stage's students per staff member, in versions with the date each takes effect. */
function Standards() {
  const { data, error, loading, reload } = useLoad(() => api<any[]>("quota", "/standards"), []);
  const [form] = Form.useForm();
  const { busy, run } = useSubmit(form, ["stage", "studentsPerStaff", "effectiveFrom", "reason"]);
  return (
    <>
      <PageTitle>编制标准</PageTitle>
      <Card title="调整标准（新版本自生效日期起适用）" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline"
          onFinish={async (v) => { if (await run(() => put("quota", `/standards/${v.stage}`, { studentsPerStaff: v.studentsPerStaff, effectiveFrom: v.effectiveFrom, reason: v.reason }), "标准已调整")) { form.resetFields(); reload(); } }}>
          <Form.Item name="stage" label="学段" rules={[{ required: true, message: "请选择学段" }]}>
            <FieldSelect style={{ width: 120 }} options={(data ?? []).map((r: any) => ({ value: r.stage, label: label(r.stage) }))} />
          </Form.Item>
          <Form.Item name="studentsPerStaff" label="每名教职工对应学生数" rules={[{ required: true, message: "请填写师生比" }]}><InputNumber min={1} max={100} precision={2} /></Form.Item>
          <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: "请填写生效日期" }]}><Input type="date" style={{ width: 160 }} /></Form.Item>
          <Form.Item name="reason" label="依据"><Input style={{ width: 220 }} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>保存新版本</Button>
        </Form>
      </Card>
      <LoadError error={error} />
      <Table rowKey="stage" loading={loading} dataSource={data} pagination={false}
        expandable={{ rowExpandable: (r: any) => (r.versions ?? []).length > 0, expandedRowRender: (r: any) => (
          <Table size="small" rowKey="version" dataSource={r.versions} pagination={false}
            columns={[
              { title: "版本", dataIndex: "version" },
              { title: "师生比", dataIndex: "studentsPerStaff", render: (n: number) => `1 : ${dec(n)}` },
              { title: "生效日期", dataIndex: "effectiveFrom", render: date },
              { title: "依据", dataIndex: "reason", render: (x: string, v: any) => x ?? v.source ?? "—" },
            ]} />) }}
        columns={[
          { title: "学段", dataIndex: "stage", render: label },
          { title: "现行版本", dataIndex: "version" },
          { title: "师生比", dataIndex: "studentsPerStaff", render: (n: number) => `1 : ${dec(n)}` },
          { title: "生效日期", dataIndex: "effectiveFrom", render: date },
          { title: "来源", dataIndex: "source", render: (x: string) => x ?? "—" },
        ]} />
    </>
  );
}

const DEPARTMENTS: Record<string, string> = { ORGANISATION: "组织部门", HR: "人社部门", DISCIPLINE_INSPECTION: "纪检监察", PATROL: "巡察", STAFFING_OFFICE: "编办" };

/** 专项检查: launch with the departments taking part; findings with who rectifies by when; rectification and closure. */
function Inspections() {
  const findings = useLoad(() => api<any[]>("quota", "/findings"), []);
  const [form] = Form.useForm();
  const launch = useSubmit(form, ["district", "schoolIds", "note", "departments", "rectificationDays"]);
  const act = useSubmit(null, []);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const note = (id: string, fallback: string) => (notes[id] ?? "").trim() || fallback;
  return (
    <>
      <PageTitle>专项检查</PageTitle>
      <Card title="发起检查" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={{ departments: ["HR"] }}
          onFinish={async (v) => { if (await launch.run(() => post("quota", "/inspections", v), "检查已完成，发现的问题见下表")) findings.reload(); }}>
          <Form.Item name="district" label="片区（空为全县）"><Input style={{ width: 140 }} /></Form.Item>
          <Form.Item name="departments" label="参加部门"><Select mode="multiple" style={{ minWidth: 220 }} aria-label="参加部门"
            options={Object.entries(DEPARTMENTS).filter(([d]) => d !== "STAFFING_OFFICE").map(([value, l]) => ({ value, label: l }))} /></Form.Item>
          <Form.Item name="rectificationDays" label="整改期限（天）"><InputNumber min={1} max={365} precision={0} /></Form.Item>
          <Form.Item name="note" label="说明"><Input style={{ width: 200 }} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={launch.busy}>发起检查</Button>
        </Form>
      </Card>
      <LoadError error={findings.error} />
      <Table rowKey="id" loading={findings.loading} dataSource={findings.data} pagination={{ pageSize: 20 }} data-testid="findings"
        columns={[
          { title: "学校", dataIndex: "schoolId" },
          { title: "问题", dataIndex: "kind", render: label },
          { title: "说明", dataIndex: "description", render: (d: any) => d?.zh ?? d?.en ?? "—" },
          { title: "责任部门", dataIndex: "responsibleDepartment", render: (d: string) => DEPARTMENTS[d] ?? d ?? "—" },
          { title: "整改期限", dataIndex: "rectificationDue", render: (d: string, r: any) => <>{d ?? "—"}{r.overdueOn && <Tag color="red" style={{ marginLeft: 4 }}>已逾期</Tag>}</> },
          { title: "状态", dataIndex: "status", render: label },
          { title: "操作", render: (_, r: any) => r.status === "OPEN" || r.status === "RECTIFIED" ? (
            <Space>
              <Input size="small" aria-label="整改或复查说明" placeholder={r.status === "OPEN" ? "整改情况" : "复查结论"} value={notes[r.id] ?? ""}
                onChange={(e) => setNotes((n) => ({ ...n, [r.id]: e.target.value }))} style={{ width: 140 }} />
              {r.status === "OPEN"
                ? <Button size="small" loading={act.busy} onClick={async () => { if (await act.run(() => post("quota", `/findings/${r.id}/rectification`, { note: note(r.id, "已整改") }), "已登记整改")) findings.reload(); }}>登记整改</Button>
                : <Button size="small" loading={act.busy} onClick={async () => { if (await act.run(() => post("quota", `/findings/${r.id}/closure`, { note: note(r.id, "复查通过") }), "已关闭")) findings.reload(); }}>关闭</Button>}
            </Space>
          ) : null },
        ]} />
    </>
  );
}
