import { describe, expect, it } from "vitest";
import { createRoot } from "react-dom/client";
import { act } from "react";
import { Form, InputNumber } from "antd";
import axe from "axe-core";
import { FieldRadioGroup, FieldSelect } from "./ui";

// antd asks for matchMedia (responsive grid); jsdom has none
window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {},
  addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as any;

async function render(node: React.ReactNode): Promise<HTMLElement> {
  (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
  const div = document.createElement("div");
  document.body.appendChild(div);
  await act(async () => createRoot(div).render(node));
  return div;
}

describe("required form fields", () => {
  it("a searchable select in a required item keeps aria-required on its combobox only (axe aria-allowed-attr)", { timeout: 120_000 }, async () => {
    const div = await render(
      <Form>
        <Form.Item name="fromSchoolId" label="调出学校" rules={[{ required: true }]}>
          <FieldSelect showSearch optionFilterProp="label" options={[{ value: "1", label: "城关一小" }]} />
        </Form.Item>
        <Form.Item name="amount" label="调剂数" rules={[{ required: true }]}><InputNumber /></Form.Item>
      </Form>,
    );
    expect(div.querySelector("input[role=combobox]")?.getAttribute("aria-required")).toBe("true");
    expect(div.querySelector(".ant-select")?.hasAttribute("aria-required")).toBe(false);
    const result = await axe.run(div, { runOnly: ["aria-allowed-attr"] });
    expect(result.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.html).join(" "))).toEqual([]);
  });

  it("a radio group in a required item is a radiogroup, on which aria-required is allowed (axe aria-allowed-attr)", { timeout: 120_000 }, async () => {
    const div = await render(
      <Form>
        <Form.Item name="gender" label="性别" rules={[{ required: true }]}>
          <FieldRadioGroup options={[{ value: "FEMALE", label: "女" }, { value: "MALE", label: "男" }]} />
        </Form.Item>
      </Form>,
    );
    const group = div.querySelector(".ant-radio-group");
    expect(group?.getAttribute("role")).toBe("radiogroup");
    expect(group?.getAttribute("aria-required")).toBe("true");
    const result = await axe.run(div, { runOnly: ["aria-allowed-attr"] });
    expect(result.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.html).join(" "))).toEqual([]);
  });
});
