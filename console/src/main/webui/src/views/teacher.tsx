import { useMemo, useState } from "react";
import { Button, Card, Popconfirm, Space, Table, Typography } from "antd";
import { Route, Routes } from "react-router-dom";
import { api, post } from "../api";
import { date, dateTime, dec, label } from "../fmt";
import { PageTitle, TodoList, useLoad, useSession, useSubmit } from "../ui";

const OFFER_NAMES: Record<string, string> = { NONE: "未录用", OFFERED: "待答复", ACCEPTED: "已接受", DECLINED: "已放弃" };
import { TeacherFile } from "./teacherFile";
import CampaignsToApply from "./campaignApply";
import { appliedPosts } from "../campaignPosts";
import { FORM_NAMES, MoveExplanation } from "./explain";

export default function TeacherViews() {
  return (
    <Routes>
      <Route index element={<Home />} />
      <Route path="campaigns" element={<CampaignsToApply />} />
    </Routes>
  );
}

function Home() {
  const session = useSession();
  const id = session.teacherId!;
  const moves = useLoad(() => api<any[]>("rotation", `/teachers/${id}/moves`).catch(() => []), [id]);
  const applications = useLoad(() => api<any[]>("recruitment", `/teachers/${id}/applications`).catch(() => []), [id]);
  // the competitions (all a teacher may read) name the post of each application
  const campaigns = useLoad(() => api<any[]>("recruitment", "/campaigns").catch(() => []), []);
  const appliedFor = useMemo(() => appliedPosts(campaigns.data ?? []), [campaigns.data]);
  const [explained, setExplained] = useState<any | null>(null);
  const offers = (applications.data ?? []).filter((a: any) => a.offer === "OFFERED");
  const act = useSubmit(null, []);
  const answer = async (a: any, accept: boolean) => {
    const path = `/campaigns/${a.campaignId}/applications/${a.applicationId}/${accept ? "acceptance" : "declination"}`;
    if (await act.run(() => post("recruitment", path, accept ? {} : undefined), accept ? "已接受录用" : "已放弃录用")) applications.reload();
  };
  return (
    <>
      <PageTitle>我的档案</PageTitle>
      <TodoList items={offers.map(() => ({ text: "有待答复的录用通知", to: "/teacher#offers" }))} />
      <Card title="我的应聘与录用" style={{ marginBottom: 16 }} id="offers" data-testid="my-applications">
        <Table size="small" rowKey="applicationId" loading={applications.loading} dataSource={applications.data} pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">暂无应聘记录</Typography.Text> }}
          columns={[
            { title: "竞聘岗位", render: (_, a: any) => appliedFor(a.campaignId, a.postId) },
            { title: "报名时间", dataIndex: "appliedAt", render: dateTime },
            { title: "总成绩", dataIndex: "totalScore", align: "right", render: (n) => (n === null || n === undefined ? "—" : dec(n)) },
            { title: "名次", dataIndex: "rank", render: (r) => r ?? "—" },
            { title: "录用", dataIndex: "offer", render: (o: string) => OFFER_NAMES[o] ?? o ?? "—" },
            { title: "操作", render: (_, a: any) => a.offer === "OFFERED" ? (
              <Space>
                <Button size="small" type="primary" loading={act.busy} onClick={() => answer(a, true)}>接受</Button>
                <Popconfirm title="确认放弃此次录用？岗位将依次递补给下一名。" okText="放弃" cancelText="取消" onConfirm={() => answer(a, false)}>
                  <Button size="small" danger>放弃</Button>
                </Popconfirm>
              </Space>
            ) : null },
          ]} />
      </Card>
      <Card title="我的交流轮岗" style={{ marginBottom: 16 }} data-testid="my-moves">
        <Table size="small" rowKey="moveId" loading={moves.loading} dataSource={moves.data} pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">暂无轮岗安排</Typography.Text> }}
          columns={[
            { title: "形式", dataIndex: "form", render: (f) => FORM_NAMES[f] ?? f },
            { title: "调入学校", render: (_, m: any) => m.toSchool?.name ?? m.toSchool?.id ?? m.toSchoolName ?? m.toSchoolId ?? "—" },
            { title: "返回日期", dataIndex: "returnDate", render: date },
            { title: "状态", dataIndex: "status", render: label },
            { title: "", render: (_, m: any) => <Button size="small" onClick={() => setExplained(m)}>理由</Button> },
          ]} />
      </Card>
      <TeacherFile id={id} self />
      <MoveExplanation move={explained} open={!!explained} onClose={() => setExplained(null)} />
    </>
  );
}
