import { useEffect, useState } from "react";
import { App, Button, Card, Descriptions, Input, InputNumber, Select, Table, Tag, Typography } from "antd";
import { Route, Routes } from "react-router-dom";
import { api, put } from "../api";
import { label, num, schoolYear, schoolYearOf, titleName } from "../fmt";
import { describe, ProblemError } from "../problem";
import { clearDraft, loadDraft, saveDraft } from "../drafts";
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
            { title: "职称", dataIndex: "title", render: titleName },
          ]} />
      </Card>
    </>
  );
}

interface Row { teacherId: string; name: string; grade?: string; score?: number; comment?: string; saved?: boolean; error?: string }
type Entered = Pick<Row, "grade" | "score" | "comment">;

/** "evaluations[<teacherId>].score" (as the service names a refused line) → the teacher's id. */
export function refusedTeacher(field: string | undefined): string | null {
  const m = /evaluations\[([^\]]+)\]/.exec(field ?? "");
  return m ? m[1] : null;
}

/** The year's evaluations of all the school's teachers in one table, saved at once (all or nothing). */
function Evaluations() {
  const session = useSession();
  const { message } = App.useApp();
  const year = schoolYearOf(new Date());
  const draftKey = `school-evaluations:${session.schoolId}:${year}`;
  const teachers = useTeachers(session.schoolId);
  const [rows, setRows] = useState<Row[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    // what was entered before the session expired comes back from its draft
    const entered = loadDraft<Record<string, Entered>>(draftKey) ?? {};
    setRows((teachers.data ?? []).map((t: any) => ({ teacherId: t.teacherId, name: t.name, ...entered[t.teacherId] })));
  }, [teachers.data, draftKey]);
  const change = (id: string, patch: Partial<Row>) => setRows((rs) => {
    const next = rs.map((r) => (r.teacherId === id ? { ...r, ...patch, saved: false, error: undefined } : r));
    saveDraft(draftKey, Object.fromEntries(next.filter((r) => !r.saved && (r.grade || r.score !== undefined || r.comment))
      .map((r) => [r.teacherId, { grade: r.grade, score: r.score, comment: r.comment }])));
    return next;
  });
  const save = async () => {
    const todo = rows.filter((r) => r.grade && r.score !== undefined && r.score !== null && !r.saved);
    if (todo.length === 0) {
      message.info("没有待保存的考核结果：请为教师选择等次并填写分数");
      return;
    }
    setSaving(true);
    try {
      const evaluations = Object.fromEntries(todo.map((r) => [r.teacherId, { grade: r.grade, score: r.score, comment: r.comment || undefined }]));
      await put("rotation", `/schools/${session.schoolId}/evaluations/${year}`, { evaluations });
      const ids = new Set(todo.map((r) => r.teacherId));
      setRows((rs) => rs.map((x) => (ids.has(x.teacherId) ? { ...x, saved: true, error: undefined } : x)));
      clearDraft(draftKey);
      message.success(`已保存 ${num(todo.length)} 位教师的考核结果`);
    } catch (e) {
      // all or nothing: each refused line is shown at its teacher, nothing was written
      const violations = e instanceof ProblemError ? (e.problem.violations?.length ? e.problem.violations : [{ field: e.problem.field, reason: e.problem.reason }]) : [];
      const errors = new Map<string, string>();
      for (const v of violations) {
        const id = refusedTeacher(v.field);
        if (id) errors.set(id, [errors.get(id), v.reason?.zh ?? v.reason?.en].filter(Boolean).join("；"));
      }
      setRows((rs) => rs.map((x) => (errors.has(x.teacherId) ? { ...x, error: errors.get(x.teacherId) } : x)));
      message.error(errors.size ? `${num(errors.size)} 位教师的考核结果有误，全部未保存，请按表中提示修改` : describe(e), 8);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <PageTitle>{schoolYear(year)}年度考核录入</PageTitle>
      <LoadError error={teachers.error} />
      <Table rowKey="teacherId" loading={teachers.loading || saving} dataSource={rows} pagination={false} data-testid="evaluations"
        columns={[
          { title: "姓名", dataIndex: "name" },
          { title: "等次", render: (_, r) => <Select aria-label={`${r.name}的考核等次`} style={{ width: 120 }} value={r.grade} onChange={(g) => change(r.teacherId, { grade: g })} options={GRADES.map((g) => ({ value: g, label: GRADE_NAMES[g] }))} /> },
          { title: "分数", render: (_, r) => <InputNumber aria-label={`${r.name}的考核分数`} min={0} max={100} precision={2} value={r.score} onChange={(v) => change(r.teacherId, { score: v ?? undefined })} /> },
          { title: "评语", render: (_, r) => <Input aria-label={`${r.name}的评语`} value={r.comment} onChange={(e) => change(r.teacherId, { comment: e.target.value })} /> },
          { title: "结果", render: (_, r) => (r.error ? <Typography.Text type="danger">{r.error}</Typography.Text> : r.saved ? <Tag color="green">已保存</Tag> : null) },
        ]} />
      <Button type="primary" style={{ marginTop: 16 }} onClick={save} loading={saving}>全部保存</Button>
    </>
  );
}
