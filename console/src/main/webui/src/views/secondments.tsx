import { useMemo, useState } from "react";
import { Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from "antd";
import { Link } from "react-router-dom";
import { api, post } from "../api";
import { ExportButton } from "../ExportButton";
import { date, num } from "../fmt";
import { query, slice } from "../paging";
import { secondmentState, type Secondment } from "../teacherHistory";
import { LoadError, PageTitle, useLoad, useSubmit } from "../ui";
import type { XlsxColumn } from "../xlsx";
import { SchoolSelect, TeacherSelect, useSchools, useTeacherNames } from "./pickers";

const FIELDS = ["teacherId", "receivingInstitution", "from", "until", "approvalReference"];

/** 抽调借用 (教育局): the county's secondments, a new one, and its end; a refusal is shown at the field it names. */
export default function Secondments() {
  const schools = useSchools();
  const schoolName = (id?: string) => schools.data?.find((s) => s.schoolId === id)?.name ?? id ?? "—";
  const [filters, setFilters] = useState<{ schoolId?: string; active?: string; irregular?: string }>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const list = useLoad(() => api<Secondment[]>("recruitment", "/secondments" + query(filters)), [JSON.stringify(filters)]);
  const rows = list.data ?? [];
  const shown = slice(rows, page);
  const nameOf = useTeacherNames(shown.map((s) => s.teacherId));
  const teacherName = (id: string) => nameOf(id) ?? "…";
  const [ending, setEnding] = useState<Secondment | null>(null);
  const columns: XlsxColumn<Secondment>[] = [
    { header: "教师", value: (s) => nameOf(s.teacherId) ?? s.teacherId }, { header: "学校", value: (s) => schoolName(s.schoolId) },
    { header: "借用单位", value: (s) => s.receivingInstitution }, { header: "起始日期", value: (s) => s.from },
    { header: "批准截止", value: (s) => s.until }, { header: "批准文号", value: (s) => s.approvalReference ?? null },
    { header: "结束日期", value: (s) => s.endedOn ?? null }, { header: "状态", value: (s) => secondmentState(s).text },
  ];
  return (
    <>
      <PageTitle>抽调借用</PageTitle>
      <NewSecondment schools={schools.data} onDone={list.reload} />
      <Card title="借用记录" data-testid="secondments"
        extra={<ExportButton name="抽调借用" rows={rows} exportColumns={columns} testId="secondments-xlsx" />}>
        <Form layout="inline" style={{ marginBottom: 16 }} onValuesChange={(_, all) => { setFilters(all); setPage((p) => ({ ...p, current: 1 })); }}>
          <Form.Item name="schoolId" label="学校"><SchoolSelect schools={schools.data} allowClear /></Form.Item>
          <Form.Item name="active" label="是否在借"><Select allowClear style={{ width: 120 }} options={[{ value: "true", label: "借用中" }, { value: "false", label: "已结束" }]} /></Form.Item>
          <Form.Item name="irregular" label="违规"><Select allowClear style={{ width: 120 }} options={[{ value: "true", label: "仅违规" }, { value: "false", label: "仅合规" }]} /></Form.Item>
        </Form>
        <LoadError error={list.error} />
        <Table rowKey="secondmentId" loading={list.loading} dataSource={shown}
          pagination={{ ...page, total: rows.length, showTotal: (t) => `共 ${num(t)} 条`, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
          columns={[
            { title: "教师", dataIndex: "teacherId", render: (id: string) => <Link to={`/bureau/teachers/${id}`}>{teacherName(id)}</Link> },
            { title: "学校", dataIndex: "schoolId", render: schoolName },
            { title: "借用单位", dataIndex: "receivingInstitution" },
            { title: "起始日期", dataIndex: "from", render: date },
            { title: "批准截止", dataIndex: "until", render: date },
            { title: "批准文号", dataIndex: "approvalReference", render: (r?: string) => r || "—" },
            { title: "结束日期", dataIndex: "endedOn", render: date },
            { title: "状态", render: (_, s) => { const st = secondmentState(s); return <Tag color={st.color}>{st.text}</Tag>; } },
            { title: "操作", render: (_, s) => (s.endedOn ? null : <Button size="small" onClick={() => setEnding(s)} aria-label={`结束借用：${teacherName(s.teacherId)}`}>结束借用</Button>) },
          ]} />
      </Card>
      <EndSecondment secondment={ending} teacherName={ending ? teacherName(ending.teacherId) : ""} onClose={(changed) => { setEnding(null); if (changed) list.reload(); }} />
    </>
  );
}

function NewSecondment({ schools, onDone }: { schools?: any[]; onDone: () => void }) {
  const [form] = Form.useForm();
  const fields = useMemo(() => FIELDS, []);
  const { busy, run } = useSubmit(form, fields);
  const schoolId = Form.useWatch("schoolId", form);
  return (
    <Card title="登记借用" style={{ marginBottom: 16 }} data-testid="new-secondment">
      <Form form={form} layout="vertical" onFinish={async (v) => {
        const body = { teacherId: v.teacherId, receivingInstitution: v.receivingInstitution, from: v.from, until: v.until, approvalReference: v.approvalReference || undefined };
        if (await run(() => post("recruitment", "/secondments", body), "借用已登记")) { form.resetFields(); onDone(); }
      }}>
        <Space wrap align="start">
          <Form.Item name="schoolId" label="学校" rules={[{ required: true, message: "请选择学校" }]}>
            <SchoolSelect schools={schools} onChange={() => form.setFieldValue("teacherId", undefined)} />
          </Form.Item>
          <Form.Item name="teacherId" label="教师" rules={[{ required: true, message: "请选择教师" }]}>
            <TeacherSelect schoolId={schoolId} />
          </Form.Item>
          <Form.Item name="receivingInstitution" label="借用单位" rules={[{ required: true, message: "请填写借用单位" }, { max: 120, message: "不超过 120 字" }]}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="from" label="起始日期" rules={[{ required: true, message: "请填写起始日期" }]}><Input type="date" style={{ width: 160 }} /></Form.Item>
          <Form.Item name="until" label="批准截止日期" rules={[{ required: true, message: "请填写截止日期" }]}><Input type="date" style={{ width: 160 }} /></Form.Item>
          <Form.Item name="approvalReference" label="批准文号" extra="未填写文号的借用视为未经批准" rules={[{ max: 120, message: "不超过 120 字" }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={busy}>登记借用</Button>
      </Form>
    </Card>
  );
}

function EndSecondment({ secondment, teacherName, onClose }: { secondment: Secondment | null; teacherName: string; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm();
  const fields = useMemo(() => ["endedOn"], []);
  const { busy, run } = useSubmit(form, fields);
  return (
    <Modal title={`结束借用：${teacherName}`} open={!!secondment} okText="结束借用" cancelText="取消" confirmLoading={busy} destroyOnHidden
      onCancel={() => onClose(false)} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={async (v) => {
        if (secondment && await run(() => post("recruitment", `/secondments/${secondment.secondmentId}/end`, { endedOn: v.endedOn }), "借用已结束")) onClose(true);
      }}>
        {secondment && <p>借用单位：{secondment.receivingInstitution}，{date(secondment.from)}至{date(secondment.until)}</p>}
        <Form.Item name="endedOn" label="结束日期" rules={[{ required: true, message: "请填写结束日期" }]}><Input type="date" /></Form.Item>
      </Form>
    </Modal>
  );
}
