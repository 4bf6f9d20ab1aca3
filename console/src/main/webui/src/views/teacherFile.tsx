import { useMemo, useState } from "react";
import { Button, Card, Descriptions, Space, Table, Tabs, Tag, Typography } from "antd";
import { useParams } from "react-router-dom";
import { api } from "../api";
import { ExportButton } from "../ExportButton";
import { date, dateTime, dec, label, schoolYear, titleName } from "../fmt";
import { moveRows, schoolNamesOf, secondmentState, type MoveRow, type Secondment, type TeacherMove } from "../teacherHistory";
import { LoadError, PageTitle, useLoad, useSession } from "../ui";
import type { XlsxColumn } from "../xlsx";
import { MoveExplanation } from "./explain";
import { subjectName } from "./subjects";

const SOURCES: Record<string, string> = { DIRECT: "直接聘用", OPEN_CAMPAIGN: "公开招聘", INTERNAL_CAMPAIGN: "校际竞聘", IMPORT: "批量导入", TRANSFER: "调动" };
const CONTRACT_TYPES: Record<string, string> = { FIXED_TERM: "固定期限", OPEN_ENDED: "无固定期限", PROBATION: "试用期" };
const CONTRACT_STATES: Record<string, string> = { ACTIVE: "有效", EXPIRED: "已到期", TERMINATED: "已解除" };
const TEACHER_STATES: Record<string, string> = { ACTIVE: "在岗", SECONDED: "借调中", ON_LEAVE: "休假", RETIRED: "退休", LEFT: "离职" };
const GRADES: Record<string, string> = { EXCELLENT: "优秀", COMPETENT: "合格", BASIC: "基本合格", UNQUALIFIED: "不合格" };
/** Roles that read the county's quota list (names for the ids the records carry); a school reads the county's schools. */
const READS_QUOTAS = new Set(["staffing-office", "hr", "education-bureau", "auditor"]);

/** The county's school names by code, for the roles that may read them; the code itself otherwise. */
export function useSchoolNames(): (id?: string | null) => string {
  const session = useSession();
  const list = READS_QUOTAS.has(session.role ?? "") ? "/quotas" : session.role === "school" ? "/schools" : null;
  const schools = useLoad(() => (list ? api<any[]>("quota", list).catch(() => []) : Promise.resolve([])), [list]);
  return useMemo(() => {
    const names = new Map<string, string>((schools.data ?? []).map((s: any) => [s.schoolId, s.name]));
    return (id?: string | null) => (id ? names.get(id) ?? id : "—");
  }, [schools.data]);
}

export default function TeacherFilePage() {
  const { id } = useParams();
  return (
    <>
      <PageTitle>教师档案</PageTitle>
      <TeacherFile id={id!} />
    </>
  );
}

/**
 * A teacher's whole record: who they are, appointments, contracts, evaluations, secondments and the
 * rotation history (each move with its form, reason and return date). {@code self}: the teacher's own
 * page, where secondments (read by the departments and the school) are left out.
 */
