// A school year's enrollment form (students and classes per stage) as the service's report and back.
export const STAGES = ["KINDERGARTEN", "PRIMARY", "JUNIOR", "SENIOR", "VOCATIONAL", "SPECIAL"] as const;
export const STAGE_NAMES: Record<string, string> = {
  KINDERGARTEN: "学前", PRIMARY: "小学", JUNIOR: "初中", SENIOR: "高中", VOCATIONAL: "中职", SPECIAL: "特殊教育",
};

export type Counts = Partial<Record<string, number | null>>;
/** The form's values: students under each stage's own name (as the service names them), classes under "classes". */
export type EnrollmentFormValues = { [stage: string]: number | null | undefined | Counts; classes?: Counts };

/**
 * {@code {"PRIMARY": 812, "classes": {"PRIMARY": 18}}}: the stages with students entered; classes only
 * where entered. Refusals come back at "PRIMARY" / "classes.PRIMARY", the form's own field names.
 */
export function enrollmentBody(v: EnrollmentFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const classes: Record<string, number> = {};
  for (const stage of STAGES) {
    const n = v[stage];
    if (typeof n === "number") body[stage] = n;
  }
  for (const [stage, n] of Object.entries(v.classes ?? {})) if (typeof n === "number") classes[stage] = n;
  if (Object.keys(classes).length) body.classes = classes;
  return body;
}

export function formValuesOf(view: { students?: Counts; classes?: Counts } | null | undefined): EnrollmentFormValues {
  return { ...(view?.students ?? {}), classes: { ...(view?.classes ?? {}) } };
}

/** The form's field names for refusals: each stage (students), and "classes" (classes.<stage>). */
export const ENROLLMENT_FIELDS = [...STAGES, "classes"];

/** School years from {@code back} before the current one to {@code ahead} after, newest first ("2026-2027"). */
export function schoolYearsAround(current: string, back = 3, ahead = 1): string[] {
  const start = Number(current.slice(0, 4));
  const years: string[] = [];
  for (let y = start + ahead; y >= start - back; y--) years.push(`${y}-${y + 1}`);
  return years;
}

/** The first day of a school year (1 September), the date its standards are read on. */
export const schoolYearStart = (year: string) => `${year.slice(0, 4)}-09-01`;
