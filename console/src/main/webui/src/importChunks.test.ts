import { describe, expect, it } from "vitest";
import { csvParts, csvRecords, inFileLines } from "./importChunks";

const file = "\uFEFFname,gender,note\r\n林晓东,MALE,\"多行\r\n备注\"\r\n\r\n周雨桐,FEMALE,\"含,逗号\"\r\n王芳,FEMALE,x\r\n,,\r\n李明,MALE,\"引号\"\"\"";

describe("a CSV file read as the service reads it", () => {
  it("finds each record and the line it starts on, skipping blank ones", () => {
    const { header, records } = csvRecords(file);
    expect(header).toBe("name,gender,note");
    expect(records.map((r) => r.line)).toEqual([2, 5, 6, 8]);
    expect(records[0].text).toBe("林晓东,MALE,\"多行\r\n备注\"");
    expect(records[3].text).toBe("李明,MALE,\"引号\"\"\"");
  });

  it("an empty file has no header", () => {
    expect(csvRecords("")).toEqual({ header: null, records: [] });
  });
});

describe("a file checked in parts", () => {
  const { header, records } = csvRecords(file);
  const parts = csvParts(header!, records, 2);

  it("each part starts with the header and holds at most the size", () => {
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.records)).toEqual([2, 2]);
    expect(parts[1].text).toBe("name,gender,note\n王芳,FEMALE,x\n李明,MALE,\"引号\"\"\"\n");
  });

  it("a refused line of a part is reported at its line in the whole file", () => {
    // part 1: line 2 is 林晓东 (two lines long), so 周雨桐 starts on line 4 of the part, line 5 of the file
    expect(inFileLines([{ row: 4, rule: "ID_NUMBER_VALID" }], parts[0])[0].row).toBe(5);
    expect(inFileLines([{ row: 2, rule: "X" }, { row: 3, rule: "Y" }], parts[1]).map((r) => r.row)).toEqual([6, 8]);
  });
});
