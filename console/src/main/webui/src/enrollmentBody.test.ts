import { describe, expect, it } from "vitest";
import { enrollmentBody, formValuesOf, schoolYearsAround, schoolYearStart } from "./enrollmentBody";
import { fieldPath } from "./problem";
import { ENROLLMENT_FIELDS } from "./enrollmentBody";

describe("a school year's enrollment", () => {
  it("sends the stages entered, and classes only where entered", () => {
    expect(enrollmentBody({ PRIMARY: 812, JUNIOR: null, classes: { PRIMARY: 18, JUNIOR: undefined } }))
      .toEqual({ PRIMARY: 812, classes: { PRIMARY: 18 } });
    expect(enrollmentBody({ PRIMARY: 0, classes: {} })).toEqual({ PRIMARY: 0 });
  });

  it("fills the form from the service's report", () => {
    expect(formValuesOf({ students: { PRIMARY: 812 }, classes: { PRIMARY: 18 } })).toEqual({ PRIMARY: 812, classes: { PRIMARY: 18 } });
    expect(formValuesOf(null)).toEqual({ classes: {} });
  });

  it("places the service's refusals at the form's fields", () => {
    expect(fieldPath("classes.PRIMARY", ENROLLMENT_FIELDS)).toEqual(["classes", "PRIMARY"]);
    expect(fieldPath("JUNIOR", ENROLLMENT_FIELDS)).toEqual(["JUNIOR"]);
  });

  it("offers the school years around the current one, newest first", () => {
    expect(schoolYearsAround("2026-2027", 2, 1)).toEqual(["2027-2028", "2026-2027", "2025-2026", "2024-2025"]);
    expect(schoolYearStart("2026-2027")).toBe("2026-09-01");
  });
});
