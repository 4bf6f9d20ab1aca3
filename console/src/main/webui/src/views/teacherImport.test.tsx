import { afterEach, describe, expect, it, vi } from "vitest";
import { createRoot } from "react-dom/client";
import { act } from "react";
import { App as AntApp } from "antd";
import TeacherImport from "./teacherImport";
import { until } from "../testing";

/** The service's dry run: every part's first line (line 2 of the part) is refused. */
class DryRun {
  static sent: Array<{ url: string; lines: number }> = [];
  url = "";
  status = 0;
  responseText = "";
  upload: { onprogress?: (e: any) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  open(_method: string, url: string) { this.url = url; }
  setRequestHeader() {}
  send(body: string) {
    const lines = body.trim().split("\n").length - 1;
    DryRun.sent.push({ url: this.url, lines });
    setTimeout(() => {
      this.status = 200;
      this.responseText = JSON.stringify({ rows: lines, imported: lines - 1, dryRun: true, teacherIds: [],
        rejected: [{ row: 2, field: "idNumber", rule: "ID_NUMBER_VALID", reason: { zh: "身份证号码无效" } }] });
      this.onload?.();
    }, 5);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe("the teacher import's check", () => {
  it("checks a long CSV file in parts and reports each refused line at its line of the file", { timeout: 120_000 }, async () => {
    vi.stubGlobal("XMLHttpRequest", DryRun);
    (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
    const div = document.createElement("div");
    document.body.appendChild(div);
    await act(async () => createRoot(div).render(<AntApp><TeacherImport /></AntApp>));

    const csv = ["name,gender,birthDate,idNumber,subjects,title,firstHireDate",
      ...Array.from({ length: 450 }, (_, i) => `教师${i},MALE,1990-01-01,37068319900101${String(i).padStart(4, "0")},MATHEMATICS,SECOND,2013-09-01`)].join("\r\n");
    const input = div.querySelector<HTMLInputElement>("input[type=file]")!;
    Object.defineProperty(input, "files", { value: [new File([csv], "teachers.csv", { type: "text/csv" })] });
    await act(async () => { input.dispatchEvent(new Event("change", { bubbles: true })); });
    const check = [...div.querySelectorAll("button")].find((b) => b.textContent?.replace(/\s/g, "") === "检查")!;
    await act(async () => check.click());

    const done = await until(() => [...div.querySelectorAll("[data-testid=import-report] p")].find((p) => p.textContent?.startsWith("检查完成")), "report");
    expect(done.textContent).toBe("检查完成：共 450 行，可导入 447 行，有误 3 行");
    expect(DryRun.sent.map((s) => s.lines)).toEqual([200, 200, 50]);
    expect(DryRun.sent.every((s) => s.url === "/api/recruitment/teachers/import?dryRun=true")).toBe(true);
    const rows = [...div.querySelectorAll("[data-testid=import-report] .ant-table-row td:first-child")].map((td) => td.textContent);
    expect(rows).toEqual(["2", "202", "402"]);
  });
});
