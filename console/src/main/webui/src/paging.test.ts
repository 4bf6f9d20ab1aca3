import { describe, expect, it } from "vitest";
import { pageOf, query, slice, toOffsetLimit, toPageSize } from "./paging";

describe("table paging", () => {
  it("page 3 of 20 is offset 40", () => {
    expect(toOffsetLimit({ current: 3, pageSize: 20 })).toEqual({ offset: 40, limit: 20 });
    expect(toPageSize({ current: 3, pageSize: 20 })).toEqual({ page: 2, size: 20 });
  });

  it("never asks for page 0 or a size below 1", () => {
    expect(toOffsetLimit({ current: 0, pageSize: 0 })).toEqual({ offset: 0, limit: 1 });
  });

  it("one row more than the page means there is a next page", () => {
    const rows = Array.from({ length: 11 }, (_, i) => i);
    const p = pageOf(rows, { current: 2, pageSize: 10 });
    expect(p.rows).toHaveLength(10);
    expect(p.hasMore).toBe(true);
    expect(p.total).toBe(21);
    const last = pageOf(rows.slice(0, 4), { current: 2, pageSize: 10 });
    expect(last).toEqual({ rows: [0, 1, 2, 3], total: 14, hasMore: false });
  });

  it("slices a whole list", () => {
    expect(slice([1, 2, 3, 4, 5], { current: 2, pageSize: 2 })).toEqual([3, 4]);
  });

  it("builds a query of the values that are set, encoded", () => {
    expect(query({ district: "城区", status: "", page: 0, x: undefined })).toBe("?district=%E5%9F%8E%E5%8C%BA&page=0");
    expect(query({})).toBe("");
  });
});
