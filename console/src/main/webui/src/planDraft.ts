// Editing an annual plan while it is a draft (or rejected): the service takes the whole list of items
// on each change, so an added item goes last and a removed one leaves the others as they are.
import { ProblemError, type Problem } from "./problem";

export const EDITABLE = new Set(["DRAFT", "REJECTED"]);

export interface NewItem {
  kind: "QUOTA_TRANSFER" | "POST_CHANGE";
  fromSchoolId?: string; toSchoolId?: string; amount?: number | null;
  schoolId?: string; action?: string; category?: string; subject?: string; count?: number | null;
  reason?: string;
}

/** The item as the service reads it: only the fields of its kind, reason trimmed. */
export function itemOf(v: NewItem): Record<string, unknown> {
  const reason = v.reason?.trim() || undefined;
  if (v.kind === "QUOTA_TRANSFER") return { kind: v.kind, fromSchoolId: v.fromSchoolId, toSchoolId: v.toSchoolId, amount: v.amount, reason };
  return { kind: v.kind, schoolId: v.schoolId, action: v.action, category: v.category, subject: v.subject || undefined, count: v.count, reason };
}

export const withItem = <T>(items: T[], item: T): T[] => [...items, item];
export const withoutItem = <T>(items: T[], index: number): T[] => items.filter((_, i) => i !== index);

/**
 * A refusal of the new item (items[<its index>].amount) named as the add form's field (amount); a
 * refusal of another item keeps its name, so it is shown as a message naming the item.
 */
export function atNewItem(problem: Problem, index: number): Problem {
  const own = (f?: string) => {
    const m = f ? /^(?:.*\.)?items\[(\d+)\]\.(.+)$/.exec(f) : null;
    return m && Number(m[1]) === index ? m[2] : f;
  };
  return { ...problem, field: own(problem.field), violations: problem.violations?.map((v) => ({ ...v, field: own(v.field) })) };
}

export async function refusedAtNewItem<T>(action: () => Promise<T>, index: number): Promise<T> {
  try {
    return await action();
  } catch (e) {
    if (e instanceof ProblemError) throw new ProblemError(atNewItem(e.problem, index));
    throw e;
  }
}
