import { describe, expect, it } from "vitest";
import { columnsOf, tableOf } from "./xlsx";

describe("Excel export", () => {
  it("sends each row as cells in column order, numbers as numbers and what is missing as empty", () => {
    const rows = [{ name: "城关一小", allocated: 42 }, { name: "乡村二小", allocated: undefined as number | undefined }];
    expect(tableOf([{ header: "学校", value: (r) => r.name, width: 28 }, { header: "核定编制", value: (r) => r.allocated }], rows)).toEqual({
      columns: [{ header: "学校", width: 28 }, { header: "核定编制" }],
      rows: [["城关一小", 42], ["乡村二小", null]],
    });
  });

  it("takes a table's titled columns, its codes in Chinese, and leaves out columns without data", () => {
    const columns = columnsOf<any>([
      { title: "学校", dataIndex: "name" }, { title: "城乡", dataIndex: "location" },
      { title: "学科", dataIndex: "subjects" }, { title: "操作" }, { title: "编制", dataIndex: "quota", render: (n: number) => `${n} 名` },
      { title: "职称", dataIndex: "title", render: (t: string) => (t === "SECOND" ? "二级教师" : t) }, { title: "链接", dataIndex: "name", render: () => ({ jsx: true }) },
    ]);
    expect(columns.map((c) => c.header)).toEqual(["学校", "城乡", "学科", "编制", "职称", "链接"]);
    expect(tableOf(columns, [{ name: "城关一小", location: "RURAL", subjects: ["PRIMARY"], quota: 7, title: "SECOND" }]).rows)
      .toEqual([["城关一小", "乡村", "小学", 7, "二级教师", "城关一小"]]);
  });
});
