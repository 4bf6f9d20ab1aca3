// Lists paged by a zero-based page index and a size, without a total (rotation's community activities):
// a full page may have a next one, so the table offers it; a short page is the last.
import type { PageState } from "./paging";
import { toPageSize } from "./paging";

/** The query of a table's page (Ant Design counts from 1, the services from 0). */
export function pageQuery(p: PageState): { page: number; size: number } {
  return toPageSize(p);
}

/** One page as a table shows it: its rows and a total that offers the next page while this one is full. */
export function indexedPage<T>(rows: T[], p: PageState): { rows: T[]; total: number; hasMore: boolean } {
  const { page, size } = toPageSize(p);
  const hasMore = rows.length >= size;
  return { rows, total: page * size + rows.length + (hasMore ? 1 : 0), hasMore };
}
