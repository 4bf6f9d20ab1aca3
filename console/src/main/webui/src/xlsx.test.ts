// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readXlsx, toCsv, toXlsx } from "./xlsx";

describe("Excel export and import", () => {
  it("a table written as xlsx reads back cell by cell, numbers as numbers", async () => {
    const rows = [{ name: "城关一小", allocated: 42 }, { name: "乡村, \"二\"小", allocated: 7 }];
    const data = await toXlsx("学校编制", [{ header: "学校", value: (r) => r.name }, { header: "核定编制", value: (r) => r.allocated }], rows);
    expect(await readXlsx(data)).toEqual([["学校", "核定编制"], ["城关一小", "42"], ["乡村, \"二\"小", "7"]]);
  }, 60_000);

  it("cells become CSV with quotes only where a comma, quote or line break needs them", () => {
    expect(toCsv([["name", "subjects"], ["乡村, \"二\"小", "CHINESE;MATHEMATICS"]]))
      .toBe("name,subjects\r\n\"乡村, \"\"二\"\"小\",CHINESE;MATHEMATICS\r\n");
  });
});
