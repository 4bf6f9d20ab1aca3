import { useMemo, useState } from "react";
import { Button, Card, Form, Input, Modal, Space, Table } from "antd";
import { Link } from "react-router-dom";
import { api, post } from "../api";
import { ExportButton } from "../ExportButton";
import { date, num } from "../fmt";
import { query } from "../paging";
import { LoadError, PageTitle, useLoad, useSubmit } from "../ui";
import type { XlsxColumn } from "../xlsx";
import { FORM_NAMES } from "./explain";
import { useSchools, useTeacherNames } from "./pickers";
import { subjectName } from "./subjects";

/** 期满返回 (教育局): rotations under way whose return date has come by a date, and the return recorded. */
export default function Returns() {
  const schools = useSchools();
  const schoolName = (id: string) => schools.data?.find((s) => s.schoolId === id)?.name ?? id;
  const [by, setBy] = useState<string | undefined>();
  const due = useLoad(() => api<any[]>("rotation", "/rotations/returns-due" + query({ by })), [by]);
  const rows = due.data ?? [];
  const nameOf = useTeacherNames(rows.map((m) => m.teacherId));
  const [returning, setReturning] = useState<any | null>(null);
  const columns: XlsxColumn<any>[] = [
    { header: "教师", value: (m) => nameOf(m.teacherId) ?? m.teacherId }, { header: "形式", value: (m) => FORM_NAMES[m.form] ?? m.form },
    { header: "学科", value: (m) => subjectName(m.subject) }, { header: "原学校", value: (m) => schoolName(m.fromSchoolId) },
    { header: "交流学校", value: (m) => schoolName(m.toSchoolId) }, { header: "开始日期", value: (m) => m.startedOn ?? null },
    { header: "应返回日期", value: (m) => m.returnDate },
  ];
  return (
    <>
      <PageTitle>期满返回</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="returns-by">返回日期截至</label>
        <Input id="returns-by" type="date" style={{ width: 170 }} value={by ?? ""} onChange={(e) => setBy(e.target.value || undefined)} />
        <span>（不填则为本学年末）</span>
      </Space>
      <LoadError error={due.error} />
      <Card title={`待返回 ${num(rows.length)} 人`} data-testid="returns-due" extra={<ExportButton name="期满返回" rows={rows} exportColumns={columns} testId="returns-xlsx" />}>
        <Table rowKey="moveId" loading={due.loading} dataSource={rows} pagination={{ pageSize: 20 }}
          columns={[
            { title: "教师", dataIndex: "teacherId", render: (id: string) => <Link to={`/bureau/teachers/${id}`}>{nameOf(id) ?? "…"}</Link> },
            { title: "形式", dataIndex: "form", render: (f: string) => FORM_NAMES[f] ?? f },
            { title: "学科", dataIndex: "subject", render: subjectName },
            { title: "原学校", dataIndex: "fromSchoolId", render: schoolName },
            { title: "交流学校", dataIndex: "toSchoolId", render: schoolName },
            { title: "开始日期", dataIndex: "startedOn", render: date },
            { title: "应返回日期", dataIndex: "returnDate", render: date },
            { title: "操作", render: (_, m: any) => <Button size="small" onClick={() => setReturning(m)} aria-label={`登记${nameOf(m.teacherId) ?? ""}返回`}>登记返回</Button> },
          ]} />
      </Card>
      <RecordReturn move={returning} name={returning ? nameOf(returning.teacherId) ?? "" : ""} onClose={(done) => { setReturning(null); if (done) due.reload(); }} />
    </>
  );
}

function RecordReturn({ move, name, onClose }: { move: any | null; name: string; onClose: (done: boolean) => void }) {
  const [form] = Form.useForm();
  const fields = useMemo(() => ["returnedOn"], []);
  const { busy, run } = useSubmit(form, fields);
  return (
    <Modal title={`登记返回：${name}`} open={!!move} okText="登记返回" cancelText="取消" confirmLoading={busy} destroyOnHidden
      onCancel={() => onClose(false)} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={async (v) => {
        if (move && await run(() => post("rotation", `/rotations/${move.moveId}/return`, { returnedOn: v.returnedOn }), "已登记返回")) onClose(true);
      }}>
        {move && <p>应返回日期：{date(move.returnDate)}</p>}
        <Form.Item name="returnedOn" label="返回日期" rules={[{ required: true, message: "请填写返回日期" }]}><Input type="date" /></Form.Item>
      </Form>
    </Modal>
  );
}
