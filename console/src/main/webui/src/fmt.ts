import dayjs from "dayjs";

const integer = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

export const num = (n: number | null | undefined) => (n === null || n === undefined ? "—" : integer.format(n));
export const dec = (n: number | null | undefined) => (n === null || n === undefined ? "—" : decimal.format(n));
export const pct = (n: number | null | undefined) => (n === null || n === undefined ? "—" : decimal.format(n * 100) + "%");
export const date = (d: string | null | undefined) => (d ? dayjs(d).format("YYYY年M月D日") : "—");
export const dateTime = (d: string | null | undefined) => (d ? dayjs(d).format("YYYY年M月D日 HH:mm") : "—");
/** "2026-2027" → "2026—2027学年" */
export const schoolYear = (y: string | null | undefined) => (y ? y.replace("-", "—") + "学年" : "—");

/** The school year a date falls in: from 1 September. */
export function schoolYearOf(d: Date): string {
  const y = d.getMonth() >= 8 ? d.getFullYear() : d.getFullYear() - 1;
  return `${y}-${y + 1}`;
}

export const LABELS: Record<string, string> = {
  URBAN: "城区", TOWN: "镇区", RURAL: "乡村",
  OVER_STAFFED: "超编", UNDER_STAFFED: "缺编", BALANCED: "平衡",
  K12: "中小学", OTHER: "其他", INSTITUTION: "事业单位",
  PENDING: "待审批", APPROVED: "已同意", REJECTED: "已退回", SUPERSEDED: "已被新版本替代",
  PLANNED: "已安排", DRAFT: "草稿", SUBMITTED: "已提交", EXECUTED: "已执行", EXECUTING: "执行中",
  OPEN: "进行中", CLOSED: "已关闭", RECTIFIED: "已整改", PROPOSED: "已提议",
  ACTIVE: "在岗", OCCUPIED: "在岗", VACANT: "空缺", FILLED: "已聘", FROZEN: "冻结", ABOLISHED: "已撤销",
  APPROVE: "同意", REJECT: "退回",
  PRIMARY: "小学", JUNIOR: "初中", SENIOR: "高中", KINDERGARTEN: "幼儿园", VOCATIONAL: "职业学校",
  TEACHING: "专业技术（教师）", MANAGEMENT: "管理", SUPPORT: "工勤",
  EXCELLENT: "优秀", COMPETENT: "合格", BASIC: "基本合格", UNQUALIFIED: "不合格",
};
export const label = (v: string | null | undefined) => (v ? LABELS[v] ?? v : "—");

/** A teacher's professional title (职称); not LABELS: SENIOR there is the 高中 stage. */
export const TITLE_NAMES: Record<string, string> = { SENIOR_PROFESSOR: "正高级教师", SENIOR: "高级教师", FIRST: "一级教师", SECOND: "二级教师", THIRD: "三级教师", NONE: "未定级" };
export const titleName = (t: string | null | undefined) => (t ? TITLE_NAMES[t] ?? t : "—");

/** A leadership post's role (学校领导职数 of the school's regulation). */
export const LEADERSHIP_ROLE_NAMES: Record<string, string> = {
  PRINCIPAL: "校长", DEPUTY_PRINCIPAL: "副校长", PARTY_SECRETARY: "党组织书记", FULL_TIME_DEPUTY_SECRETARY: "专职副书记",
  DISCIPLINE_SECRETARY: "纪检书记", UNION_CHAIR: "工会主席",
};
export const leadershipRoleName = (r: string | null | undefined) => (r ? LEADERSHIP_ROLE_NAMES[r] ?? r : "—");

/**
 * A service's sentence with each 10-digit school code replaced by the school's name where {@code name} knows
 * one (reasons written by the rotation planner name schools by code).
 */
export const namingSchools = (text: string, name: (id: string) => string | null | undefined) =>
  text.replace(/(?<!\d)\d{10}(?!\d)/g, (id) => name(id) || id);
