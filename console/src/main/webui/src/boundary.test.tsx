import { describe, expect, it, vi } from "vitest";
import { createRoot } from "react-dom/client";
import { act } from "react";
import { Link, MemoryRouter, Route, Routes } from "react-router-dom";
import { RouteBoundary } from "./ui";

window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {},
  addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as any;

function Broken(): JSX.Element {
  throw new TypeError("Cannot read properties of undefined (reading 'items') at PlanItems (plans.tsx:21:7)");
}

describe("a view that fails", () => {
  it("shows a sentence in Chinese on its own route, never a blank page or the stack trace, and the next route works", { timeout: 120_000 }, async () => {
    (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const div = document.createElement("div");
    document.body.appendChild(div);
    const root = createRoot(div);
    await act(async () => root.render(
      <MemoryRouter initialEntries={["/office/plans/1"]}>
        <nav><Link to="/office/schools">学校编制</Link></nav>
        <RouteBoundary>
          <Routes>
            <Route path="/office/plans/:id" element={<Broken />} />
            <Route path="/office/schools" element={<h1>学校编制</h1>} />
          </Routes>
        </RouteBoundary>
      </MemoryRouter>,
    ));
    expect(div.querySelector("[data-testid=view-failed]")?.textContent).toContain("页面出现问题");
    expect(div.textContent).not.toContain("Cannot read properties");
    expect(div.textContent).not.toContain("plans.tsx");
    // the menu is still there, and the next page is not stuck on the failure
    await act(async () => (div.querySelector("nav a") as HTMLAnchorElement).click());
    expect(div.querySelector("[data-testid=view-failed]")).toBeNull();
    expect(div.querySelector("h1")?.textContent).toBe("学校编制");
    act(() => root.unmount());
    logged.mockRestore();
  });
});
