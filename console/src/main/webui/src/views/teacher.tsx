import { useState } from "react";
import { Button, Card, Table } from "antd";
import { Route, Routes } from "react-router-dom";
import { api } from "../api";
import { date, label } from "../fmt";
import { PageTitle, TodoList, useLoad, useSession } from "../ui";
import { TeacherRecord } from "./bureau";
import { FORM_NAMES, MoveExplanation } from "./explain";

export default function TeacherViews() {
  return (
    <Routes>
      <Route index element={<Home />} />
    </Routes>
  );
}

function Home() {
  const session = useSession();
  const id = session.teacherId!;
  const moves = useLoad(() => api<any[]>("rotation", `/teachers/${id}/moves`).catch(() => []), [id]);
  const applications = useLoad(() => api<any[]>("recruitment", `/teachers/${id}/applications`).catch(() => []), [id]);
  const [explained, setExplained] = useState<any | null>(null);
  const offers = (applications.data ?? []).filter((a: any) => a.status === "OFFERED");
  return (
    <>
      <PageTitle>我的档案</PageTitle>
      <TodoList items={offers.map((o: any) => ({ text: "有待答复的录用通知", to: "/teacher" }))} />
      <Card title="我的交流轮岗" style={{ marginBottom: 16 }} data-testid="my-moves">
        <Table size="small" rowKey="moveId" loading={moves.loading} dataSource={moves.data} pagination={false}
          locale={{ emptyText: "暂无轮岗安排" }}
          columns={[
            { title: "形式", dataIndex: "form", render: (f) => FORM_NAMES[f] ?? f },
            { title: "调入学校", render: (_, m: any) => m.toSchoolName ?? m.toSchoolId },
            { title: "返回日期", dataIndex: "returnDate", render: date },
            { title: "状态", dataIndex: "status", render: label },
            { title: "", render: (_, m: any) => <Button size="small" onClick={() => setExplained(m)}>理由</Button> },
          ]} />
      </Card>
      <TeacherRecord id={id} />
      <MoveExplanation move={explained} open={!!explained} onClose={() => setExplained(null)} />
    </>
  );
}
