import { useMemo } from "react";
import { Button, Card, Form, Input, InputNumber, Space } from "antd";
import { post } from "../api";
import { num } from "../fmt";
import { useSubmit } from "../ui";

export const ADJUSTMENT_FIELDS = ["delta", "reason", "reference"];

/** The body of POST /schools/{id}/quota/adjustments: the change as a whole number, its reason, a document number if given. */
export function adjustmentBody(v: { delta?: number | null; reason?: string | null; reference?: string | null }) {
  const reference = v.reference?.trim();
  return { delta: v.delta ?? null, reason: v.reason?.trim() ?? "", ...(reference ? { reference } : {}) };
}

/** "+3 名" / "-2 名": the change as the confirmation reads it. */
export const signed = (d: number) => `${d > 0 ? "+" : ""}${num(d)} 名`;

/**
 * 编制调整 (staffing office): one school's quota raised or cut with its reason; a refusal (a cut below
 * the leadership posts of the regulation in force, the county's free quota) is shown at the field it names.
 */
export function SchoolAdjustment({ schoolId, onAdjusted }: { schoolId: string; onAdjusted: () => void }) {
  const [form] = Form.useForm();
  const fields = useMemo(() => ADJUSTMENT_FIELDS, []);
  const { busy, run } = useSubmit(form, fields);
  return (
    <Card title="编制调整" style={{ marginBottom: 16 }} data-testid="school-adjustment">
      <Form form={form} layout="vertical" onFinish={async (v) => {
        const body = adjustmentBody(v);
        const entry = await run(() => post("quota", `/schools/${schoolId}/quota/adjustments`, body), `编制已调整 ${signed(body.delta ?? 0)}`);
        if (entry) { form.resetFields(); onAdjusted(); }
      }}>
        <Space wrap align="start">
          <Form.Item name="delta" label="调整数（名，核减填负数）" rules={[
            { required: true, message: "请填写调整数" },
            { validator: (_, d) => (d === 0 ? Promise.reject(new Error("调整数不能为 0")) : Promise.resolve()) },
          ]}>
            <InputNumber min={-10000} max={10000} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="reference" label="文号" rules={[{ max: 100, message: "不超过 100 字" }]}><Input style={{ width: 240 }} /></Form.Item>
        </Space>
        <Form.Item name="reason" label="事由" rules={[{ required: true, whitespace: true, message: "请填写事由" }, { max: 500, message: "不超过 500 字" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>提交调整</Button>
      </Form>
    </Card>
  );
}
