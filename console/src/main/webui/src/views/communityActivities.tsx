import { useState } from "react";
import { Card, Table, Typography } from "antd";
import { api } from "../api";
import { date, num, schoolYear } from "../fmt";
import { indexedPage, pageQuery } from "../pageIndex";
import { query } from "../paging";
import { PagedExportButton } from "../PagedExportButton";
import { LoadError, useLoad } from "../ui";
import type { XlsxColumn } from "../xlsx";

export const KIND_NAMES: Record<string, string> = { TEACHING_RESEARCH: "校际教研", LECTURE: "讲座", LESSON_SENT: "送课", TRAINING: "培训" };

export interface Activity {
  activityId: string; communityId: string; kind: string; title?: string | null; date: string; schoolYear: string;
  schoolIds: string[]; participants: number;
}

export const activitiesPath = (communityId: string, year: string, page: number, size: number) =>
  `/communities/${communityId}/activities` + query({ schoolYear: year, page, size });

export function activityColumns(schoolName: (id: string) => string): XlsxColumn<Activity>[] {
  return [
    { header: "日期", value: (a) => a.date }, { header: "学年", value: (a) => schoolYear(a.schoolYear) },
    { header: "类型", value: (a) => KIND_NAMES[a.kind] ?? a.kind }, { header: "主题", value: (a) => a.title || null },
    { header: "参加学校", value: (a) => (a.schoolIds ?? []).map(schoolName).join("、") }, { header: "参加人次", value: (a) => a.participants },
  ];
}

/** A community's activities of a school year, newest first, paged by the service; every page exports. */
export function CommunityActivities({ communityId, name, year, schoolName, reloadKey }: {
  communityId: string; name: string; year: string; schoolName: (id: string) => string; reloadKey?: unknown;
}) {
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  const [shownYear, setShownYear] = useState(year);
  if (shownYear !== year) { setShownYear(year); setPage((p) => ({ ...p, current: 1 })); }
  const list = useLoad(async () => {
    const { page: p, size } = pageQuery(page);
    return indexedPage(await api<Activity[]>("rotation", activitiesPath(communityId, year, p, size)), page);
  }, [communityId, year, page.current, page.pageSize, reloadKey]);
  return (
    <Card size="small" title={`${schoolYear(year)}活动记录`} style={{ marginBottom: 16 }} data-testid="community-activities"
      extra={<PagedExportButton name={`${name}_${year}_活动记录`} testId="activities-xlsx" columns={activityColumns(schoolName)} pageSize={500}
        fetchPage={async (p, size) => ({ rows: await api<Activity[]>("rotation", activitiesPath(communityId, year, p, size)) })} />}>
      <LoadError error={list.error} />
      <Table size="small" rowKey="activityId" loading={list.loading} dataSource={list.data?.rows}
        pagination={{ ...page, total: list.data?.total, showSizeChanger: true, onChange: (current, pageSize) => setPage({ current, pageSize }) }}
        locale={{ emptyText: <Typography.Text type="secondary">本学年暂无活动记录</Typography.Text> }}
        columns={[
          { title: "日期", dataIndex: "date", render: date },
          { title: "类型", dataIndex: "kind", render: (k: string) => KIND_NAMES[k] ?? k },
          { title: "主题", dataIndex: "title", render: (t?: string) => t || "—" },
          { title: "参加学校", dataIndex: "schoolIds", render: (ids: string[]) => (ids ?? []).map(schoolName).join("、") },
          { title: "参加人次", dataIndex: "participants", align: "right", render: num },
        ]} />
    </Card>
  );
}
