import { useRef, useState } from "react";
import { Button, Card, Progress, Space, Table, Tag } from "antd";
import { ExportButton } from "../ExportButton";
import { num } from "../fmt";
import { csvParts, csvRecords, inFileLines, type ImportReport, type RejectedLine } from "../importChunks";
import { describe, ProblemError } from "../problem";
import { query } from "../paging";
import { upload } from "../upload";
import { XLSX_TYPE, type XlsxColumn } from "../xlsx";

/** Lines per checked part of a CSV file: a part's dry run answers in about a second on the demo county. */
const PART_LINES = 200;

interface Step { label: string; percent: number; indeterminate?: boolean }

const REJECTED_COLUMNS: XlsxColumn<RejectedLine>[] = [
  { header: "行号", value: (r) => r.row }, { header: "列", value: (r) => r.field ?? null },
  { header: "规则", value: (r) => r.rule }, { header: "原因", value: (r) => r.reason?.zh ?? r.reason?.en ?? null },
];

/**
 * Teachers from a CSV or Excel file. 检查: a CSV file is checked in parts of {@link PART_LINES} lines
 * (dry runs, nothing written), the refused lines appearing as each part is answered; an Excel file is
 * sent whole (the bar shows the upload, then the service checks every line at once). 导入: the whole
 * file, all or nothing on the server; a refused file comes back with the same per-line report.
 */
export default function TeacherImport() {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checked, setChecked] = useState<{ lines: number; of: number } | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const stop = useRef(false);
  const xlsx = !!file && /\.xlsx$/i.test(file.name);

  const whole = async (dryRun: boolean) => {
    const answer = await upload("recruitment", "/teachers/import" + query({ dryRun }), file!, xlsx ? XLSX_TYPE : "text/csv",
      (sent, total) => setStep({ label: sent < total ? "正在上传文件" : "服务正在逐行检查", percent: Math.round((sent / total) * 100), indeterminate: sent >= total }));
    return JSON.parse(answer.body) as ImportReport;
  };

  const check = async () => {
    const text = await file!.text();
    const { header, records } = csvRecords(text);
    if (!header || records.length <= PART_LINES) return whole(true); // one part: the file as it is
    const parts = csvParts(header, records, PART_LINES);
    const merged: ImportReport = { rows: 0, imported: 0, dryRun: true, rejected: [] };
    setChecked({ lines: 0, of: records.length });
    for (const part of parts) {
      if (stop.current) break;
      const answer = await upload("recruitment", "/teachers/import?dryRun=true", part.text, "text/csv");
      const r = JSON.parse(answer.body) as ImportReport;
      merged.rows += r.rows;
      merged.imported += r.imported;
      merged.rejected = [...merged.rejected, ...inFileLines(r.rejected ?? [], part)];
      setChecked({ lines: merged.rows, of: records.length });
      setStep({ label: "正在逐行检查", percent: Math.round((merged.rows / records.length) * 100) });
      setReport({ ...merged, rejected: [...merged.rejected] });
    }
    return merged;
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    stop.current = false;
    setFailure(null);
    setReport(null);
    setChecked(null);
    setStep({ label: dryRun ? "正在检查" : "正在导入", percent: 0, indeterminate: true });
    try {
      setReport(dryRun && !xlsx ? await check() : await whole(dryRun));
    } catch (e) {
      // a file with refused lines is refused whole, with the same per-line report
      const refused = e instanceof ProblemError ? (e.problem as unknown as Partial<ImportReport>) : null;
      if (refused && Array.isArray(refused.rejected)) setReport({ rows: refused.rows ?? 0, imported: 0, dryRun, rejected: refused.rejected });
      else setFailure(describe(e));
    } finally {
      setStep(null);
    }
  };

  const stopped = report?.dryRun && checked && checked.lines < checked.of;
  return (
    <Card title="导入教师（CSV 或 Excel）" size="small" style={{ marginBottom: 16 }} data-testid="teacher-import">
      <Space wrap>
        <label>
          <span style={{ marginRight: 8 }}>文件</span>
          <input type="file" accept=".csv,.xlsx" aria-label="教师名单文件（CSV 或 Excel）"
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); setFailure(null); setChecked(null); }} />
        </label>
        <Button disabled={!file || !!step} onClick={() => run(true)}>检查</Button>
        <Button type="primary" disabled={!file || !!step} onClick={() => run(false)}>导入</Button>
        {step && checked && <Button onClick={() => { stop.current = true; }}>停止检查</Button>}
      </Space>
      {step && (
        <div style={{ marginTop: 8 }}>
          <Progress percent={step.indeterminate ? 100 : step.percent} status="active" showInfo={!step.indeterminate} aria-label={step.label} />
          <div role="status">{step.label}{checked ? `：已检查 ${num(checked.lines)} / ${num(checked.of)} 行` : "…"}</div>
        </div>
      )}
      {failure && <Tag color="red" style={{ marginTop: 8, whiteSpace: "normal" }}>{failure}</Tag>}
      {report && (
        <div style={{ marginTop: 8 }} data-testid="import-report">
          <p role="status">{report.dryRun ? (step ? "检查中" : stopped ? "检查已停止" : "检查完成") : "导入完成"}：共 {num(report.rows)} 行，{report.dryRun ? "可导入" : "已导入"} {num(report.dryRun ? report.rows - new Set(report.rejected.map((r) => r.row)).size : report.imported)} 行，有误 {num(new Set(report.rejected.map((r) => r.row)).size)} 行</p>
          {report.dryRun && checked && !step && <p>分批检查不比较相隔较远的行（如重复的身份证号）；导入时整个文件会再检查一次。</p>}
          {report.rejected.length > 0 && (
            <>
              <Space style={{ marginBottom: 8 }}><ExportButton name="教师导入_有误的行" rows={report.rejected} exportColumns={REJECTED_COLUMNS} /></Space>
              <Table size="small" rowKey={(r) => `${r.row}:${r.field}:${r.rule}`} dataSource={report.rejected} pagination={{ pageSize: 10 }}
                columns={[
                  { title: "行号", dataIndex: "row", width: 80 },
                  { title: "列", dataIndex: "field", render: (f) => f ?? "—" },
                  { title: "原因", render: (_, r) => `${r.reason?.zh ?? r.reason?.en ?? ""}（${r.rule}）` },
                ]} />
            </>
          )}
        </div>
      )}
    </Card>
  );
}
