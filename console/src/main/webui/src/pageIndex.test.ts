import { describe, expect, it } from "vitest";
import { indexedPage, pageQuery } from "./pageIndex";

describe("pages counted from 0 without a total", () => {
  it("asks for the table's page counted from 0", () => {
    expect(pageQuery({ current: 1, pageSize: 10 })).toEqual({ page: 0, size: 10 });
    expect(pageQuery({ current: 3, pageSize: 20 })).toEqual({ page: 2, size: 20 });
  });
  it("a full page offers one more", () => {
    const r = indexedPage(Array.from({ length: 10 }, (_, i) => i), { current: 2, pageSize: 10 });
    expect(r).toEqual({ rows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], total: 21, hasMore: true });
  });
  it("a short page is the last", () => {
    expect(indexedPage([1, 2, 3], { current: 3, pageSize: 10 })).toEqual({ rows: [1, 2, 3], total: 23, hasMore: false });
    expect(indexedPage([], { current: 1, pageSize: 10 })).toEqual({ rows: [], total: 0, hasMore: false });
  });
});
