import { useState } from "react";
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Space, Table, Typography } from "antd";
import { api } from "../api";
import { dateTime, num } from "../fmt";
import { PagedExportButton } from "../PagedExportButton";
import { query, toPageSize } from "../paging";
import { ProblemError } from "../problem";
import { LoadError, PageTitle, useLoad } from "../ui";
import type { XlsxColumn } from "../xlsx";
import { SchoolSelect, TeacherSelect, useSchools } from "./pickers";

interface Filters { subject: string; type?: string; from?: string; to?: string }

const EXPORT: XlsxColumn<any>[] = [
  { header: "时间", value: (r) => dateTime(r.time) }, { header: "类型", value: (r) => r.type }, { header: "来源", value: (r) => r.source },
  { header: "对象", value: (r) => r.subject }, { header: "操作人", value: (r) => r.actor ?? null }, { header: "链位置", value: (r) => r.chainPosition },
  { header: "内容", value: (r) => (r.data === undefined ? null : JSON.stringify(r.data)) }, { header: "哈希", value: (r) => r.hash },
];

/** 时间线 (纪检): everything recorded about one school or teacher, across services, in the order it happened, paged. */
export default function Timeline() {
  const schools = useSchools();
  const [form] = Form.useForm();
  const kind = Form.useWatch("kind", form) ?? "school";
  const schoolId = Form.useWatch("schoolId", form);
  const [filters, setFilters] = useState<Filters | null>(null);
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const path = (f: Filters, p: number, size: number) => `/timeline/${encodeURIComponent(f.subject)}` + query({ type: f.type, from: f.from, to: f.to, page: p, size });
  const timeline = useLoad(async () => {
    if (!filters) return null;
    const { page: p, size } = toPageSize(page);
    try {
      return await api<any>("audit", path(filters, p, size));
    } catch (e) {
      // nothing recorded about the subject (that this user may read): an empty timeline, not a failure
      if (e instanceof ProblemError && e.problem.status === 404 && e.problem.rule === "AUDIT_SUBJECT_RECORDED") return { total: 0, items: [] };
      throw e;
    }
  }, [JSON.stringify(filters), page.current, page.pageSize]);
  const subjectName = (id: string) => schools.data?.find((s) => s.schoolId === id)?.name;
  return (
    <>
      <PageTitle>对象时间线</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={{ kind: "school" }} onFinish={(v) => {
          const subject = (v.id?.trim() || (v.kind === "teacher" ? v.teacherId : v.schoolId) || "").trim();
          if (!subject) { form.setFields([{ name: "id", errors: ["请选择学校或教师，或输入对象标识"] }]); return; }
          setFilters({ subject, type: v.type?.trim() || undefined, from: v.range?.[0]?.format("YYYY-MM-DD"), to: v.range?.[1]?.format("YYYY-MM-DD") });
          setPage((p) => ({ ...p, current: 1 }));
        }}>
          <Form.Item name="kind" label="对象"><Radio.Group options={[{ value: "school", label: "学校" }, { value: "teacher", label: "教师" }]} /></Form.Item>
          <Form.Item name="schoolId" label="学校"><SchoolSelect schools={schools.data} allowClear /></Form.Item>
          {kind === "teacher" && <Form.Item name="teacherId" label="教师"><TeacherSelect schoolId={schoolId} /></Form.Item>}
          <Form.Item name="id" label="或输入标识" extra="学校标识码、教师、岗位或方案的编号"><Input allowClear style={{ width: 280 }} /></Form.Item>
          <Form.Item name="type" label="事件类型"><Input allowClear placeholder="如 recruitment.teacher.appointed.v1" style={{ width: 260 }} /></Form.Item>
          <Form.Item name="range" label="时间"><DatePicker.RangePicker /></Form.Item>
          <Button type="primary" htmlType="submit">查询</Button>
        </Form>
      </Card>
      <LoadError error={timeline.error} />
      {filters && (
        <Card data-testid="timeline" title={`${subjectName(filters.subject) ?? filters.subject}：共 ${num(timeline.data?.total)} 条记录，按发生时间排列`}
          extra={<PagedExportButton name={`时间线_${subjectName(filters.subject) ?? filters.subject}`} testId="timeline-xlsx" columns={EXPORT} pageSize={500}
            fetchPage={async (p, size) => { const r = await api<any>("audit", path(filters, p, size)); return { rows: r.items ?? [], total: r.total }; }} />}>
          {timeline.data?.total === 0 && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="审计日志中没有您可查阅的关于该对象的记录" />}
          <Table rowKey="eventId" loading={timeline.loading} dataSource={timeline.data?.items}
            pagination={{ ...page, total: timeline.data?.total, showTotal: (t) => `共 ${num(t)} 条`, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
            expandable={{ expandedRowRender: (r: any) => <pre style={{ whiteSpace: "pre-wrap", margin: 0 }}>{JSON.stringify(r.data, null, 2)}</pre> }}
            columns={[
              { title: "时间", dataIndex: "time", render: dateTime },
              { title: "类型", dataIndex: "type" },
              { title: "来源", dataIndex: "source" },
              { title: "对象", dataIndex: "subject", render: (s: string) => subjectName(s) ?? s },
              { title: "操作人", dataIndex: "actor", render: (a?: string) => a ?? "—" },
              { title: "链位置", dataIndex: "chainPosition", align: "right", render: num },
            ]} />
          <Typography.Text type="secondary">包括以该对象为主体的事件，以及内容中提及该对象的事件。</Typography.Text>
        </Card>
      )}
    </>
  );
}
