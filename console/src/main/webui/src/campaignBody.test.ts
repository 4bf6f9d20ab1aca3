import { describe, expect, it } from "vitest";
import dayjs from "dayjs";
import { campaignBody, offsetDateTime } from "./campaignBody";
import { atListFields, listField } from "./formProblems";

describe("the campaign form as the service's body", () => {
  it("sends local date-times as instants with the user's offset", () => {
    const sent = offsetDateTime("2027-03-01T09:00")!;
    expect(sent).toMatch(/^2027-03-01T09:00:00[+-]\d{2}:\d{2}$/);
    expect(dayjs(sent).valueOf()).toBe(dayjs("2027-03-01T09:00").valueOf());
    expect(offsetDateTime("2027-03-01")).toBeNull();
    expect(offsetDateTime("")).toBeNull();
  });

  it("leaves weights out when none is given, else sends both", () => {
    const base = { kind: "INTERNAL" as const, postIds: ["p"], opensAt: "2027-03-01T09:00", closesAt: "2027-03-10T17:00" };
    expect(campaignBody(base).weights).toBeUndefined();
    expect(campaignBody({ ...base, weights: { written: 60 } }).weights).toEqual({ written: 60, interview: null });
    expect(campaignBody({ ...base, title: "  ", minTitle: "" })).toMatchObject({ title: undefined, minTitle: undefined });
  });
});

describe("a refusal naming one element of a list", () => {
  it("is shown at the list's field", () => {
    expect(listField("postIds[2]", ["postIds"])).toBe("postIds");
    expect(listField("open.body.postIds[0]", ["postIds"])).toBe("open.body.postIds");
    expect(listField("reasons[0]", ["postIds"])).toBe("reasons[0]");
    expect(listField(undefined, ["postIds"])).toBeUndefined();
    const p = atListFields({ status: 409, field: "postIds[1]", violations: [{ field: "schoolIds[3]" }] }, ["postIds", "schoolIds"]);
    expect(p.field).toBe("postIds");
    expect(p.violations?.[0].field).toBe("schoolIds");
  });
});
