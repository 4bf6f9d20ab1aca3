import { useState } from "react";
import { Alert, App, Button, Card, DatePicker, Form, Input, Space, Table } from "antd";
import dayjs from "dayjs";
import { Route, Routes } from "react-router-dom";
import { api, download } from "../api";
import { dateTime, num } from "../fmt";
import { query, toPageSize } from "../paging";
import { describe } from "../problem";
import { LoadError, PageTitle, TodoList, useLoad } from "../ui";
import Timeline from "./timeline";
import { PagedExportButton } from "../PagedExportButton";
import type { XlsxColumn } from "../xlsx";

export default function AuditViews() {
  return (
    <Routes>
      <Route index element={<Home />} />
      <Route path="events" element={<Events />} />
      <Route path="timeline" element={<Timeline />} />
    </Routes>
  );
}

function Home() {
  const { message } = App.useApp();
  const [report, setReport] = useState<any | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    try {
      setReport(await api("audit", "/verify"));
    } catch (e) {
      message.error(describe(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle>纪检工作台</PageTitle>
      <TodoList items={[]} />
      <Card title="审计链校验" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={verify} loading={busy}>校验审计链</Button>
        {report && (
          <Alert style={{ marginTop: 16 }} data-testid="chain-report" type={report.status === "OK" ? "success" : "error"} showIcon
            message={report.status === "OK" ? `审计链完整：已校验 ${num(report.checked)} 条记录` : `审计链在第 ${num(report.broken?.position)} 条处断开`}
            description={report.status === "OK" ? `链头哈希 ${report.headHash ?? "—"}，校验时间 ${dateTime(report.verifiedAt)}` : JSON.stringify(report.broken)} />
        )}
      </Card>
      <ExportCard />
    </>
  );
}

function ExportCard() {
  const { message } = App.useApp();
  const [range, setRange] = useState<[dayjs.Dayjs, dayjs.Dayjs]>([dayjs().subtract(1, "year"), dayjs()]);
  const [busy, setBusy] = useState(false);
  return (
    <Card title="导出审计记录">
      <Space>
        <DatePicker.RangePicker aria-label="导出时间范围" value={range} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
        <Button loading={busy} onClick={async () => {
          setBusy(true);
          try {
            await download("audit", "/export" + query({ from: range[0].format("YYYY-MM-DD"), to: range[1].format("YYYY-MM-DD") }), `审计记录_${range[0].format("YYYYMMDD")}-${range[1].format("YYYYMMDD")}.csv`);
            message.success("导出完成");
          } catch (e) {
            message.error(describe(e));
          } finally {
            setBusy(false);
          }
        }}>导出</Button>
      </Space>
    </Card>
  );
}

const EVENT_EXPORT: XlsxColumn<any>[] = [
  { header: "时间", value: (r) => dateTime(r.time) }, { header: "类型", value: (r) => r.type }, { header: "对象", value: (r) => r.subject },
  { header: "操作人", value: (r) => r.actor ?? null }, { header: "链位置", value: (r) => r.chainPosition }, { header: "哈希", value: (r) => r.hash },
];

function Events() {
  const [filters, setFilters] = useState<any>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const { data, error, loading } = useLoad(() => api<any>("audit", "/events" + query({ ...filters, ...toPageSize(page) })), [JSON.stringify(filters), page.current, page.pageSize]);
  return (
    <>
      <PageTitle>审计查询</PageTitle>
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={(v) => { setFilters({ subject: v.subject, actor: v.actor, type: v.type, from: v.range?.[0]?.format("YYYY-MM-DD"), to: v.range?.[1]?.format("YYYY-MM-DD") }); setPage((p) => ({ ...p, current: 1 })); }}>
        <Form.Item name="subject" label="对象"><Input allowClear /></Form.Item>
        <Form.Item name="actor" label="操作人"><Input allowClear /></Form.Item>
        <Form.Item name="type" label="类型"><Input allowClear /></Form.Item>
        <Form.Item name="range" label="时间"><DatePicker.RangePicker /></Form.Item>
        <Button htmlType="submit" type="primary">查询</Button>
        <PagedExportButton name="审计记录" testId="events-xlsx" columns={EVENT_EXPORT} pageSize={500}
          fetchPage={async (p, size) => { const r = await api<any>("audit", "/events" + query({ ...filters, page: p, size })); return { rows: r.items ?? [], total: r.total }; }} />
      </Form>
      <LoadError error={error} />
      <Table rowKey="eventId" loading={loading} dataSource={data?.items}
        pagination={{ ...page, total: data?.total, showTotal: (t) => `共 ${num(t)} 条`, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
        columns={[
          { title: "时间", dataIndex: "time", render: dateTime },
          { title: "类型", dataIndex: "type" },
          { title: "对象", dataIndex: "subject" },
          { title: "操作人", dataIndex: "actor" },
          { title: "链位置", dataIndex: "chainPosition", align: "right", render: num },
        ]} />
    </>
  );
}
