// Excel (.xlsx), the format the departments exchange. ExcelJS is loaded only when a user exports or
// imports, so it never weighs on a page's first load.

export interface XlsxColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  width?: number;
}

/** Rows as a worksheet: a bold header line, then one line per row; numbers stay numbers. */
export async function toXlsx<T>(sheet: string, columns: XlsxColumn<T>[], rows: T[]): Promise<ArrayBuffer> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows) worksheet.addRow(columns.map((c) => c.value(row) ?? ""));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The first worksheet's cells as text, line by line (empty trailing lines dropped). */
export async function readXlsx(data: ArrayBuffer): Promise<string[][]> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) return [];
  const lines: string[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= worksheet.columnCount; i++) cells.push(cellText(row.getCell(i).value));
    lines.push(cells);
  });
  while (lines.length && lines[lines.length - 1].every((c) => c === "")) lines.pop();
  return lines;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  // a date cell is the calendar day the sheet shows, not a time in the browser's zone
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { text?: string; result?: unknown; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value).trim();
}

/** Lines of cells as CSV (RFC 4180 quoting), the format the services' imports read. */
export function toCsv(lines: string[][]): string {
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return lines.map((l) => l.map(quote).join(",")).join("\r\n") + "\r\n";
}

/** Saves bytes as a file in the browser's downloads. */
export function saveFile(data: BlobPart, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function exportXlsx<T>(filename: string, sheet: string, columns: XlsxColumn<T>[], rows: T[]): Promise<void> {
  saveFile(await toXlsx(sheet, columns, rows), filename, XLSX_TYPE);
}
