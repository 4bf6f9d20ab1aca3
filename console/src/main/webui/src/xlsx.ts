// Excel (.xlsx), the format the departments exchange. The console's server writes the workbook
// (Apache POI): the browser sends the rows a table shows and saves what comes back, so no
// spreadsheet library weighs on the bundle.
import { ProblemError, toProblem } from "./problem";
import { label } from "./fmt";

export type Cell = string | number | boolean | null;

export interface XlsxColumn<T> {
  header: string;
  value: (row: T) => Cell | undefined;
  width?: number;
}

/** The table as the server's export reads it: headers with widths, then one list of cells per row. */
export function tableOf<T>(columns: XlsxColumn<T>[], rows: T[]): { columns: Array<{ header: string; width?: number }>; rows: Cell[][] } {
  return {
    columns: columns.map((c) => ({ header: c.header, ...(c.width ? { width: c.width } : {}) })),
    rows: rows.map((r) => columns.map((c) => {
      const v = c.value(r);
      return v === undefined || (typeof v === "number" && !Number.isFinite(v)) ? null : v;
    })),
  };
}

/**
 * A table's columns for export: each titled column with a dataIndex. Numbers stay numbers; other
 * values are shown as the column renders them when that is text (codes in Chinese), else as they are.
 */
export function columnsOf<T>(columns: Array<{ title?: unknown; dataIndex?: unknown; render?: (...args: any[]) => unknown }>): XlsxColumn<T>[] {
  return columns
    .filter((c) => typeof c.title === "string" && typeof c.dataIndex === "string")
    .map((c) => ({
      header: c.title as string,
      value: (row: T) => {
        const v = (row as Record<string, unknown>)[c.dataIndex as string];
        if (typeof v === "number" || typeof v === "boolean") return v;
        const shown = c.render ? c.render(v, row) : undefined;
        if (typeof shown === "string") return shown === "—" ? null : shown;
        if (v === null || v === undefined) return null;
        if (Array.isArray(v)) return v.map((x) => label(String(x))).join("、");
        return /^[A-Z][A-Z_]+$/.test(String(v)) ? label(String(v)) : String(v);
      },
    }));
}

/** Saves bytes as a file in the browser's downloads. */
export function saveFile(data: Blob, filename: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Rows as an .xlsx file written by the console's server, saved under {@code filename}. */
export async function exportXlsx<T>(filename: string, sheet: string, columns: XlsxColumn<T>[], rows: T[]): Promise<void> {
  const response = await fetch("/export/xlsx", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: XLSX_TYPE + ", application/problem+json" },
    body: JSON.stringify({ filename, sheet, ...tableOf(columns, rows) }),
  });
  if (!response.ok) throw new ProblemError(toProblem(response.status, await response.text()));
  saveFile(await response.blob(), filename);
}
