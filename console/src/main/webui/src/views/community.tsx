import { useMemo, useState } from "react";
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography } from "antd";
import { api, post } from "../api";
import { schoolYearsAround } from "../enrollmentBody";
import { ExportButton } from "../ExportButton";
import { date, dateTime, num, schoolYear, schoolYearOf } from "../fmt";
import { refusedAtLists } from "../formProblems";
import { FieldSelect, LoadError, PageTitle, useLoad, useSession, useSubmit } from "../ui";
import type { XlsxColumn } from "../xlsx";
import { subjectName } from "./subjects";
import { CommunityActivities } from "./communityActivities";
import { useSchoolNames } from "./teacherFile";

export const ACTIVITY_KINDS: Record<string, string> = { TEACHING_RESEARCH: "校际教研", LECTURE: "讲座", LESSON_SENT: "送课", TRAINING: "培训" };
const MODELS: Record<string, string> = { ONE_PLUS_ONE: "1+1", ONE_PLUS_N: "1+N" };
const FIELDS = ["kind", "title", "date", "schoolIds", "participants"];

/** 共同体 (学校): the school's development communities, their year's activities by kind, shared teachers, and a new activity (the leading school records). */
export default function Communities() {
  const session = useSession();
  const own = session.schoolId ?? "";
  const communities = useLoad(() => api<any[]>("rotation", "/communities"), []);
  const mine = (communities.data ?? []).filter((c: any) => c.leadSchoolId === own || (c.memberSchoolIds ?? []).includes(own));
  const current = schoolYearOf(new Date());
  const [year, setYear] = useState(current);
  return (
    <>
      <PageTitle>发展共同体</PageTitle>
      <Space style={{ marginBottom: 16 }}>
        <label htmlFor="community-year">学年</label>
        <Select id="community-year" value={year} onChange={setYear} style={{ width: 160 }}
          options={schoolYearsAround(current).map((y) => ({ value: y, label: schoolYear(y) }))} />
      </Space>
      <LoadError error={communities.error} />
      {!communities.loading && mine.length === 0 && <Alert type="info" showIcon message="本校尚未加入发展共同体" />}
      {mine.map((c: any) => <Community key={c.communityId} community={c} own={own} year={year} />)}
    </>
  );
}

function schoolLabel(id: string, own: string, lead: string, name: (id: string) => string) {
  return `${id === own ? "本校" : name(id)}${id === lead ? "（牵头校）" : ""}`;
}

