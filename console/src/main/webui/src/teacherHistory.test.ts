import { describe, expect, it } from "vitest";
import { moveRows, schoolNamesOf, secondmentState, type TeacherMove } from "./teacherHistory";

const move = (over: Partial<TeacherMove>): TeacherMove => ({
  moveId: "m", schoolYear: "2026-2027", form: "SUPPORT_TEACHING", status: "STARTED",
  fromSchool: { id: "1370683001", name: "城区第一小学" }, toSchool: { id: "1370683009", name: null },
  reasons: [{ code: "A", zh: "城区超编", en: "over" }, { code: "B", en: "rural shortage" }],
  startsOn: "2026-09-01", startedOn: null, returnDate: "2027-09-01", returnedOn: null, ...over,
});

describe("a teacher's rotation history", () => {
  it("names the form, the schools (the id when no name is known) and every reason in Chinese where given", () => {
    const [row] = moveRows([move({})]);
    expect(row.form).toBe("支教");
    expect(row.from).toBe("城区第一小学");
    expect(row.to).toBe("1370683009");
    expect(row.reason).toBe("城区超编；rural shortage");
    expect(row.status).toBe("进行中");
    expect(row.started).toBe("2026-09-01");
    expect(row.returnDate).toBe("2027-09-01");
  });

  it("names a school its reasons give by code where the move knows the name", () => {
    const [row] = moveRows([move({ reasons: [{ zh: "填补学校 1370683001 英语学科 1 个空岗中的第 1 个；学校 1370683009 缺编" }] })]);
    expect(row.reason).toBe("填补学校 城区第一小学 英语学科 1 个空岗中的第 1 个；学校 1370683009 缺编");
  });

  it("gives the names of the schools its moves name, for a teacher who does not read the school list", () => {
    const names = schoolNamesOf([move({}), move({ moveId: "n", fromSchool: { id: "1370683009", name: "乡村第二小学" }, toSchool: undefined })]);
    expect([...names]).toEqual([["1370683001", "城区第一小学"], ["1370683009", "乡村第二小学"]]);
  });

  it("a competition has no return date, and a planned move has not started", () => {
    const [row] = moveRows([move({ form: "COMPETITION", status: "PLANNED", returnDate: "2027-09-01" })]);
    expect(row.returns).toBe(false);
    expect(row.returnDate).toBeNull();
    expect(row.started).toBeNull();
  });

  it("lists the newest school year first", () => {
    const rows = moveRows([move({ moveId: "old", schoolYear: "2024-2025" }), move({ moveId: "new", schoolYear: "2026-2027" })]);
    expect(rows.map((r) => r.moveId)).toEqual(["new", "old"]);
  });
});

describe("a secondment's state", () => {
  const s = { secondmentId: "s", teacherId: "t", receivingInstitution: "县教研室", from: "2026-03-01", until: "2026-12-31" };
  it("irregular first: unapproved, or approved but past its period", () => {
    expect(secondmentState({ ...s, approved: false, irregular: true }).text).toBe("未经批准");
    expect(secondmentState({ ...s, approved: true, irregular: true }).text).toBe("超期未归");
  });
  it("ended, or running", () => {
    expect(secondmentState({ ...s, approved: true, irregular: false, endedOn: "2026-06-30" }).text).toBe("已结束");
    expect(secondmentState({ ...s, approved: true, irregular: false }).text).toBe("借用中");
  });
});
