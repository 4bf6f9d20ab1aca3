import { Descriptions, Modal, Tag } from "antd";
import { date, label, namingSchools, num } from "../fmt";
import { subjectName } from "./subjects";

export const FORM_NAMES: Record<string, string> = {
  SUPPORT_TEACHING: "支教", PAIRED_EXCHANGE: "结对交流", SHADOWING: "跟岗学习", ITINERANT: "走教", TRANSFER: "调动", COMPETITION: "竞聘",
};
export const DIRECTION_NAMES: Record<string, string> = {
  OVER_TO_UNDER: "超编校→缺编校", SURPLUS_TO_SHORTAGE: "学科富余→学科短缺", STRONG_TO_WEAK: "优质校→薄弱校",
};

/** A move with why this teacher, why this school, its form and direction. */
export function MoveExplanation({ move, open, onClose, schoolName }: { move: any; open: boolean; onClose: () => void; schoolName?: (id: string) => string }) {
  // the move's own schools carry their names; others by the county's list where the user reads it
  const name = (id: string) => [move?.fromSchool, move?.toSchool].find((x) => x?.id === id && x.name)?.name ?? (schoolName ? schoolName(id) : id);
  return (
    <Modal title="调整理由" open={open} onCancel={onClose} onOk={onClose} okText="关闭" cancelButtonProps={{ style: { display: "none" } }} width={680}>
      {move && (
        <div data-testid="move-explanation">
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="学科">{subjectName(move.subject)}</Descriptions.Item>
            <Descriptions.Item label="形式">{FORM_NAMES[move.form] ?? move.form}</Descriptions.Item>
            <Descriptions.Item label="调出学校">{move.fromSchool?.name ?? name(move.fromSchoolId ?? move.fromSchool?.id)}</Descriptions.Item>
            <Descriptions.Item label="调入学校">{move.toSchool?.name ?? name(move.toSchoolId ?? move.toSchool?.id)}</Descriptions.Item>
            <Descriptions.Item label="任期">{num(move.termYears)} 年</Descriptions.Item>
            <Descriptions.Item label="返回日期">{date(move.returnDate)}</Descriptions.Item>
            <Descriptions.Item label="方向" span={2}>{(move.directions ?? []).map((d: string) => <Tag key={d}>{DIRECTION_NAMES[d] ?? d}</Tag>)}</Descriptions.Item>
          </Descriptions>
          <h3 style={{ marginTop: 16 }}>为何是这位教师、为何是这所学校</h3>
          <ul>{(move.reasons ?? []).map((r: any, i: number) => <li key={i}>{namingSchools(r.zh ?? r.en ?? "", name)}</li>)}</ul>
          {move.status && <p>状态：{label(move.status)}</p>}
        </div>
      )}
    </Modal>
  );
}
