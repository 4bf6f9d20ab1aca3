// A teacher's rotation moves and secondments as the teacher's page lists them.
import { FORM_NAMES } from "./views/explain";
import { namingSchools } from "./fmt";

export const MOVE_STATUS: Record<string, string> = { PLANNED: "已安排", STARTED: "进行中", RETURNED: "已返回", DROPPED: "已取消" };
/** Forms the teacher comes back from (a term away); a competition or transfer has no return. */
const RETURNING = new Set(["SUPPORT_TEACHING", "SHADOWING", "ITINERANT"]);

export interface TeacherMove {
  moveId: string; schoolYear: string; roundStatus?: string; form: string; termYears?: number; subject?: string;
  fromSchool?: { id: string; name?: string | null }; toSchool?: { id: string; name?: string | null };
  reasons?: Array<{ code?: string; en?: string; zh?: string }>; status: string;
  startsOn?: string | null; startedOn?: string | null; returnDate?: string | null; returnedOn?: string | null;
}

export interface MoveRow {
  moveId: string; schoolYear: string; form: string; from: string; to: string; reason: string;
  started: string | null; returnDate: string | null; returnedOn: string | null; status: string; returns: boolean;
}

const schoolOf = (s?: { id: string; name?: string | null }) => (s ? s.name || s.id : "—");

/**
 * The names of the schools a teacher's moves name (rotation-service gives each move's schools with their
 * names): the teacher, who does not read the county's school list, still sees their schools by name.
 */
export function schoolNamesOf(moves: TeacherMove[]): Map<string, string> {
  return new Map(moves.flatMap((m) => [m.fromSchool, m.toSchool]).filter((s): s is { id: string; name: string } => !!s?.id && !!s.name)
    .map((s) => [s.id, s.name] as const));
}

/** Newest school year first; within a year, as the service gives them. */
export function moveRows(moves: TeacherMove[]): MoveRow[] {
  return moves
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.schoolYear.localeCompare(a.m.schoolYear) || a.i - b.i)
    .map(({ m }) => ({
      moveId: m.moveId,
      schoolYear: m.schoolYear,
      form: FORM_NAMES[m.form] ?? m.form,
      from: schoolOf(m.fromSchool),
      to: schoolOf(m.toSchool),
      reason: namingSchools((m.reasons ?? []).map((r) => r.zh || r.en || r.code || "").filter((r) => r).join("；"), (id) => schoolNamesOf([m]).get(id)) || "—",
      started: m.startedOn ?? (m.status === "PLANNED" ? null : m.startsOn ?? null),
      returnDate: RETURNING.has(m.form) ? m.returnDate ?? null : null,
      returnedOn: m.returnedOn ?? null,
      status: MOVE_STATUS[m.status] ?? m.status,
      returns: RETURNING.has(m.form),
    }));
}

export interface Secondment {
  secondmentId: string; teacherId: string; schoolId?: string; receivingInstitution: string; from: string; until: string;
  approvalReference?: string | null; endedOn?: string | null; approved: boolean; irregular: boolean;
}

/** 违规 (unapproved, or past the approved period) first: it is what the staffing office inspects. */
export function secondmentState(s: Secondment): { text: string; color: string } {
  if (s.irregular) return { text: s.approved ? "超期未归" : "未经批准", color: "red" };
  if (s.endedOn) return { text: "已结束", color: "default" };
  return { text: "借用中", color: "blue" };
}