function Community({ community: c, own, year }: { community: any; own: string; year: string }) {
  const schoolName = useSchoolNames();
  const named = (id: string) => schoolLabel(id, own, c.leadSchoolId, schoolName);
  const stats = useLoad(() => api<any>("rotation", `/communities/${c.communityId}/stats?schoolYear=${year}`), [c.communityId, year]);
  const shared = useLoad(() => api<any[]>("rotation", `/communities/${c.communityId}/shared-teachers?schoolYear=${year}`), [c.communityId, year]);
  const [recorded, setRecorded] = useState<any[]>([]);
  const schools: string[] = [c.leadSchoolId, ...(c.memberSchoolIds ?? [])];
  const leads = c.leadSchoolId === own;
  const kinds = Object.keys(ACTIVITY_KINDS).map((k) => ({ kind: k, ...(stats.data?.byKind?.[k] ?? { activities: 0, participants: 0 }) }));
  const kindColumns: XlsxColumn<any>[] = [
    { header: "活动类型", value: (k) => ACTIVITY_KINDS[k.kind] }, { header: "次数", value: (k) => k.activities }, { header: "参加人次", value: (k) => k.participants },
  ];
  const sharedColumns: XlsxColumn<any>[] = [
    { header: "教师", value: (s) => s.teacherName ?? s.teacherId }, { header: "所在学校", value: (s) => schoolName(s.homeSchoolId) },
    { header: "任课学校", value: (s) => schoolName(s.hostSchoolId) }, { header: "学科", value: (s) => subjectName(s.subject) },
    { header: "每周课时", value: (s) => s.hoursPerWeek }, { header: "开始日期", value: (s) => s.startsOn }, { header: "结束日期", value: (s) => s.endsOn },
  ];
  const s = stats.data;
  return (
    <Card title={c.name} style={{ marginBottom: 16 }} data-testid="community">
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="模式">{MODELS[c.model] ?? c.model ?? "—"}</Descriptions.Item>
        <Descriptions.Item label="成立">{dateTime(c.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="学校">{schools.map(named).join("、")}</Descriptions.Item>
        <Descriptions.Item label={`${schoolYear(year)}活动`}>{num(s?.activities)} 次，{num(s?.participants)} 人次</Descriptions.Item>
        <Descriptions.Item label="送课">{num(s?.lessonsSent)} 次</Descriptions.Item>
        <Descriptions.Item label="共享教师">{num(s?.teachersShared)} 人，每周 {num(s?.sharedHoursPerWeek)} 课时</Descriptions.Item>
      </Descriptions>
      <LoadError error={stats.error ?? shared.error} />
      <Card size="small" title="活动（按类型）" style={{ marginBottom: 16 }}
        extra={<ExportButton name={`${c.name}_${year}_活动`} rows={kinds} exportColumns={kindColumns} />}>
        <Table size="small" rowKey="kind" loading={stats.loading} dataSource={kinds} pagination={false}
          columns={[
            { title: "活动类型", dataIndex: "kind", render: (k: string) => ACTIVITY_KINDS[k] },
            { title: "次数", dataIndex: "activities", align: "right", render: num },
            { title: "参加人次", dataIndex: "participants", align: "right", render: num },
          ]} />
      </Card>
      {leads ? <RecordActivity community={c} named={named} onRecorded={(a) => { setRecorded((r) => [a, ...r]); stats.reload(); }} />
        : <Alert type="info" showIcon style={{ marginBottom: 16 }} message="活动由牵头学校或教育局录入" />}
      <CommunityActivities communityId={c.communityId} name={c.name} year={year} reloadKey={recorded.length}
        schoolName={named} />
      <Card size="small" title="共享教师" extra={<ExportButton name={`${c.name}_${year}_共享教师`} rows={shared.data} exportColumns={sharedColumns} />}>
        <Table size="small" rowKey="sharingId" loading={shared.loading} dataSource={shared.data} pagination={{ pageSize: 10 }}
          locale={{ emptyText: <Typography.Text type="secondary">本学年暂无共享教师</Typography.Text> }}
          columns={[
            { title: "教师", dataIndex: "teacherName", render: (n: string, x: any) => n ?? x.teacherId },
            { title: "所在学校", dataIndex: "homeSchoolId", render: named },
            { title: "任课学校", dataIndex: "hostSchoolId", render: named },
            { title: "学科", dataIndex: "subject", render: subjectName },
            { title: "每周课时", dataIndex: "hoursPerWeek", align: "right", render: num },
            { title: "开始日期", dataIndex: "startsOn", render: date },
            { title: "结束日期", dataIndex: "endsOn", render: date },
          ]} />
      </Card>
    </Card>
  );
}

function RecordActivity({ community: c, named, onRecorded }: { community: any; named: (id: string) => string; onRecorded: (a: any) => void }) {
  const [form] = Form.useForm();
  const fields = useMemo(() => FIELDS, []);
  const { busy, run } = useSubmit(form, fields);
  const schools: string[] = [c.leadSchoolId, ...(c.memberSchoolIds ?? [])];
  return (
    <Card size="small" title="录入活动" style={{ marginBottom: 16 }} data-testid="record-activity">
      <Form form={form} layout="vertical" initialValues={{ schoolIds: schools }} onFinish={async (v) => {
        const body = { kind: v.kind, title: v.title?.trim() || undefined, date: v.date, schoolIds: v.schoolIds, participants: v.participants };
        const a = await run(() => refusedAtLists(() => post<any>("rotation", `/communities/${c.communityId}/activities`, body), ["schoolIds"]), "活动已录入");
        if (a) { onRecorded(a); form.resetFields(["title", "participants"]); }
      }}>
        <Space wrap align="start">
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: "请选择活动类型" }]}>
            <FieldSelect style={{ width: 140 }} options={Object.entries(ACTIVITY_KINDS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="title" label="主题" rules={[{ max: 200, message: "不超过 200 字" }]}><Input style={{ width: 260 }} /></Form.Item>
          <Form.Item name="date" label="日期" rules={[{ required: true, message: "请填写活动日期" }]}><Input type="date" style={{ width: 160 }} /></Form.Item>
          <Form.Item name="participants" label="参加人次" rules={[{ required: true, message: "请填写参加人次" }]}>
            <InputNumber min={1} max={100000} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="schoolIds" label="参加学校" rules={[{ required: true, type: "array", min: 1, message: "至少一所学校参加" }]}>
          <FieldSelect mode="multiple" options={schools.map((id) => ({ value: id, label: named(id) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>录入</Button>
      </Form>
    </Card>
  );
}
