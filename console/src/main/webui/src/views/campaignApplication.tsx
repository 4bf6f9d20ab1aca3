import { useMemo } from "react";
import { Button, Card, Form, Input, Space } from "antd";
import { useNavigate, useParams } from "react-router-dom";
import { api, post } from "../api";
import { FieldRadioGroup, FieldSelect, LoadError, PageTitle, useLoad, useSubmit } from "../ui";
import { TITLE_OPTIONS } from "./campaignOpen";
import { SchoolSelect, TeacherSelect, useSchools } from "./pickers";
import { SUBJECTS } from "./subjects";
import { postChoices } from "../campaignPosts";

const FIELDS = ["postId", "teacherId", "candidate"];

/** 录入报名 (教育局): a candidate of an open recruitment, or a county teacher for an internal competition. */
export default function NewApplication() {
  const { id } = useParams();
  const navigate = useNavigate();
  const campaign = useLoad(() => api<any>("recruitment", `/campaigns/${id}`), [id]);
  const schools = useSchools();
  const [form] = Form.useForm();
  const fields = useMemo(() => FIELDS, []);
  const { busy, run } = useSubmit(form, fields);
  const schoolId = Form.useWatch("schoolId", form);
  const c = campaign.data;
  const internal = c?.kind === "INTERNAL";
  // the campaign names its posts (school, category, subject or leadership role, grade)
  const postOptions = postChoices(c);
  return (
    <>
      <PageTitle>录入报名：{c?.title ?? ""}</PageTitle>
      <LoadError error={campaign.error} />
      {c && (
        <Card data-testid="new-application">
          <Form form={form} layout="vertical" style={{ maxWidth: 720 }} initialValues={{ candidate: { gender: "FEMALE" } }}
            onFinish={async (v) => {
              const body = internal ? { postId: v.postId, teacherId: v.teacherId }
                : { postId: v.postId, candidate: { ...v.candidate, name: v.candidate.name?.trim(), idNumber: v.candidate.idNumber?.trim().toUpperCase() } };
              if (await run(() => post("recruitment", `/campaigns/${id}/applications`, body), "报名已录入")) navigate(`/bureau/campaigns/${id}`);
            }}>
            <Form.Item name="postId" label="报名岗位" rules={[{ required: true, message: "请选择岗位" }]}>
              <FieldSelect options={postOptions} />
            </Form.Item>
            {internal ? (
              <Space wrap align="start">
                <Form.Item name="schoolId" label="教师所在学校" rules={[{ required: true, message: "请选择学校" }]}>
                  <SchoolSelect schools={schools.data} onChange={() => form.setFieldValue("teacherId", undefined)} />
                </Form.Item>
                <Form.Item name="teacherId" label="教师" rules={[{ required: true, message: "请选择教师" }]}><TeacherSelect schoolId={schoolId} /></Form.Item>
              </Space>
            ) : (
              <>
                <Space wrap align="start">
                  <Form.Item name={["candidate", "name"]} label="姓名" rules={[{ required: true, message: "请填写姓名" }, { max: 60, message: "不超过 60 字" }]}><Input style={{ width: 160 }} /></Form.Item>
                  <Form.Item name={["candidate", "gender"]} label="性别" rules={[{ required: true, message: "请选择性别" }]}>
                    <FieldRadioGroup options={[{ value: "FEMALE", label: "女" }, { value: "MALE", label: "男" }]} />
                  </Form.Item>
                  <Form.Item name={["candidate", "birthDate"]} label="出生日期" rules={[{ required: true, message: "请填写出生日期" }]}><Input type="date" style={{ width: 160 }} /></Form.Item>
                </Space>
                <Form.Item name={["candidate", "idNumber"]} label="身份证号码" rules={[{ required: true, message: "请填写身份证号码" }]}><Input style={{ width: 240 }} autoComplete="off" /></Form.Item>
                <Space wrap align="start">
                  <Form.Item name={["candidate", "subjects"]} label="学科" rules={[{ required: true, type: "array", min: 1, message: "请至少选择一个学科" }]}>
                    <FieldSelect mode="multiple" options={SUBJECTS} style={{ minWidth: 240 }} />
                  </Form.Item>
                  <Form.Item name={["candidate", "title"]} label="职称" rules={[{ required: true, message: "请选择职称" }]}>
                    <FieldSelect style={{ width: 160 }} options={[...TITLE_OPTIONS, { value: "NONE", label: "未定级" }]} />
                  </Form.Item>
                </Space>
              </>
            )}
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>录入</Button>
              <Button onClick={() => navigate(`/bureau/campaigns/${id}`)}>返回</Button>
            </Space>
          </Form>
        </Card>
      )}
    </>
  );
}
