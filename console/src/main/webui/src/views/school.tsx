import { useEffect, useState } from "react";
import { App, Button, Card, Descriptions, Input, InputNumber, Progress, Select, Table, Tag } from "antd";
import { Route, Routes } from "react-router-dom";
import { api, put } from "../api";
import { label, num, schoolYear, schoolYearOf } from "../fmt";
import { describe } from "../problem";
import { LoadError, PageTitle, TodoList, useLoad, useSession } from "../ui";
import { subjectName } from "./subjects";
import Communities from "./community";

const GRADES = ["EXCELLENT", "COMPETENT", "BASIC", "UNQUALIFIED"];
const GRADE_NAMES: Record<string, string> = { EXCELLENT: "优秀", COMPETENT: "合格", BASIC: "基本合格", UNQUALIFIED: "不合格" };

export default function SchoolViews() {
  return (
    <Routes>
      <Route index element={<Home />} />
      <Route path="evaluations" element={<Evaluations />} />
      <Route path="community" element={<Communities />} />
    </Routes>
  );
}

function useTeachers(schoolId?: string) {
  return useLoad(() => api<any[]>("recruitment", `/teachers?schoolId=${schoolId}&size=500`), [schoolId]);
}

function Home() {
  const session = useSession();
  const quota = useLoad(() => api<any>("quota", `/schools/${session.schoolId}/quota`), [session.schoolId]);
  const teachers = useTeachers(session.schoolId);
  const q = quota.data;
  return (
    <>
      <PageTitle>{q?.name ?? "本校"}工作台</PageTitle>
      <TodoList items={[{ text: `${schoolYear(schoolYearOf(new Date()))}年度考核待录入`, to: "/school/evaluations" }]} />
      <LoadError error={quota.error} />
      {q && (
        <Descriptions bordered size="small" column={4} style={{ marginBottom: 16 }} title="本校编制">
          <Descriptions.Item label="核定编制">{num(q.allocated)}</Descriptions.Item>
          <Descriptions.Item label="已设岗位">{num(q.postsEstablished)}</Descriptions.Item>
          <Descriptions.Item label="在编人数">{num(q.staffAppointed)}</Descriptions.Item>
          <Descriptions.Item label="状态">{label(q.status)}</Descriptions.Item>
        </Descriptions>
      )}
      <Card title="本校教师">
        <Table size="small" rowKey="teacherId" loading={teachers.loading} dataSource={teachers.data} pagination={{ pageSize: 20 }}
          columns={[
            { title: "姓名", dataIndex: "name" },
            { title: "学科", dataIndex: "subjects", render: (s: string[]) => (s ?? []).map(subjectName).join("、") },
            { title: "职称", dataIndex: "title", render: label },
          ]} />
      </Card>
    </>
  );
}

interface Row { teacherId: string; name: string; grade?: string; score?: number; comment?: string; saved?: boolean; error?: string }

/** The year's evaluations of all the school's teachers in one table, saved at once. */
function Evaluations() {
  const session = useSession();
  const { message } = App.useApp();
  const year = schoolYearOf(new Date());
  const teachers = useTeachers(session.schoolId);
  const [rows, setRows] = useState<Row[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  useEffect(() => setRows((teachers.data ?? []).map((t: any) => ({ teacherId: t.teacherId, name: t.name }))), [teachers.data]);
  const change = (id: string, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.teacherId === id ? { ...r, ...patch, saved: false, error: undefined } : r)));
  const save = async () => {
    const todo = rows.filter((r) => r.grade && r.score !== undefined && r.score !== null && !r.saved);
    setProgress(0);
    let done = 0;
    let failed = 0;
    for (const r of todo) {
      try {
        await put("rotation", `/teachers/${r.teacherId}/evaluations/${year}`, { grade: r.grade, score: r.score, comment: r.comment });
        setRows((rs) => rs.map((x) => (x.teacherId === r.teacherId ? { ...x, saved: true } : x)));
      } catch (e) {
        failed++;
        setRows((rs) => rs.map((x) => (x.teacherId === r.teacherId ? { ...x, error: describe(e) } : x)));
      }
      done++;
      setProgress(Math.round((done / todo.length) * 100));
    }
    setProgress(null);
    if (failed) message.error(`${failed} 条未能保存，请查看表中提示`);
    else message.success(`已保存 ${todo.length} 位教师的考核结果`);
  };
  return (
    <>
      <PageTitle>{schoolYear(year)}年度考核录入</PageTitle>
      <LoadError error={teachers.error} />
      <Table rowKey="teacherId" loading={teachers.loading} dataSource={rows} pagination={false} data-testid="evaluations"
        columns={[
          { title: "姓名", dataIndex: "name" },
          { title: "等次", render: (_, r) => <Select aria-label={`${r.name}的考核等次`} style={{ width: 120 }} value={r.grade} onChange={(g) => change(r.teacherId, { grade: g })} options={GRADES.map((g) => ({ value: g, label: GRADE_NAMES[g] }))} /> },
          { title: "分数", render: (_, r) => <InputNumber aria-label={`${r.name}的考核分数`} min={0} max={100} precision={2} value={r.score} onChange={(v) => change(r.teacherId, { score: v ?? undefined })} /> },
          { title: "评语", render: (_, r) => <Input aria-label={`${r.name}的评语`} value={r.comment} onChange={(e) => change(r.teacherId, { comment: e.target.value })} /> },
          { title: "结果", render: (_, r) => (r.error ? <Tag color="red">{r.error}</Tag> : r.saved ? <Tag color="green">已保存</Tag> : null) },
        ]} />
      {progress !== null && <Progress percent={progress} aria-label="保存进度" />}
      <Button type="primary" style={{ marginTop: 16 }} onClick={save} loading={progress !== null}>全部保存</Button>
    </>
  );
}
