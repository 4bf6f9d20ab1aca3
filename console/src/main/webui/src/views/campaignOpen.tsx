import { useMemo, useRef, useState } from "react";
import { Button, Card, Form, Input, InputNumber, Select, Space, Typography } from "antd";
import { useNavigate } from "react-router-dom";
import { api, post } from "../api";
import { campaignBody, type CampaignFormValues } from "../campaignBody";
import { label } from "../fmt";
import { refusedAtLists } from "../formProblems";
import { FieldRadioGroup, FieldSelect, PageTitle, useLoad, useSubmit } from "../ui";
import { SchoolSelect, useSchools } from "./pickers";
import { subjectName } from "./subjects";

const FIELDS = ["kind", "title", "postIds", "opensAt", "closesAt", "weights", "minTitle"];
export const TITLE_OPTIONS = [
  { value: "SENIOR_PROFESSOR", label: "正高级教师" }, { value: "SENIOR", label: "高级教师" }, { value: "FIRST", label: "一级教师" },
  { value: "SECOND", label: "二级教师" }, { value: "THIRD", label: "三级教师" },
];

/** Written and interview weights in percent, one field of the form (the service names "weights" when they do not add up to 100). */
function WeightsInput({ value, onChange, id }: { value?: { written?: number | null; interview?: number | null }; onChange?: (v: any) => void; id?: string }) {
  return (
    <Space id={id}>
      <InputNumber aria-label="笔试权重（%）" min={0} max={100} precision={0} addonAfter="%" placeholder="笔试" value={value?.written}
        onChange={(written) => onChange?.({ ...value, written })} />
      <InputNumber aria-label="面试权重（%）" min={0} max={100} precision={0} addonAfter="%" placeholder="面试" value={value?.interview}
        onChange={(interview) => onChange?.({ ...value, interview })} />
    </Space>
  );
}

/** 发布招聘 (教育局): an open recruitment or an internal competition over vacant posts of one or more schools. */
export default function OpenCampaign() {
  const navigate = useNavigate();
  const [form] = Form.useForm<CampaignFormValues & { schoolId?: string }>();
  const fields = useMemo(() => FIELDS, []);
  const { busy, run } = useSubmit(form, fields);
  const schools = useSchools();
  const schoolId = Form.useWatch("schoolId", form);
  const posts = useLoad(() => (schoolId ? api<any[]>("recruitment", `/posts?schoolId=${schoolId}&vacant=true`) : Promise.resolve([])), [schoolId]);
  // labels of posts chosen at schools chosen before (the options list only the school shown)
  const known = useRef(new Map<string, string>());
  const [, setTick] = useState(0);
  const schoolName = (id: string) => schools.data?.find((s) => s.schoolId === id)?.name ?? id;
  const postLabel = (p: any) => `${schoolName(p.schoolId)} · ${label(p.category)}${p.subject ? " · " + subjectName(p.subject) : ""}${p.level ? " · " + p.level : ""}`;
  (posts.data ?? []).forEach((p: any) => known.current.set(p.postId, postLabel(p)));
  const chosen: string[] = Form.useWatch("postIds", form) ?? [];
  const options = [
    ...(posts.data ?? []).map((p: any) => ({ value: p.postId, label: postLabel(p) })),
    ...chosen.filter((id) => !(posts.data ?? []).some((p: any) => p.postId === id)).map((id) => ({ value: id, label: known.current.get(id) ?? id })),
  ];
  return (
    <>
      <PageTitle>发布招聘与竞聘</PageTitle>
      <Card data-testid="open-campaign">
        <Form form={form} layout="vertical" initialValues={{ kind: "INTERNAL", postIds: [] }} style={{ maxWidth: 760 }}
          onFinish={async (v) => {
            const created = await run(() => refusedAtLists(() => post<any>("recruitment", "/campaigns", campaignBody(v)), ["postIds"]), "已发布");
            if (created) navigate(`/bureau/campaigns/${created.campaignId}`);
          }}>
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: "请选择类型" }]}>
            <FieldRadioGroup options={[{ value: "INTERNAL", label: "校际竞聘（县内在编教师）" }, { value: "OPEN", label: "公开招聘（社会人员）" }]} />
          </Form.Item>
          <Form.Item name="title" label="名称" rules={[{ max: 120, message: "不超过 120 字" }]}><Input /></Form.Item>
          <Form.Item name="schoolId" label="学校（列出其空缺岗位）" extra="可先后选择多所学校，已选岗位保留">
            <SchoolSelect schools={schools.data} />
          </Form.Item>
          <Form.Item name="postIds" label="岗位" rules={[{ required: true, type: "array", min: 1, message: "请至少选择一个空缺岗位" }]}>
            <FieldSelect mode="multiple" loading={posts.loading} options={options} optionFilterProp="label"
              placeholder={schoolId ? "选择空缺岗位" : "请先选择学校"} onChange={() => setTick((t) => t + 1)}
              notFoundContent={schoolId && !posts.loading ? "该校暂无空缺岗位" : undefined} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="opensAt" label="报名开始" rules={[{ required: true, message: "请填写报名开始时间" }]}><Input type="datetime-local" /></Form.Item>
            <Form.Item name="closesAt" label="报名截止" rules={[{ required: true, message: "请填写报名截止时间" }]}><Input type="datetime-local" /></Form.Item>
          </Space>
          <Form.Item name="weights" label="成绩权重" extra="不填写则使用县里的默认权重；两项合计须为 100">
            <WeightsInput />
          </Form.Item>
          <Form.Item name="minTitle" label="最低职称要求">
            <Select allowClear style={{ width: 200 }} options={TITLE_OPTIONS} placeholder="不限" />
          </Form.Item>
          <Typography.Paragraph type="secondary">发布后，校际竞聘由教师在“我的档案”中报名，公开招聘的报名由教育局录入。</Typography.Paragraph>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>发布</Button>
            <Button onClick={() => navigate("/bureau/campaigns")}>返回列表</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
