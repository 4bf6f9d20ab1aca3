import { useMemo, useState } from "react";
import { Button, Card, Form, Modal, Table, Tag, Typography } from "antd";
import { api, post } from "../api";
import { dateTime, label, leadershipRoleName, num, titleName } from "../fmt";
import { FieldSelect, PageTitle, useLoad, useSession, useSubmit, LoadError } from "../ui";
import { ExportButton } from "../ExportButton";
import type { XlsxColumn } from "../xlsx";
import { subjectName } from "./subjects";
import { campaignSchools, postChoices, type CampaignPost } from "../campaignPosts";

/** 校际竞聘 (教师): the internal competitions taking applications; the teacher applies for a post. */
export default function CampaignsToApply() {
  const session = useSession();
  const campaigns = useLoad(() => api<any[]>("recruitment", "/campaigns?status=OPEN"), []);
  const mine = useLoad(() => api<any[]>("recruitment", `/teachers/${session.teacherId}/applications`), [session.teacherId]);
  const [applying, setApplying] = useState<any | null>(null);
  const applied = new Set((mine.data ?? []).map((a: any) => a.campaignId));
  const rows = campaigns.data ?? [];
  const columns: XlsxColumn<any>[] = [
    { header: "名称", value: (c) => c.title ?? "校际竞聘" }, { header: "学校", value: campaignSchools },
    { header: "岗位", value: (c) => postChoices(c).map((p) => p.label).join("；") }, { header: "岗位数", value: (c) => c.postIds?.length ?? 0 },
    { header: "报名开始", value: (c) => dateTime(c.opensAt) }, { header: "报名截止", value: (c) => dateTime(c.closesAt) },
    { header: "我的报名", value: (c) => (applied.has(c.campaignId) ? "已报名" : "未报名") },
  ];
  return (
    <>
      <PageTitle>校际竞聘报名</PageTitle>
      <LoadError error={campaigns.error} />
      <Card title="正在报名的竞聘" data-testid="campaigns-to-apply" extra={<ExportButton name="校际竞聘" rows={rows} exportColumns={columns} />}>
        <Table rowKey="campaignId" loading={campaigns.loading} dataSource={rows} pagination={{ pageSize: 20 }}
          locale={{ emptyText: <Typography.Text type="secondary">目前没有正在报名的校际竞聘</Typography.Text> }}
          columns={[
            { title: "名称", dataIndex: "title", render: (t?: string) => t ?? "校际竞聘" },
            { title: "学校", render: (_, c: any) => campaignSchools(c) },
            { title: "岗位数", dataIndex: "postIds", align: "right", render: (p: string[]) => num(p?.length) },
            { title: "报名开始", dataIndex: "opensAt", render: dateTime },
            { title: "报名截止", dataIndex: "closesAt", render: dateTime },
            { title: "操作", render: (_, c: any) => applied.has(c.campaignId) ? <Tag color="green">已报名</Tag>
              : <Button size="small" type="primary" autoInsertSpace={false} onClick={() => setApplying(c)}
                  aria-label={`报名${c.title ?? "校际竞聘"}`}>报名</Button> },
          ]} />
      </Card>
      <Apply campaign={applying} onClose={(done) => { setApplying(null); if (done) mine.reload(); }} />
    </>
  );
}

function Apply({ campaign, onClose }: { campaign: any | null; onClose: (done: boolean) => void }) {
  const [form] = Form.useForm();
  const fields = useMemo(() => ["postId"], []);
  const { busy, run } = useSubmit(form, fields);
  return (
    <Modal title={`报名：${campaign?.title ?? "校际竞聘"}`} open={!!campaign} okText="提交报名" cancelText="取消" confirmLoading={busy} destroyOnHidden
      onCancel={() => onClose(false)} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={async (v) => {
        if (campaign && await run(() => post("recruitment", `/campaigns/${campaign.campaignId}/applications`, { postId: v.postId }), "报名已提交")) onClose(true);
      }}>
        {campaign && <p>报名截止：{dateTime(campaign.closesAt)}</p>}
        {campaign?.posts && (
          <Table size="small" rowKey="postId" dataSource={campaign.posts} pagination={false} style={{ marginBottom: 16 }} data-testid="campaign-posts"
            columns={[
              { title: "学校", render: (_, p: CampaignPost) => p.schoolName ?? p.schoolId ?? "—" },
              { title: "岗位类别", dataIndex: "category", render: label },
              { title: "学科或职务", render: (_, p: CampaignPost) => (p.leadershipRole ? leadershipRoleName(p.leadershipRole) : subjectName(p.subject)) },
              { title: "岗位等级", dataIndex: "level", render: titleName },
            ]} />
        )}
        <Form.Item name="postId" label="报名岗位" rules={[{ required: true, message: "请选择岗位" }]}
          extra="学科、岗位类别和职称须符合岗位要求，不符合时在此说明原因">
          <FieldSelect options={postChoices(campaign)} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
