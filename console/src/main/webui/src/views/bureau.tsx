import { useMemo, useState } from "react";
import { Button, Card, Col, Descriptions, Form, Input, InputNumber, Popconfirm, Progress, Row, Select, Space, Statistic, Table, Tabs, Typography } from "antd";
import { Link, Route, Routes, useNavigate, useParams } from "react-router-dom";
import { api, post, put } from "../api";
import { ExportButton } from "../ExportButton";
import { type XlsxColumn } from "../xlsx";
import { PagedExportButton } from "../PagedExportButton";
import { Chart, barOption } from "../Chart";
import { dateTime, dec, label, num, pct, schoolYear, schoolYearOf, titleName } from "../fmt";
import { pageOf, query, toPageSize } from "../paging";
import { LoadError, PageTitle, TodoList, useLoad, useSubmit } from "../ui";
import { DIRECTION_NAMES, FORM_NAMES, MoveExplanation } from "./explain";
import { SUBJECTS, subjectName } from "./subjects";
import TeacherFilePage, { useSchoolNames } from "./teacherFile";
import Secondments from "./secondments";
import OpenCampaign from "./campaignOpen";
import Enrollment from "./enrollment";
import TeacherImport from "./teacherImport";
import NewApplication from "./campaignApplication";
import DueList from "./due";
import { BUREAU_PLAN_EXPORT, CAMPAIGN_EXPORT } from "./tableExports";
import PlanDraftPage from "./planDraftPage";
import { useTeacherNames } from "./pickers";
import { postLabel, type CampaignPost } from "../campaignPosts";
import Returns from "./returns";

export default function BureauViews() {
  return (
    <Routes>
      <Route index element={<Home />} />
      <Route path="teachers" element={<Teachers />} />
      <Route path="teachers/:id" element={<TeacherFilePage />} />
      <Route path="campaigns" element={<Campaigns />} />
      <Route path="campaigns/new" element={<OpenCampaign />} />
      <Route path="campaigns/:id" element={<CampaignPage />} />
      <Route path="campaigns/:id/applications/new" element={<NewApplication />} />
      <Route path="secondments" element={<Secondments />} />
      <Route path="enrollment" element={<Enrollment />} />
      <Route path="rotation" element={<Rotation />} />
      <Route path="rotation/due" element={<DueList />} />
      <Route path="rotation/returns" element={<Returns />} />
      <Route path="plans" element={<Plans />} />
      <Route path="plans/:id/edit" element={<PlanDraftPage />} />
    </Routes>
  );
}

function Home() {
  const returns = useLoad(() => api<any[]>("rotation", "/rotations/returns-due").catch(() => []), []);
  const plans = useLoad(() => api<any[]>("recruitment", "/plans").catch(() => []), []);
  const rejected = (plans.data ?? []).filter((p: any) => p.status === "REJECTED" || p.status === "DRAFT");
  return (
    <>
      <PageTitle>教育局工作台</PageTitle>
      <TodoList loading={returns.loading || plans.loading} items={[
        ...(returns.data?.length ? [{ text: "轮岗期满待返回的教师", to: "/bureau/rotation/returns", count: returns.data.length }] : []),
        ...rejected.map((p: any) => ({ text: `${schoolYear(p.schoolYear)}调整方案（${label(p.status)}）待修改提交`, to: "/bureau/plans" })),
      ]} />
    </>
  );
}

const TEACHER_EXPORT: XlsxColumn<any>[] = [
  { header: "姓名", value: (t) => t.name }, { header: "学科", value: (t) => (t.subjects ?? []).map(subjectName).join("、") },
  { header: "职称", value: (t) => titleName(t.title) }, { header: "任职学校", value: (t) => t.currentAppointment?.schoolId ?? null },
  { header: "任职起始", value: (t) => t.currentAppointment?.since ?? null }, { header: "首次聘用", value: (t) => t.firstHireDate ?? null },
  { header: "状态", value: (t) => label(t.status) },
];

