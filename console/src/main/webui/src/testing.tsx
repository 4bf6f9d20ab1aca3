// What the views' tests share: antd in jsdom, answers of a stubbed fetch, waiting for what a view shows.
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App as AntApp } from "antd";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { SessionContext } from "./Shell";
import type { Session } from "./auth";

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

/** The users the views' tests act as. */
export const USERS: Record<"bureau" | "teacher", Session> = {
  bureau: { username: "jiaoyuju", name: "教育局", roles: ["education-bureau"], role: "education-bureau", expiresAt: 0 },
  teacher: { username: "t1", name: "林晓东", roles: ["teacher"], role: "teacher", teacherId: "t1", expiresAt: 0 },
};

const mounted: Array<[Root, HTMLDivElement]> = [];

/**
 * Renders a view as {@code session} in antd's App (its messages) and a router at {@code at}; with
 * {@code path} the view is the element of that route (its parameters read from {@code at}).
 */
export async function render(view: ReactElement, { session = USERS.bureau, at = "/", path }: { session?: Session; at?: string; path?: string } = {}): Promise<HTMLDivElement> {
  (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
  // the view of an earlier test goes first: fields are found by id in the whole document
  for (const [root, old] of mounted.splice(0)) {
    await act(async () => root.unmount());
    old.remove();
  }
  const div = document.createElement("div");
  document.body.appendChild(div);
  const root = createRoot(div);
  mounted.push([root, div]);
  const routed = path ? <Routes><Route path={path} element={view} /></Routes> : view;
  await act(async () => root.render(
    <MemoryRouter initialEntries={[at]}><SessionContext.Provider value={session}><AntApp>{routed}</AntApp></SessionContext.Provider></MemoryRouter>));
  return div;
}

/** Opens the select of the form field {@code id} and chooses the option titled {@code text}. */
export async function choose(id: string, text: string) {
  const select = document.querySelector(`#${id}`)!.closest(".ant-select")!.querySelector(".ant-select-selector")!;
  await act(async () => { select.dispatchEvent(new MouseEvent("mousedown", { bubbles: true })); });
  const option = await until(() => [...(document.getElementById(`${id}_list`)?.closest(".ant-select-dropdown")?.querySelectorAll<HTMLElement>(".ant-select-item-option") ?? [])]
    .find((o) => o.getAttribute("title") === text), `option ${text} of ${id}`);
  await act(async () => option.click());
}

/** Types into an input as a user does (React reads the native value setter's change). */
export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), "value")!.set!.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

/** The button whose text (spaces aside; antd spaces two-character labels) is {@code text}. */
export const button = (text: string, within: ParentNode = document) =>
  [...within.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent?.replace(/\s/g, "") === text);
