import { useRef, useState } from "react";
import { App, Button, Modal, Progress } from "antd";
import dayjs from "dayjs";
import { ExportCancelled, fetchAllPages, progressPercent, type FetchedPage } from "./allPages";
import { num } from "./fmt";
import { describe } from "./problem";
import { exportXlsx, type XlsxColumn } from "./xlsx";

/**
 * 导出 Excel for a table the server pages: every page the filters select is read (with the rows read
 * so far shown, and a way to stop), then the console's server writes the workbook.
 */
export function PagedExportButton<T>({ name, columns, fetchPage, pageSize = 500, testId }: {
  name: string; columns: XlsxColumn<T>[]; fetchPage: (page: number, size: number) => Promise<FetchedPage<T>>;
  pageSize?: number; testId?: string;
}) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ loaded: number; total?: number; pages: number; writing: boolean } | null>(null);
  const cancel = useRef(false);
  const start = async () => {
    cancel.current = false;
    setProgress({ loaded: 0, pages: 0, writing: false });
    try {
      let pages = 0;
      const rows = await fetchAllPages(fetchPage, {
        pageSize, cancelled: () => cancel.current,
        onProgress: (loaded, total) => setProgress({ loaded, total, pages: ++pages, writing: false }),
      });
      setProgress((p) => ({ loaded: rows.length, total: rows.length, pages: p?.pages ?? 1, writing: true }));
      await exportXlsx(`${name}_${dayjs().format("YYYYMMDD")}.xlsx`, name, columns, rows);
      message.success(`已导出 ${num(rows.length)} 行`);
    } catch (e) {
      if (e instanceof ExportCancelled) message.info(e.message);
      else message.error(describe(e), 8);
    } finally {
      setProgress(null);
    }
  };
  return (
    <>
      <Button data-testid={testId} loading={!!progress} onClick={start}>导出 Excel（全部）</Button>
      <Modal title={`导出“${name}”`} open={!!progress} closable={false} maskClosable={false} keyboard={false}
        okButtonProps={{ style: { display: "none" } }} cancelText="取消导出" onCancel={() => { cancel.current = true; }}>
        {progress && (
          <div role="status" aria-live="polite">
            <Progress percent={progress.writing ? 100 : progressPercent(progress.loaded, progress.total, progress.pages)}
              status="active" aria-label="导出进度" />
            <p>{progress.writing ? `正在生成 Excel 文件（${num(progress.loaded)} 行）…`
              : `已读取 ${num(progress.loaded)}${progress.total !== undefined ? ` / ${num(progress.total)}` : ""} 行（第 ${num(progress.pages)} 页）`}</p>
          </div>
        )}
      </Modal>
    </>
  );
}
