import { useState } from "react";
import { App, Button } from "antd";
import dayjs from "dayjs";
import { describe } from "./problem";
import { columnsOf, exportXlsx, type XlsxColumn } from "./xlsx";

/**
 * 导出 Excel for a table: every row given (all the filters select, not only the page shown), with
 * the table's own columns unless export columns are named.
 */
export function ExportButton<T>({ name, rows, columns, exportColumns, testId }: {
  name: string; rows: T[] | undefined; columns?: Array<{ title?: unknown; dataIndex?: unknown }>; exportColumns?: XlsxColumn<T>[]; testId?: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button data-testid={testId} disabled={!rows?.length} loading={busy} onClick={async () => {
      setBusy(true);
      try {
        await exportXlsx(`${name}_${dayjs().format("YYYYMMDD")}.xlsx`, name, exportColumns ?? columnsOf<T>(columns ?? []), rows ?? []);
      } catch (e) {
        message.error(describe(e), 8);
      } finally {
        setBusy(false);
      }
    }}>导出 Excel</Button>
  );
}
