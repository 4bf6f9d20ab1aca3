/** Table paging: Ant Design's 1-based page and size to the services' offset/limit or page/size and back. */
export interface PageState {
  current: number;
  pageSize: number;
}

export function toOffsetLimit(p: PageState): { offset: number; limit: number } {
  const size = Math.max(1, Math.floor(p.pageSize));
  const page = Math.max(1, Math.floor(p.current));
  return { offset: (page - 1) * size, limit: size };
}

/** Zero-based page index APIs (audit-service). */
export function toPageSize(p: PageState): { page: number; size: number } {
  const { offset, limit } = toOffsetLimit(p);
  return { page: offset / limit, size: limit };
}

/**
 * Offset paging without a total: one row more than the page is asked for, so the table knows
 * whether a next page exists; the total shown is what is known so far.
 */
export function pageOf<T>(rows: T[], p: PageState): { rows: T[]; total: number; hasMore: boolean } {
  const { offset, limit } = toOffsetLimit(p);
  const hasMore = rows.length > limit;
  return { rows: rows.slice(0, limit), total: offset + Math.min(rows.length, limit) + (hasMore ? 1 : 0), hasMore };
}

/** One page of a list the service returns whole (filtered on the server), for tables. */
export function slice<T>(rows: T[], p: PageState): T[] {
  const { offset, limit } = toOffsetLimit(p);
  return rows.slice(offset, offset + limit);
}

/** Query string of the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  });
  const s = q.toString();
  return s ? "?" + s : "";
}
