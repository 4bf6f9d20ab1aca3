import { useEffect, useMemo, useState } from "react";
import { Alert, Button, Card, Col, Form, InputNumber, Row, Select, Space, Table, Typography } from "antd";
import { api, put } from "../api";
import { ENROLLMENT_FIELDS, enrollmentBody, formValuesOf, schoolYearsAround, schoolYearStart, STAGE_NAMES } from "../enrollmentBody";
import { ExportButton } from "../ExportButton";
import { date, dateTime, dec, num, schoolYear, schoolYearOf } from "../fmt";
import { ProblemError } from "../problem";
import { LoadError, PageTitle, useLoad, useSession, useSubmit } from "../ui";
import type { XlsxColumn } from "../xlsx";
import { SchoolSelect, useSchools } from "./pickers";

/**
 * 在校生 per school and school year, beside the staffing standards (versioned) in force on the year's
 * first day. The education bureau reports the figures (the service takes them from the bureau only);
 * the staffing office reads them here beside the standards it sets.
 */
export default function Enrollment() {
  const session = useSession();
  const editable = session.role === "education-bureau";
  const schools = useSchools();
  const current = schoolYearOf(new Date());
  const [schoolId, setSchoolId] = useState<string | undefined>();
  const [year, setYear] = useState(current);
  const school = useLoad(() => (schoolId ? api<any>("quota", `/schools/${schoolId}`) : Promise.resolve(null)), [schoolId]);
  const report = useLoad(async () => {
    if (!schoolId) return null;
    try {
      return await api<any>("quota", `/schools/${schoolId}/enrollment/${year}`);
    } catch (e) {
      if (e instanceof ProblemError && e.problem.status === 404) return null; // nothing reported for this year yet
      throw e;
    }
  }, [schoolId, year]);
  const history = useLoad(() => (schoolId ? api<any[]>("quota", `/schools/${schoolId}/enrollment`) : Promise.resolve([])), [schoolId]);
  const standards = useLoad(() => api<any[]>("quota", "/standards?on=" + schoolYearStart(year)), [year]);
  const stages: string[] = school.data?.stages ?? [];
  const [form] = Form.useForm();
  const fields = useMemo(() => ENROLLMENT_FIELDS, []);
  const { busy, run } = useSubmit(form, fields);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(formValuesOf(report.data));
  }, [report.data, form]);
  const byStage = new Map<string, any>((standards.data ?? []).map((s: any) => [s.stage, s]));
  const historyColumns: XlsxColumn<any>[] = [
    { header: "学年", value: (e) => schoolYear(e.schoolYear) },
    ...Object.keys(STAGE_NAMES).map((st) => ({ header: `${STAGE_NAMES[st]}学生`, value: (e: any) => e.students?.[st] ?? null })),
    { header: "学生合计", value: (e) => e.totalStudents }, { header: "修订次数", value: (e) => e.revision },
    { header: "填报人", value: (e) => e.reportedBy ?? null }, { header: "填报时间", value: (e) => dateTime(e.reportedAt) },
  ];
  return (
    <>
      <PageTitle>在校生人数</PageTitle>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="enrollment-school">学校</label>
        <SchoolSelect id="enrollment-school" schools={schools.data} value={schoolId} onChange={setSchoolId} />
        <label htmlFor="enrollment-year">学年</label>
        <Select id="enrollment-year" value={year} onChange={setYear} style={{ width: 160 }}
          options={schoolYearsAround(current).map((y) => ({ value: y, label: schoolYear(y) }))} />
      </Space>
      {!editable && <Alert type="info" showIcon style={{ marginBottom: 16 }} message="在校生人数由教育局填报；此处可查阅各校各学年的填报及修订记录，并与编制标准对照。" />}
      <LoadError error={school.error ?? report.error ?? history.error} />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={schoolId ? `${school.data?.name ?? ""} ${schoolYear(year)}` : "请选择学校"} data-testid="enrollment-form" loading={school.loading}>
            {schoolId && (
              <Form form={form} layout="horizontal" disabled={!editable}
                onFinish={async (v) => {
                  if (await run(() => put("quota", `/schools/${schoolId}/enrollment/${year}`, enrollmentBody(v)), "在校生人数已保存")) { report.reload(); history.reload(); }
                }}>
                {stages.length === 0 && <Typography.Text type="secondary">该校未登记学段</Typography.Text>}
                {stages.map((st) => (
                  <Space key={st} align="start" wrap>
                    <Form.Item name={st} label={`${STAGE_NAMES[st] ?? st}学生`}>
                      <InputNumber min={0} max={100000} precision={0} addonAfter="人" style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={["classes", st]} label="班级">
                      <InputNumber min={0} max={5000} precision={0} addonAfter="班" style={{ width: 130 }} />
                    </Form.Item>
                  </Space>
                ))}
                {report.data && <p>第 {num(report.data.revision)} 次填报，{report.data.reportedBy ?? ""} {dateTime(report.data.reportedAt)}；合计 {num(report.data.totalStudents)} 人</p>}
                {!report.data && !report.loading && <p>本学年尚未填报。</p>}
                {editable && <Button type="primary" htmlType="submit" loading={busy}>保存</Button>}
              </Form>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={`编制标准（${date(schoolYearStart(year))}执行）`} data-testid="enrollment-standards">
            <LoadError error={standards.error} />
            <Table size="small" rowKey="stage" loading={standards.loading} pagination={false}
              dataSource={(standards.data ?? []).filter((s: any) => !stages.length || stages.includes(s.stage))}
              columns={[
                { title: "学段", dataIndex: "stage", render: (s: string) => STAGE_NAMES[s] ?? s },
                { title: "师生比", dataIndex: "studentsPerStaff", render: (n: number) => `1 : ${dec(n)}` },
                { title: "版本", dataIndex: "version", align: "right" },
                { title: "生效日期", dataIndex: "effectiveFrom", render: date },
                { title: "本年学生", render: (_, s: any) => num(report.data?.students?.[s.stage]) },
              ]} />
            {stages.some((st) => !byStage.has(st)) && <Typography.Text type="secondary">部分学段在该日期尚无标准。</Typography.Text>}
          </Card>
        </Col>
      </Row>
      <Card title="填报记录" style={{ marginTop: 16 }}
        extra={<ExportButton name={`在校生_${school.data?.name ?? schoolId ?? ""}`} rows={history.data} exportColumns={historyColumns} />}>
        <Table size="small" rowKey={(e: any) => e.schoolYear + ":" + e.revision} loading={history.loading} dataSource={history.data} pagination={{ pageSize: 10 }}
          columns={[
            { title: "学年", dataIndex: "schoolYear", render: schoolYear },
            { title: "各学段学生", dataIndex: "students", render: (s: Record<string, number>) => Object.entries(s ?? {}).map(([k, n]) => `${STAGE_NAMES[k] ?? k} ${num(n)}`).join("，") || "—" },
            { title: "合计", dataIndex: "totalStudents", align: "right", render: num },
            { title: "修订", dataIndex: "revision", align: "right" },
            { title: "填报人", dataIndex: "reportedBy", render: (x?: string) => x ?? "—" },
            { title: "填报时间", dataIndex: "reportedAt", render: dateTime },
          ]} />
      </Card>
    </>
  );
}
