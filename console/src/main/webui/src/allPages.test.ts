import { describe, expect, it } from "vitest";
import { ExportCancelled, fetchAllPages, progressPercent, TooManyRows } from "./allPages";

const list = Array.from({ length: 1_234 }, (_, i) => i);
const pages = (withTotal: boolean) => async (page: number, size: number) => ({
  rows: list.slice(page * size, page * size + size),
  total: withTotal ? list.length : undefined,
});

describe("export of every page", () => {
  it("reads pages until the server has no more rows (no total)", async () => {
    const asked: number[] = [];
    const rows = await fetchAllPages(async (p, s) => { asked.push(p); return pages(false)(p, s); }, { pageSize: 500 });
    expect(rows).toEqual(list);
    expect(asked).toEqual([0, 1, 2]);
  });

  it("stops at the total without asking for an empty page", async () => {
    const exact = Array.from({ length: 1_000 }, (_, i) => i);
    const asked: number[] = [];
    const rows = await fetchAllPages(async (p, s) => { asked.push(p); return { rows: exact.slice(p * s, p * s + s), total: 1_000 }; }, { pageSize: 500 });
    expect(rows).toHaveLength(1_000);
    expect(asked).toEqual([0, 1]);
  });

  it("reports progress after each page", async () => {
    const seen: Array<[number, number | undefined]> = [];
    await fetchAllPages(pages(true), { pageSize: 500, onProgress: (l, t) => seen.push([l, t]) });
    expect(seen).toEqual([[500, 1_234], [1_000, 1_234], [1_234, 1_234]]);
  });

  it("refuses more rows than one workbook holds, before reading them all", async () => {
    let calls = 0;
    await expect(fetchAllPages(async (p, s) => { calls++; return pages(true)(p, s); }, { pageSize: 100, maxRows: 1_000 }))
      .rejects.toBeInstanceOf(TooManyRows);
    expect(calls).toBe(1);
  });

  it("stops when cancelled", async () => {
    let calls = 0;
    await expect(fetchAllPages(async (p, s) => { calls++; return pages(false)(p, s); }, { pageSize: 100, cancelled: () => calls >= 2 }))
      .rejects.toBeInstanceOf(ExportCancelled);
    expect(calls).toBe(2);
  });

  it("shows the share of the total, or creeps below 100 while the total is unknown", () => {
    expect(progressPercent(500, 1_000, 1)).toBe(50);
    expect(progressPercent(0, 0, 1)).toBe(100);
    expect(progressPercent(500, undefined, 1)).toBe(50);
    expect(progressPercent(5_000, undefined, 10)).toBe(95);
  });
});
