// Editing an annual plan while it is a draft (or rejected): the service takes the whole list of items
// on each change, so an added item goes last and a removed one leaves the others as they are.
import { ProblemError, type Problem } from "./problem";

export const EDITABLE = new Set(["DRAFT", "REJECTED"]);

export type ItemKind = "QUOTA_TRANSFER" | "POST_CHANGE" | "TEACHER_MOVE" | "NEW_HIRE";

export interface NewItem {
  kind: ItemKind;
  fromSchoolId?: string; toSchoolId?: string; amount?: number | null;
  schoolId?: string; action?: string; category?: string; subject?: string; count?: number | null;
  teacherId?: string; fromPostId?: string; toPostId?: string; form?: string; termYears?: number | null; returnDate?: string;
  hoursPerWeek?: number | null; postId?: string;
  reason?: string;
}

/** The fields of the add form, each named as the service names the field of an item (items[i].<field>). */
export const ITEM_FIELDS = ["kind", "fromSchoolId", "toSchoolId", "amount", "schoolId", "action", "category", "subject", "count",
  "teacherId", "fromPostId", "toPostId", "form", "termYears", "returnDate", "hoursPerWeek", "postId", "reason"];

/**
 * The item as the service reads it: only the fields of its kind, reason trimmed. A teacher move entered by
 * hand is the bureau's own adjustment (source BUREAU); hours per week go with itinerant teaching only.
 */
export function itemOf(v: NewItem): Record<string, unknown> {
  const reason = v.reason?.trim() || undefined;
  const optional = <T>(x: T | null | undefined | "") => (x === null || x === "" ? undefined : x);
  switch (v.kind) {
    case "QUOTA_TRANSFER":
      return { kind: v.kind, fromSchoolId: v.fromSchoolId, toSchoolId: v.toSchoolId, amount: v.amount, reason };
    case "TEACHER_MOVE":
      return { kind: v.kind, teacherId: v.teacherId, fromSchoolId: v.fromSchoolId, fromPostId: v.fromPostId, toSchoolId: v.toSchoolId,
        toPostId: v.toPostId, subject: v.subject, form: optional(v.form), termYears: optional(v.termYears), returnDate: optional(v.returnDate),
        hoursPerWeek: v.form === "ITINERANT" ? optional(v.hoursPerWeek) : undefined, source: "BUREAU", reason };
    case "NEW_HIRE":
      return { kind: v.kind, schoolId: v.schoolId, postId: v.postId, category: v.category, subject: optional(v.subject), reason };
    default:
      return { kind: v.kind, schoolId: v.schoolId, action: v.action, category: v.category, subject: v.subject || undefined, count: v.count, reason };
  }
}

/** The posts the plan already fills (a move's destination, a new hire's post): the service lets a post receive one person. */
export function postsFilled(items: Array<Record<string, any>>): Set<string> {
  return new Set(items.flatMap((i) => (i.kind === "TEACHER_MOVE" && i.form !== "ITINERANT" ? [i.toPostId] : i.kind === "NEW_HIRE" ? [i.postId] : []))
    .filter(Boolean));
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
