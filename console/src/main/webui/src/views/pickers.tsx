import { useMemo } from "react";
import { api } from "../api";
import { FieldSelect, useLoad } from "../ui";
import { subjectName } from "./subjects";

export interface SchoolOption { schoolId: string; name: string; district?: string; location?: string }

/** The county's schools (编制 list), for the roles that read it. */
export function useSchools() {
  return useLoad(() => api<SchoolOption[]>("quota", "/quotas"), []);
}

/** A school chosen by name (typed to filter), its 10-digit code as the value. */
export function SchoolSelect({ schools, ...props }: { schools?: SchoolOption[]; value?: string; onChange?: (v: string) => void; id?: string; "aria-label"?: string; style?: React.CSSProperties; allowClear?: boolean; mode?: "multiple" }) {
  const options = useMemo(() => (schools ?? []).map((s) => ({ value: s.schoolId, label: `${s.name}（${s.schoolId}）` })), [schools]);
  return <FieldSelect showSearch optionFilterProp="label" options={options} placeholder="输入校名查找" style={{ minWidth: 260 }} {...props} />;
}

/** A teacher of one school (the school chosen first; the service pages teachers by school). */
export function TeacherSelect({ schoolId, ...props }: { schoolId?: string; value?: string; onChange?: (v: string) => void; id?: string; "aria-label"?: string; style?: React.CSSProperties }) {
  const teachers = useLoad(() => (schoolId ? api<any[]>("recruitment", `/teachers?schoolId=${schoolId}&size=500`) : Promise.resolve([])), [schoolId]);
  const options = useMemo(() => (teachers.data ?? []).map((t: any) => ({
    value: t.teacherId, label: `${t.name}（${(t.subjects ?? []).map(subjectName).join("、")}）`,
  })), [teachers.data]);
  return <FieldSelect showSearch optionFilterProp="label" loading={teachers.loading} disabled={!schoolId} options={options}
    placeholder={schoolId ? "输入姓名查找" : "请先选择学校"} style={{ minWidth: 220 }} {...props} />;
}

/** Names of the teachers whose ids a table shows (lists carry ids), read one by one; undefined while unknown. */
export function useTeacherNames(ids: string[]): (id: string) => string | undefined {
  const distinct = [...new Set(ids)];
  const names = useLoad(async () => {
    const found = await Promise.all(distinct.map((id) => api<any>("recruitment", `/teachers/${id}`).then((t) => [id, t.name] as const, () => [id, id] as const)));
    return new Map<string, string>(found);
  }, [distinct.join()]);
  return (id: string) => names.data?.get(id);
}
