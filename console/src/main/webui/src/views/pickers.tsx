import { useMemo } from "react";
import { api } from "../api";
import { label, titleName } from "../fmt";
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
export function TeacherSelect({ schoolId, onPicked, onChange, ...props }: { schoolId?: string; value?: string; onChange?: (v: string) => void; onPicked?: (teacher: any) => void; id?: string; "aria-label"?: string; style?: React.CSSProperties }) {
  const teachers = useLoad(() => (schoolId ? api<any[]>("recruitment", `/teachers?schoolId=${schoolId}&size=500`) : Promise.resolve([])), [schoolId]);
  const options = useMemo(() => (teachers.data ?? []).map((t: any) => ({
    value: t.teacherId, label: `${t.name}（${(t.subjects ?? []).map(subjectName).join("、")}）`,
  })), [teachers.data]);
  return <FieldSelect showSearch optionFilterProp="label" loading={teachers.loading} disabled={!schoolId} options={options}
    placeholder={schoolId ? "输入姓名查找" : "请先选择学校"} style={{ minWidth: 220 }} {...props}
    onChange={(v: string) => { onChange?.(v); onPicked?.((teachers.data ?? []).find((t: any) => t.teacherId === v)); }} />;
}

/** A post as its category, subject and grade name it (the service's posts carry no title of their own). */
export const postName = (p: { category?: string; subject?: string | null; level?: string | null; postId: string }) =>
  [label(p.category), p.subject ? subjectName(p.subject) : null, p.level ? titleName(p.level) : null, `编号 ${p.postId.slice(0, 8)}`]
    .filter(Boolean).join(" · ");

/**
 * A post of one school as recruitment-service knows it (the school chosen first); {@code vacant}: only posts open
 * for appointment; {@code excluded}: posts not to offer (already filled by the plan being edited).
 */
export function PostSelect({ schoolId, vacant, excluded, onPicked, onChange, ...props }: { schoolId?: string; vacant?: boolean; excluded?: Set<string>; value?: string; onChange?: (v: string) => void; onPicked?: (post: any) => void; id?: string; disabled?: boolean; style?: React.CSSProperties }) {
  const posts = useLoad(() => (schoolId ? api<any[]>("recruitment", `/posts?schoolId=${schoolId}${vacant ? "&vacant=true" : ""}`) : Promise.resolve([])), [schoolId, vacant]);
  const options = useMemo(() => (posts.data ?? []).filter((p: any) => !excluded?.has(p.postId))
    .map((p: any) => ({ value: p.postId, label: postName(p) })), [posts.data, excluded]);
  return <FieldSelect showSearch optionFilterProp="label" loading={posts.loading} options={options}
    placeholder={schoolId ? (vacant ? "选择空缺岗位" : "选择岗位") : "请先选择学校"} style={{ minWidth: 260 }} {...props} disabled={!schoolId || props.disabled}
    notFoundContent={schoolId && !posts.loading ? "该校没有可选岗位" : undefined}
    onChange={(v: string) => { onChange?.(v); onPicked?.((posts.data ?? []).find((p: any) => p.postId === v)); }} />;
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