export function TeacherFile({ id, self = false }: { id: string; self?: boolean }) {
  const countySchoolName = useSchoolNames();
  const teacher = useLoad(() => api<any>("recruitment", `/teachers/${id}`), [id]);
  const appointments = useLoad(() => api<any[]>("recruitment", `/teachers/${id}/appointments`), [id]);
  const contracts = useLoad(() => api<any[]>("recruitment", `/teachers/${id}/contracts`), [id]);
  const evaluations = useLoad(() => api<any[]>("rotation", `/teachers/${id}/evaluations`), [id]);
  const moves = useLoad(() => api<TeacherMove[]>("rotation", `/teachers/${id}/moves`), [id]);
  const secondments = useLoad(() => (self ? Promise.resolve([]) : api<Secondment[]>("recruitment", "/secondments?teacherId=" + id)), [id, self]);
  const [explained, setExplained] = useState<TeacherMove | null>(null);
  const t = teacher.data;
  const rows = useMemo(() => moveRows(moves.data ?? []), [moves.data]);
  // the county's list where the user reads it, else the names the teacher's own moves carry
  const movesSchools = useMemo(() => schoolNamesOf(moves.data ?? []), [moves.data]);
  const schoolName = (sid?: string | null) => (sid && movesSchools.get(sid)) || countySchoolName(sid);
  const name = t?.name ?? "教师";

  const appointmentColumns: XlsxColumn<any>[] = [
    { header: "学校", value: (a) => schoolName(a.schoolId) }, { header: "学科", value: (a) => subjectName(a.subject) },
    { header: "来源", value: (a) => SOURCES[a.source] ?? a.source }, { header: "起始日期", value: (a) => a.effectiveFrom },
    { header: "结束日期", value: (a) => a.endedOn ?? null }, { header: "结束原因", value: (a) => a.endReason ?? null },
  ];
  const contractColumns: XlsxColumn<any>[] = [
    { header: "类型", value: (c) => CONTRACT_TYPES[c.type] ?? c.type }, { header: "起始日期", value: (c) => c.startsOn },
    { header: "终止日期", value: (c) => c.endsOn ?? null }, { header: "续订次数", value: (c) => c.renewals },
    { header: "状态", value: (c) => CONTRACT_STATES[c.status] ?? c.status }, { header: "解除日期", value: (c) => c.terminatedOn ?? null },
  ];
  const evaluationColumns: XlsxColumn<any>[] = [
    { header: "学年", value: (e) => schoolYear(e.schoolYear) }, { header: "等次", value: (e) => GRADES[e.grade] ?? e.grade },
    { header: "分数", value: (e) => (e.score === null || e.score === undefined ? null : Number(e.score)) },
    { header: "评语", value: (e) => e.comment ?? null }, { header: "版本", value: (e) => e.version },
  ];
  const secondmentColumns: XlsxColumn<Secondment>[] = [
    { header: "借用单位", value: (s) => s.receivingInstitution }, { header: "起始日期", value: (s) => s.from },
    { header: "批准截止", value: (s) => s.until }, { header: "批准文号", value: (s) => s.approvalReference ?? null },
    { header: "结束日期", value: (s) => s.endedOn ?? null }, { header: "状态", value: (s) => secondmentState(s).text },
  ];
  const moveColumns: XlsxColumn<MoveRow>[] = [
    { header: "学年", value: (m) => schoolYear(m.schoolYear) }, { header: "形式", value: (m) => m.form },
    { header: "调出学校", value: (m) => m.from }, { header: "调入学校", value: (m) => m.to },
    { header: "理由", value: (m) => m.reason }, { header: "开始日期", value: (m) => m.started },
    { header: "返回日期", value: (m) => m.returnDate }, { header: "实际返回", value: (m) => m.returnedOn },
    { header: "状态", value: (m) => m.status },
  ];
  const exportName = (what: string) => `${name}_${what}`;
  const empty = (text: string) => ({ emptyText: <Typography.Text type="secondary">{text}</Typography.Text> });

  return (
    <div data-testid="teacher-file">
      <LoadError error={teacher.error} />
      {t && (
        <Descriptions bordered size="small" column={3} style={{ marginBottom: 16 }} title={t.name}>
          <Descriptions.Item label="学科">{(t.subjects ?? []).map(subjectName).join("、") || "—"}</Descriptions.Item>
          <Descriptions.Item label="职称">{titleName(t.title)}</Descriptions.Item>
          <Descriptions.Item label="岗位类别">{label(t.category)}</Descriptions.Item>
          <Descriptions.Item label="首次聘用">{date(t.firstHireDate)}</Descriptions.Item>
          <Descriptions.Item label="状态">{TEACHER_STATES[t.status] ?? label(t.status)}</Descriptions.Item>
          <Descriptions.Item label="任职学校">{t.currentAppointment ? `${schoolName(t.currentAppointment.schoolId)}（${date(t.currentAppointment.since)}起）` : "—"}</Descriptions.Item>
          <Descriptions.Item label="身份证号">{t.idNumberMasked ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="骨干教师">{t.backbone ? "是" : "否"}</Descriptions.Item>
          <Descriptions.Item label="青年教师">{t.young ? "是" : "否"}</Descriptions.Item>
        </Descriptions>
      )}
      <Tabs items={[
        { key: "appointments", label: "聘用记录", children: (
          <Card size="small" extra={<ExportButton name={exportName("聘用记录")} rows={appointments.data} exportColumns={appointmentColumns} />}>
            <LoadError error={appointments.error} />
            <Table size="small" rowKey="appointmentId" loading={appointments.loading} dataSource={appointments.data} pagination={false} locale={empty("暂无聘用记录")}
              columns={[
                { title: "学校", dataIndex: "schoolId", render: schoolName },
                { title: "学科", dataIndex: "subject", render: subjectName },
                { title: "来源", dataIndex: "source", render: (s: string) => SOURCES[s] ?? s },
                { title: "起始日期", dataIndex: "effectiveFrom", render: date },
                { title: "结束日期", dataIndex: "endedOn", render: date },
                { title: "结束原因", dataIndex: "endReason", render: (r?: string) => r ?? "—" },
              ]} />
          </Card>) },
        { key: "contracts", label: "聘用合同", children: (
          <Card size="small" extra={<ExportButton name={exportName("聘用合同")} rows={contracts.data} exportColumns={contractColumns} />}>
            <LoadError error={contracts.error} />
            <Table size="small" rowKey="contractId" loading={contracts.loading} dataSource={contracts.data} pagination={false} locale={empty("暂无合同")}
              columns={[
                { title: "类型", dataIndex: "type", render: (x: string) => CONTRACT_TYPES[x] ?? x },
                { title: "起始日期", dataIndex: "startsOn", render: date },
                { title: "终止日期", dataIndex: "endsOn", render: date },
                { title: "续订次数", dataIndex: "renewals", align: "right" },
                { title: "状态", dataIndex: "status", render: (x: string) => CONTRACT_STATES[x] ?? x },
                { title: "解除日期", dataIndex: "terminatedOn", render: date },
              ]} />
          </Card>) },
        { key: "evaluations", label: "年度考核", children: (
          <Card size="small" extra={<ExportButton name={exportName("年度考核")} rows={evaluations.data} exportColumns={evaluationColumns} />}>
            <LoadError error={evaluations.error} />
            <Table size="small" rowKey="evaluationId" loading={evaluations.loading} dataSource={evaluations.data} pagination={false} locale={empty("暂无考核记录")}
              columns={[
                { title: "学年", dataIndex: "schoolYear", render: schoolYear },
                { title: "等次", dataIndex: "grade", render: (g: string) => GRADES[g] ?? g },
                { title: "分数", dataIndex: "score", align: "right", render: dec },
                { title: "评语", dataIndex: "comment", render: (c?: string) => c || "—" },
                { title: "录入", dataIndex: "recordedAt", render: dateTime },
                { title: "版本", dataIndex: "version", align: "right" },
              ]} />
          </Card>) },
        ...(self ? [] : [{ key: "secondments", label: "抽调借用", children: (
          <Card size="small" extra={<ExportButton name={exportName("抽调借用")} rows={secondments.data} exportColumns={secondmentColumns} />}>
            <LoadError error={secondments.error} />
            <Table size="small" rowKey="secondmentId" loading={secondments.loading} dataSource={secondments.data} pagination={false} locale={empty("暂无借用记录")}
              columns={[
                { title: "借用单位", dataIndex: "receivingInstitution" },
                { title: "起始日期", dataIndex: "from", render: date },
                { title: "批准截止", dataIndex: "until", render: date },
                { title: "批准文号", dataIndex: "approvalReference", render: (r?: string) => r || "—" },
                { title: "结束日期", dataIndex: "endedOn", render: date },
                { title: "状态", render: (_: unknown, s: Secondment) => { const st = secondmentState(s); return <Tag color={st.color}>{st.text}</Tag>; } },
              ]} />
          </Card>) }]),
        { key: "moves", label: "交流轮岗", children: (
          <Card size="small" extra={<ExportButton name={exportName("交流轮岗")} rows={rows} exportColumns={moveColumns} />}>
            <LoadError error={moves.error} />
            <Table size="small" rowKey="moveId" loading={moves.loading} dataSource={rows} pagination={false} locale={empty("暂无轮岗记录")} data-testid="teacher-moves"
              columns={[
                { title: "学年", dataIndex: "schoolYear", render: schoolYear },
                { title: "形式", dataIndex: "form" },
                { title: "调出学校", dataIndex: "from" },
                { title: "调入学校", dataIndex: "to" },
                { title: "理由", dataIndex: "reason", width: 280 },
                { title: "开始日期", dataIndex: "started", render: date },
                { title: "返回日期", dataIndex: "returnDate", render: (d: string | null, m: MoveRow) => (m.returns ? date(d) : "不返回") },
                { title: "实际返回", dataIndex: "returnedOn", render: date },
                { title: "状态", dataIndex: "status" },
                { title: "操作", render: (_: unknown, m: MoveRow) => (
                  <Space><Button size="small" aria-label={`查看${schoolYear(m.schoolYear)}${m.form}的调整理由`}
                    onClick={() => setExplained((moves.data ?? []).find((x) => x.moveId === m.moveId) ?? null)}>理由</Button></Space>) },
              ]} />
          </Card>) },
      ]} />
      <MoveExplanation open={!!explained} onClose={() => setExplained(null)}
        schoolName={schoolName}
        move={explained && { ...explained, fromSchoolId: explained.fromSchool?.id, toSchoolId: explained.toSchool?.id }} />
    </div>
  );
}
