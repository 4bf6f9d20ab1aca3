import { useState } from "react";
import { Card, Select, Space, Statistic, Table, Tag } from "antd";
import { Link } from "react-router-dom";
import { api } from "../api";
import { schoolYearsAround } from "../enrollmentBody";
import { ExportButton } from "../ExportButton";
import { date, num, schoolYear, schoolYearOf } from "../fmt";
import { query, slice } from "../paging";
import { LoadError, PageTitle, useLoad } from "../ui";
import type { XlsxColumn } from "../xlsx";
import { SchoolSelect, useSchools } from "./pickers";
import { subjectName } from "./subjects";

const STATUS: Record<string, { text: string; color: string }> = { DUE: { text: "应交流", color: "orange" }, EXEMPT: { text: "豁免", color: "default" } };

/** 应交流名单 (教育局): who reaches the years at one school in a school year, who of them is due, who is exempt and why. */
export default function DueList() {
  const schools = useSchools();
  const schoolName = (id: string) => schools.data?.find((s) => s.schoolId === id)?.name ?? id;
  const current = schoolYearOf(new Date());
  const [year, setYear] = useState(current);
  const [schoolId, setSchoolId] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const due = useLoad(() => api<any>("rotation", `/rounds/${year}/due` + query({ schoolId })), [year, schoolId]);
  const rows: any[] = (due.data?.teachers ?? []).filter((t: any) => !status || t.status === status);
  const columns: XlsxColumn<any>[] = [
    { header: "姓名", value: (t) => t.name }, { header: "学校", value: (t) => schoolName(t.schoolId) }, { header: "学科", value: (t) => subjectName(t.subject) },
    { header: "在校起始", value: (t) => t.atSchoolSince }, { header: "在校年数", value: (t) => t.yearsAtSchool },
    { header: "结论", value: (t) => STATUS[t.status]?.text ?? t.status }, { header: "豁免理由", value: (t) => (t.exemptions ?? []).map((e: any) => e.zh ?? e.en).join("；") || null },
  ];
  const d = due.data;
  return (
    <>
      <PageTitle>{schoolYear(year)}应交流名单</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="due-year">学年</label>
        <Select id="due-year" value={year} onChange={(y) => { setYear(y); setPage((p) => ({ ...p, current: 1 })); }} style={{ width: 160 }}
          options={schoolYearsAround(current).map((y) => ({ value: y, label: schoolYear(y) }))} />
        <label htmlFor="due-school">学校</label>
        <SchoolSelect id="due-school" schools={schools.data} value={schoolId} allowClear onChange={(s) => { setSchoolId(s); setPage((p) => ({ ...p, current: 1 })); }} />
        <label htmlFor="due-status">结论</label>
        <Select id="due-status" allowClear value={status} onChange={(s) => { setStatus(s); setPage((p) => ({ ...p, current: 1 })); }} style={{ width: 120 }}
          options={Object.entries(STATUS).map(([value, s]) => ({ value, label: s.text }))} />
      </Space>
      <LoadError error={due.error} />
      <Card data-testid="due-list" loading={due.loading && !d} style={{ marginBottom: 16 }}>
        <Space size="large" wrap>
          <Statistic title="交流年限" value={d ? `${num(d.dueYears)} 年` : "—"} />
          <Statistic title="达到年限" value={num(d?.reached)} />
          <Statistic title="应交流" value={num(d?.due)} />
          <Statistic title="豁免" value={num(d?.exempt)} />
          <Statistic title="交流目标" value={num(d?.target)} />
        </Space>
      </Card>
      <Card title="名单" extra={<ExportButton name={`${schoolYear(year)}应交流名单`} rows={rows} exportColumns={columns} testId="due-xlsx" />}>
        <Table rowKey="teacherId" loading={due.loading} dataSource={slice(rows, page)}
          pagination={{ ...page, total: rows.length, showTotal: (t) => `共 ${num(t)} 人`, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
          columns={[
            { title: "姓名", dataIndex: "name", render: (n: string, t: any) => <Link to={`/bureau/teachers/${t.teacherId}`}>{n}</Link> },
            { title: "学校", dataIndex: "schoolId", render: schoolName },
            { title: "学科", dataIndex: "subject", render: subjectName },
            { title: "在校起始", dataIndex: "atSchoolSince", render: date },
            { title: "在校年数", dataIndex: "yearsAtSchool", align: "right", render: num },
            { title: "结论", dataIndex: "status", render: (s: string) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.text ?? s}</Tag> },
            { title: "豁免理由", dataIndex: "exemptions", render: (ex: any[]) => (ex ?? []).map((e) => e.zh ?? e.en).join("；") || "—" },
          ]} />
      </Card>
    </>
  );
}
