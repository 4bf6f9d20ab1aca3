// Refusals that name one element of a list (postIds[2], schoolIds[0]) are shown at the list's own
// field: a form has one control for the whole list, not one per element.
import { ProblemError, type Problem } from "./problem";

/** "postIds[2]" → "postIds" when postIds is one of the lists; any other name as it is. */
export function listField(field: string | undefined, lists: string[]): string | undefined {
  if (!field) return field;
  const m = /^(.*?)([A-Za-z_$][\w$]*)\[\d+\]$/.exec(field);
  return m && lists.includes(m[2]) ? m[1] + m[2] : field;
}

export function atListFields(problem: Problem, lists: string[]): Problem {
  return {
    ...problem,
    field: listField(problem.field, lists),
    violations: problem.violations?.map((v) => ({ ...v, field: listField(v.field, lists) })),
  };
}

/** Runs a request; a refusal naming a list's element is rethrown naming the list. */
export async function refusedAtLists<T>(action: () => Promise<T>, lists: string[]): Promise<T> {
  try {
    return await action();
  } catch (e) {
    if (e instanceof ProblemError) throw new ProblemError(atListFields(e.problem, lists));
    throw e;
  }
}
