import type { Role } from "./auth";

export interface MenuEntry {
  path: string;
  label: string;
}

export const ROLE_NAMES: Record<Role, string> = {
  "staffing-office": "编办",
  hr: "人社",
  "education-bureau": "教育局",
  school: "学校",
  teacher: "教师",
  auditor: "纪检",
};

/** Role → menu; the first entry is the home page (it starts with the to-do list). */
export const MENUS: Record<Role, MenuEntry[]> = {
  "staffing-office": [
    { path: "/office", label: "工作台" },
    { path: "/office/schools", label: "学校编制" },
    { path: "/office/plans", label: "年度调整方案" },
    { path: "/office/transfers", label: "编制调剂" },
    { path: "/office/verifications", label: "编制核定" },
    { path: "/office/standards", label: "编制标准" },
    { path: "/office/enrollment", label: "在校生与标准" },
    { path: "/office/inspections", label: "专项检查" },
  ],
  hr: [
    { path: "/hr", label: "工作台" },
    { path: "/hr/posts", label: "学校岗位" },
    { path: "/hr/vacancies", label: "空缺岗位" },
    { path: "/hr/summaries", label: "岗位汇总" },
    { path: "/hr/plans", label: "方案审批" },
  ],
  "education-bureau": [
    { path: "/bureau", label: "工作台" },
    { path: "/bureau/teachers", label: "教师" },
    { path: "/bureau/campaigns", label: "招聘与竞聘" },
    { path: "/bureau/campaigns/new", label: "发布招聘" },
    { path: "/bureau/secondments", label: "抽调借用" },
    { path: "/bureau/enrollment", label: "在校生填报" },
    { path: "/bureau/rotation", label: "交流轮岗" },
    { path: "/bureau/rotation/due", label: "应交流名单" },
    { path: "/bureau/rotation/returns", label: "期满返回" },
    { path: "/bureau/plans", label: "年度调整方案" },
  ],
  school: [
    { path: "/school", label: "工作台" },
    { path: "/school/evaluations", label: "年度考核录入" },
    { path: "/school/community", label: "发展共同体" },
  ],
  teacher: [
    { path: "/teacher", label: "我的档案" },
    { path: "/teacher/campaigns", label: "校际竞聘报名" },
  ],
  auditor: [
    { path: "/audit", label: "工作台" },
    { path: "/audit/events", label: "审计查询" },
    { path: "/audit/timeline", label: "对象时间线" },
  ],
};

export function homeOf(role: Role | null): string {
  return role ? MENUS[role][0].path : "/";
}