function Teachers() {
  const schoolName = useSchoolNames();
  const [filters, setFilters] = useState<any>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const { data, error, loading } = useLoad(async () => {
    const { page: p, size } = toPageSize(page);
    // one row more than the page tells whether there is a next one
    const rows = await api<any[]>("recruitment", "/teachers" + query({ ...filters, page: p, size }));
    const next = rows.length === size ? await api<any[]>("recruitment", "/teachers" + query({ ...filters, page: p + 1, size: 1 })) : [];
    return pageOf([...rows, ...next], page);
  }, [JSON.stringify(filters), page.current, page.pageSize]);
  return (
    <>
      <PageTitle>教师</PageTitle>
      <TeacherImport />
      <Form layout="inline" style={{ marginBottom: 16 }} onValuesChange={(_, all) => { setFilters(all); setPage((p) => ({ ...p, current: 1 })); }}>
        <Form.Item name="schoolId" label="学校标识码"><Input allowClear style={{ width: 160 }} /></Form.Item>
        <Form.Item name="subject" label="学科"><Select allowClear style={{ width: 140 }} options={SUBJECTS} /></Form.Item>
        <PagedExportButton name="教师" testId="teachers-xlsx" columns={TEACHER_EXPORT}
          fetchPage={async (p, size) => ({ rows: await api<any[]>("recruitment", "/teachers" + query({ ...filters, page: p, size })) })} />
      </Form>
      <LoadError error={error} />
      <Table rowKey="teacherId" loading={loading} dataSource={data?.rows}
        pagination={{ ...page, total: data?.total, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
        columns={[
          { title: "姓名", dataIndex: "name", render: (n, t: any) => <Link to={`/bureau/teachers/${t.teacherId}`}>{n}</Link> },
          { title: "学科", dataIndex: "subjects", render: (s: string[]) => (s ?? []).map(subjectName).join("、") },
          { title: "职称", dataIndex: "title", render: titleName },
          { title: "任职学校", render: (_, t: any) => t.currentAppointment ? t.currentAppointment.schoolName ?? schoolName(t.currentAppointment.schoolId) : "—" },
          { title: "状态", dataIndex: "status", render: label },
        ]} />
    </>
  );
}

const CAMPAIGN_KINDS: Record<string, string> = { OPEN: "公开招聘", INTERNAL: "校际竞聘" };
const OFFERS: Record<string, string> = { NONE: "—", OFFERED: "已发录用通知", ACCEPTED: "已接受", DECLINED: "已放弃" };

function Campaigns() {
  const { data, error, loading } = useLoad(() => api<any[]>("recruitment", "/campaigns"), []);
  return (
    <>
      <PageTitle>招聘与竞聘</PageTitle>
      <LoadError error={error} />
      <div style={{ textAlign: "right", marginBottom: 8 }}><ExportButton name="招聘与竞聘" testId="campaigns-xlsx" rows={data} exportColumns={CAMPAIGN_EXPORT} /></div>
      <Table rowKey="campaignId" loading={loading} dataSource={data}
        columns={[
          { title: "名称", dataIndex: "title", render: (t, c: any) => <Link to={`/bureau/campaigns/${c.campaignId}`}>{t ?? c.campaignId}</Link> },
          { title: "类型", dataIndex: "kind", render: (k: string) => CAMPAIGN_KINDS[k] ?? k },
          { title: "岗位数", dataIndex: "postIds", align: "right", render: (p: string[]) => num(p?.length) },
          { title: "状态", dataIndex: "status", render: label },
          { title: "报名开始", dataIndex: "opensAt", render: dateTime },
          { title: "报名截止", dataIndex: "closesAt", render: dateTime },
        ]} />
    </>
  );
}

interface Scores { written?: number | null; interview?: number | null }

/** A campaign: its applications, their scores entered, the close that ranks them and makes offers, the offers' answers. */
function CampaignPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const campaign = useLoad(() => api<any>("recruitment", `/campaigns/${id}`), [id]);
  const applications = useLoad(() => api<any[]>("recruitment", `/campaigns/${id}/applications`), [id]);
  const [scores, setScores] = useState<Record<string, Scores>>({});
  const act = useSubmit(null, []);
  const c = campaign.data;
  const teacherName = useTeacherNames((applications.data ?? []).filter((a: any) => a.teacherId).map((a: any) => a.teacherId));
  const postOf = (postId: string) => postLabel(c?.posts?.find((p: CampaignPost) => p.postId === postId) ?? { postId });
  const open = c && c.status !== "CLOSED";
  const score = async (a: any) => {
    const s = { written: a.writtenScore, interview: a.interviewScore, ...scores[a.applicationId] };
    if (await act.run(() => put("recruitment", `/campaigns/${id}/applications/${a.applicationId}/score`, s), "成绩已保存")) applications.reload();
  };
  const answer = async (a: any, accept: boolean) => {
    const path = `/campaigns/${id}/applications/${a.applicationId}/${accept ? "acceptance" : "declination"}`;
    if (await act.run(() => post("recruitment", path, accept ? {} : undefined), accept ? "已确认接受" : "已登记放弃")) applications.reload();
  };
  return (
    <>
      <PageTitle>{c?.title ?? "招聘"}</PageTitle>
      <LoadError error={campaign.error ?? applications.error} />
      {c && (
        <Descriptions bordered size="small" column={4} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="类型">{CAMPAIGN_KINDS[c.kind] ?? c.kind}</Descriptions.Item>
          <Descriptions.Item label="状态">{label(c.status)}</Descriptions.Item>
          <Descriptions.Item label="笔试权重">{c.weights?.written ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="面试权重">{c.weights?.interview ?? "—"}</Descriptions.Item>
        </Descriptions>
      )}
      <Card title="报名与成绩" data-testid="applications"
        extra={<Space>
          <ExportButton name="招聘成绩" rows={applications.data} exportColumns={[
            { header: "姓名", value: (a: any) => a.candidate?.name ?? teacherName(a.teacherId) ?? a.teacherId }, { header: "报名岗位", value: (a: any) => postOf(a.postId) },
            { header: "笔试", value: (a: any) => a.writtenScore },
            { header: "面试", value: (a: any) => a.interviewScore }, { header: "总成绩", value: (a: any) => a.totalScore },
            { header: "名次", value: (a: any) => a.rank }, { header: "录用", value: (a: any) => OFFERS[a.offer] ?? a.offer }]} />
          {c?.status === "OPEN" && <Button onClick={() => navigate(`/bureau/campaigns/${id}/applications/new`)}>录入报名</Button>}
          {open && <Popconfirm title="结束报名与评分，按成绩排名并向各岗位第一名发出录用通知？" okText="结束并排名" cancelText="取消"
            onConfirm={async () => { if (await act.run(() => post("recruitment", `/campaigns/${id}/close`), "已排名并发出录用通知")) { campaign.reload(); applications.reload(); } }}>
            <Button type="primary" loading={act.busy}>结束报名并排名</Button></Popconfirm>}
        </Space>}>
        <Table size="small" rowKey="applicationId" loading={applications.loading} dataSource={applications.data} pagination={{ pageSize: 20 }}
          locale={{ emptyText: <Typography.Text type="secondary">暂无报名</Typography.Text> }}
          columns={[
            { title: "姓名", render: (_, a: any) => a.candidate?.name ?? (a.teacherId ? <Link to={`/bureau/teachers/${a.teacherId}`}>{teacherName(a.teacherId) ?? "在编教师"}</Link> : "—") },
            { title: "报名岗位", render: (_, a: any) => postOf(a.postId) },
            { title: "笔试", render: (_, a: any) => open ? <InputNumber size="small" min={0} max={100} precision={2} aria-label="笔试成绩"
              value={scores[a.applicationId]?.written ?? a.writtenScore} onChange={(v) => setScores((x) => ({ ...x, [a.applicationId]: { ...x[a.applicationId], written: v } }))} /> : dec(a.writtenScore) },
            { title: "面试", render: (_, a: any) => open ? <InputNumber size="small" min={0} max={100} precision={2} aria-label="面试成绩"
              value={scores[a.applicationId]?.interview ?? a.interviewScore} onChange={(v) => setScores((x) => ({ ...x, [a.applicationId]: { ...x[a.applicationId], interview: v } }))} /> : dec(a.interviewScore) },
            { title: "总成绩", dataIndex: "totalScore", align: "right", render: dec },
            { title: "名次", dataIndex: "rank", render: (r) => r ?? "—" },
            { title: "录用", dataIndex: "offer", render: (o: string) => OFFERS[o] ?? o },
            { title: "操作", render: (_, a: any) => open ? <Button size="small" loading={act.busy} onClick={() => score(a)}>保存成绩</Button>
              : a.offer === "OFFERED" ? <Space>
                  <Button size="small" loading={act.busy} onClick={() => answer(a, true)}>登记接受</Button>
                  <Button size="small" danger loading={act.busy} onClick={() => answer(a, false)}>登记放弃</Button>
                </Space> : null },
          ]} />
      </Card>
    </>
  );
}

function Rotation() {
  const year = schoolYearOf(new Date());
  const [form] = Form.useForm();
  const { busy, run } = useSubmit(form, ["schoolYear", "share", "maxSourceStaffShare", "minKeptPerSubject"]);
  const [result, setResult] = useState<any | null>(null);
  const [previous, setPrevious] = useState<any | null>(null);
  const [explained, setExplained] = useState<any | null>(null);
  const schools = useLoad(() => api<any[]>("quota", "/quotas").catch(() => []), []);
  const schoolName = (id: string) => schools.data?.find((s: any) => s.schoolId === id)?.name ?? id;
  const location = (id: string) => schools.data?.find((s: any) => s.schoolId === id)?.location;
  const simulate = async (v: any) => {
    const body = { schoolYear: v.schoolYear, share: v.share, parameters: { maxSourceStaffShare: v.maxSourceStaffShare, minKeptPerSubject: v.minKeptPerSubject } };
    const r = await run(() => post("rotation", "/rounds/simulations", body));
    if (r) { setPrevious(result); setResult(r); }
  };
  const propose = async () => {
    const round = await run(() => post("rotation", "/rounds", form.getFieldsValue()));
    if (round) await run(() => post("rotation", `/rounds/${(round as any).id}/proposal`), "轮岗方案已提交至年度调整方案");
  };
  return (
    <>
      <PageTitle>交流轮岗</PageTitle>
      <Card title="模拟参数" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={{ schoolYear: year, share: 0.15 }} onFinish={simulate}>
          <Form.Item name="schoolYear" label="学年" rules={[{ required: true, message: "请填写学年" }]}><Input style={{ width: 120 }} /></Form.Item>
          <Form.Item name="share" label="轮岗比例"><InputNumber min={0.01} max={1} step={0.01} /></Form.Item>
          <Form.Item name="maxSourceStaffShare" label="单校输出上限"><InputNumber min={0.01} max={1} step={0.01} /></Form.Item>
          <Form.Item name="minKeptPerSubject" label="每科至少保留"><InputNumber min={0} max={50} precision={0} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>模拟</Button>
          <Button style={{ marginLeft: 8 }} disabled={!result} loading={busy} onClick={propose}>确定并提交方案</Button>
        </Form>
        {busy && <Progress percent={99} status="active" showInfo={false} style={{ marginTop: 8 }} aria-label="正在计算" />}
      </Card>
      {result && (
        <Row gutter={16}>
          {previous && <Col span={12}><Simulation title="上一次模拟" round={previous} location={location} schoolName={schoolName} onExplain={setExplained} /></Col>}
          <Col span={previous ? 12 : 24}><Simulation title="本次模拟" round={result} location={location} schoolName={schoolName} onExplain={setExplained} /></Col>
        </Row>
      )}
      <MoveExplanation move={explained} open={!!explained} onClose={() => setExplained(null)} schoolName={schoolName} />
    </>
  );
}

function Simulation({ title, round, location, schoolName, onExplain }: { title: string; round: any; location: (id: string) => string | undefined; schoolName: (id: string) => string; onExplain: (m: any) => void }) {
  const moves: any[] = round.moves ?? [];
  const charts = useMemo(() => {
    const count = (key: (m: any) => string[], keys: string[]) => keys.map((k) => moves.filter((m) => key(m).includes(k)).length);
    const forms = Object.keys(FORM_NAMES).filter((f) => moves.some((m) => m.form === f));
    const dirs = Object.keys(DIRECTION_NAMES);
    const locs = ["URBAN", "TOWN", "RURAL"];
    return {
      form: barOption(forms.map((f) => FORM_NAMES[f]), [{ name: "人数", data: count((m) => [m.form], forms) }]),
      direction: barOption(dirs.map((d) => DIRECTION_NAMES[d]), [{ name: "人数", data: count((m) => m.directions ?? [], dirs) }]),
      location: barOption(locs.map(label), [{ name: "调入", data: count((m) => [location(m.toSchoolId) ?? ""], locs) }, { name: "调出", data: count((m) => [location(m.fromSchoolId) ?? ""], locs) }]),
    };
  }, [round]);
  return (
    <Card title={title} data-testid="simulation">
      <Space size="large" wrap>
        <Statistic title="应轮岗" value={num(round.due)} />
        <Statistic title="目标" value={num(round.target)} />
        <Statistic title="安排" value={num(moves.length)} />
        <Statistic title="空缺补足率" value={pct(round.coverage?.share)} />
      </Space>
      <Tabs items={[
        { key: "m", label: "调整明细", children: (
          <Table size="small" rowKey="moveId" dataSource={moves} pagination={{ pageSize: 10 }}
            columns={[
              { title: "学科", dataIndex: "subject", render: subjectName },
              { title: "调出", dataIndex: "fromSchoolId", render: schoolName },
              { title: "调入", dataIndex: "toSchoolId", render: schoolName },
              { title: "形式", dataIndex: "form", render: (f) => FORM_NAMES[f] ?? f },
              { title: "", render: (_, m: any) => <Button size="small" onClick={() => onExplain(m)}>理由</Button> },
            ]} />) },
        { key: "c", label: "图表", children: (
          <>
            <Chart label="按形式的轮岗人数" height={220} option={charts.form} />
            <Chart label="按方向的轮岗人数" height={220} option={charts.direction} />
            <Chart label="按城乡的调入调出人数" height={220} option={charts.location} />
          </>) },
      ]} />
    </Card>
  );
}

function Plans() {
  const { data, error, loading, reload } = useLoad(() => api<any[]>("recruitment", "/plans"), []);
  const { busy, run } = useSubmit(null, []);
  return (
    <>
      <PageTitle>年度调整方案</PageTitle>
      <LoadError error={error} />
      <div style={{ textAlign: "right", marginBottom: 8 }}><ExportButton name="年度调整方案" testId="plans-xlsx" rows={data} exportColumns={BUREAU_PLAN_EXPORT} /></div>
      <Table rowKey={(p: any) => p.planId ?? p.id} loading={loading} dataSource={data}
        columns={[
          { title: "学年", dataIndex: "schoolYear", render: schoolYear },
          { title: "版本", dataIndex: "version" },
          { title: "状态", dataIndex: "status", render: label },
          { title: "编办", dataIndex: "staffingOfficeDecision", render: (d: any) => label(d?.decision ?? d) },
          { title: "人社", dataIndex: "hrDecision", render: (d: any) => label(d?.decision ?? d) },
          { title: "更新", dataIndex: "updatedAt", render: dateTime },
          { title: "操作", render: (_, p: any) => (
            <Space>
              {(p.status === "DRAFT" || p.status === "REJECTED") && <Link to={`/bureau/plans/${p.planId ?? p.id}/edit`}>编辑</Link>}
              {(p.status === "DRAFT" || p.status === "REJECTED") && <Button size="small" loading={busy} onClick={async () => { if (await run(() => post("recruitment", `/plans/${p.planId ?? p.id}/submit`, {}), "已提交")) reload(); }}>提交</Button>}
              {p.status === "APPROVED" && <Button size="small" type="primary" loading={busy} onClick={async () => { if (await run(() => post("recruitment", `/plans/${p.planId ?? p.id}/execution`, {}), "已开始执行")) reload(); }}>执行</Button>}
            </Space>) },
        ]} />
    </>
  );
}
