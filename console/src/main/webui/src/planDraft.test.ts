import { describe, expect, it } from "vitest";
import { atNewItem, itemOf, postsFilled, withItem, withoutItem } from "./planDraft";

describe("a draft plan's items", () => {
  it("an item keeps only the fields of its kind", () => {
    expect(itemOf({ kind: "QUOTA_TRANSFER", fromSchoolId: "1370683001", toSchoolId: "1370683002", amount: 2, reason: " 学生减少 ", schoolId: "x" }))
      .toEqual({ kind: "QUOTA_TRANSFER", fromSchoolId: "1370683001", toSchoolId: "1370683002", amount: 2, reason: "学生减少" });
    expect(itemOf({ kind: "POST_CHANGE", schoolId: "1370683001", action: "ESTABLISH", category: "TEACHING", subject: "", count: 3, amount: 9 }))
      .toEqual({ kind: "POST_CHANGE", schoolId: "1370683001", action: "ESTABLISH", category: "TEACHING", subject: undefined, count: 3, reason: undefined });
  });
  it("a teacher move entered by hand is the bureau's own; hours per week go with itinerant teaching only", () => {
    const move = { kind: "TEACHER_MOVE" as const, teacherId: "t1", fromSchoolId: "1370683001", fromPostId: "p1", toSchoolId: "1370683002",
      toPostId: "p2", subject: "MATHEMATICS", form: "SUPPORT_TEACHING", termYears: null, returnDate: "", hoursPerWeek: 6, amount: 3 };
    expect(itemOf(move)).toEqual({ kind: "TEACHER_MOVE", teacherId: "t1", fromSchoolId: "1370683001", fromPostId: "p1", toSchoolId: "1370683002",
      toPostId: "p2", subject: "MATHEMATICS", form: "SUPPORT_TEACHING", source: "BUREAU" });
    expect(itemOf({ ...move, form: "ITINERANT" }).hoursPerWeek).toBe(6);
    expect(itemOf({ kind: "NEW_HIRE", schoolId: "1370683002", postId: "p3", category: "TEACHING", subject: "", count: 2 }))
      .toEqual({ kind: "NEW_HIRE", schoolId: "1370683002", postId: "p3", category: "TEACHING" });
  });
  it("the posts the plan already fills are a move's destination and a new hire's post", () => {
    expect([...postsFilled([{ kind: "TEACHER_MOVE", toPostId: "p2" }, { kind: "NEW_HIRE", postId: "p3" }, { kind: "POST_CHANGE", postIds: ["p4"] },
      { kind: "TEACHER_MOVE", form: "ITINERANT", toPostId: "p5" }])]).toEqual(["p2", "p3"]);
  });
  it("adds last and removes one, the others untouched", () => {
    expect(withItem([1, 2], 3)).toEqual([1, 2, 3]);
    expect(withoutItem([1, 2, 3], 1)).toEqual([1, 3]);
    expect(withoutItem([1], 0)).toEqual([]);
  });
  it("a refusal of the new item is named as the form's field; another item's keeps its name", () => {
    expect(atNewItem({ status: 400, rule: "PLAN_ITEM_FIELDS", field: "items[2].amount" }, 2).field).toBe("amount");
    expect(atNewItem({ status: 400, field: "revise.revision.items[2].toSchoolId" }, 2).field).toBe("toSchoolId");
    expect(atNewItem({ status: 422, field: "items[0].teacherId" }, 2).field).toBe("items[0].teacherId");
    expect(atNewItem({ status: 422, violations: [{ field: "items[2].count" }, { field: "items" }] }, 2).violations!.map((v) => v.field))
      .toEqual(["count", "items"]);
  });
});
