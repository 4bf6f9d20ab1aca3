/**
 * Every page of a server-paged list, for an export of all the rows a filter selects (not only the
 * page on screen). Pages are read one after another until the server has no more, its total is
 * reached, or the workbook's row limit is.
 */
export interface FetchedPage<T> {
  rows: T[];
  /** Rows over all pages, when the service says it. */
  total?: number;
}

export interface AllPagesOptions {
  pageSize: number;
  /** At most this many rows (the export's workbook limit). */
  maxRows?: number;
  onProgress?: (loaded: number, total: number | undefined) => void;
  /** Stops between pages when the user cancels. */
  cancelled?: () => boolean;
}

export class TooManyRows extends Error {
  constructor(public readonly total: number, public readonly maxRows: number) {
    super(`共 ${total} 行，超过一次导出的上限 ${maxRows} 行，请缩小查询范围`);
  }
}

export class ExportCancelled extends Error {
  constructor() {
    super("已取消导出");
  }
}

export async function fetchAllPages<T>(fetchPage: (page: number, size: number) => Promise<FetchedPage<T>>,
  { pageSize, maxRows = 100_000, onProgress, cancelled }: AllPagesOptions): Promise<T[]> {
  const size = Math.max(1, Math.floor(pageSize));
  const rows: T[] = [];
  let total: number | undefined;
  for (let page = 0; ; page++) {
    if (cancelled?.()) throw new ExportCancelled();
    const fetched = await fetchPage(page, size);
    if (fetched.total !== undefined) {
      total = fetched.total;
      if (total > maxRows) throw new TooManyRows(total, maxRows);
    }
    rows.push(...fetched.rows);
    if (rows.length > maxRows) throw new TooManyRows(rows.length, maxRows);
    onProgress?.(rows.length, total);
    const done = fetched.rows.length < size || (total !== undefined && rows.length >= total);
    if (done) return rows;
  }
}

/** Progress in percent for a bar: the share of the known total, or a creeping figure while it is unknown. */
export function progressPercent(loaded: number, total: number | undefined, pagesRead: number): number {
  if (total !== undefined && total > 0) return Math.min(100, Math.round((loaded / total) * 100));
  if (total === 0) return 100;
  // unknown total: each page brings the bar half of the way left, never to 100 before the end
  return Math.min(95, Math.round(100 * (1 - Math.pow(0.5, pagesRead))));
}
