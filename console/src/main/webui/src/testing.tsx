// What the views' tests share: antd in jsdom, answers of a stubbed fetch, waiting for what a view shows.
import { act } from "react";

// antd asks for matchMedia (responsive grid); jsdom has none
window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {},
  addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as any;

export const json = (status: number, body: unknown, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });

/** Waits (in act, 25 ms at a time, up to {@code tries}) until {@code find} finds something. */
export async function until<T>(find: () => T | null | undefined, what: string, tries = 400): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const found = find();
    if (found) return found;
    await act(async () => { await new Promise((r) => setTimeout(r, 25)); });
  }
  throw new Error("not found: " + what);
}
