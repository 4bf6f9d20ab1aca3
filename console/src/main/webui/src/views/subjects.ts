export const SUBJECT_NAMES: Record<string, string> = {
  CHINESE: "语文", MATHEMATICS: "数学", ENGLISH: "英语", PHYSICS: "物理", CHEMISTRY: "化学", BIOLOGY: "生物",
  HISTORY: "历史", GEOGRAPHY: "地理", POLITICS: "道德与法治", SCIENCE: "科学", MUSIC: "音乐", PE: "体育", ART: "美术",
  IT: "信息技术", PSYCHOLOGY: "心理健康", PRESCHOOL: "学前教育", SPECIAL_EDUCATION: "特殊教育",
};
export const SUBJECTS = Object.entries(SUBJECT_NAMES).map(([value, label]) => ({ value, label }));
export const subjectName = (s?: string | null) => (s ? SUBJECT_NAMES[s] ?? s : "—");
