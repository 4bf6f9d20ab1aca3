/** An RFC 9457 refusal as the services write it: rule, field, reason in English and Chinese, violations. */
export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  rule?: string;
  field?: string;
  reason?: { en?: string; zh?: string };
  violations?: Array<{ rule?: string; field?: string; reason?: { en?: string; zh?: string }; message?: string }>;
}

export class ProblemError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.reason?.zh ?? problem.detail ?? problem.title ?? "请求失败");
  }
}

/** What a form shows: each refusal at the field it names, the rest as one message. */
export interface MappedProblem {
  fields: Array<{ name: (string | number)[]; errors: string[] }>;
  message: string | null;
}

/** "body.reasons[0]" / "transfer.amount" / "amount" → the form's field path ["reasons", 0] / ["amount"]. */
export function fieldPath(field: string, known?: string[]): (string | number)[] | null {
  const parts = field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((p) => p.length > 0)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  // the service may name the method argument first (create.request.amount): keep from the first known name
  if (known && known.length > 0) {
    const at = parts.findIndex((p) => typeof p === "string" && known.includes(p));
    return at < 0 ? null : parts.slice(at);
  }
  return parts.length ? parts : null;
}

function text(reason: { en?: string; zh?: string } | undefined, fallback: string): string {
  return reason?.zh || reason?.en || fallback;
}

export function mapProblem(problem: Problem, formFields: string[]): MappedProblem {
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  const entries = problem.violations && problem.violations.length > 0
    ? problem.violations.map((v) => ({ field: v.field, rule: v.rule ?? problem.rule, zh: text(v.reason, v.message ?? "") }))
    : [{ field: problem.field, rule: problem.rule, zh: text(problem.reason, problem.detail ?? problem.title ?? "请求被拒绝") }];
  for (const e of entries) {
    const path = e.field ? fieldPath(e.field, formFields) : null;
    if (path) {
      const key = path.join(".");
      const entry = fields.get(key) ?? { name: path, errors: [] };
      entry.errors.push(e.zh);
      fields.set(key, entry);
    } else {
      unplaced.push(e.rule ? `${e.zh}（${e.rule}）` : e.zh);
    }
  }
  return { fields: [...fields.values()], message: unplaced.length ? unplaced.join("；") : null };
}

/** A readable sentence for any failure (network, problem, or a body that is not a problem). */
export function describe(error: unknown): string {
  if (error instanceof ProblemError) {
    const p = error.problem;
    const zh = text(p.reason, p.detail ?? p.title ?? `请求失败（${p.status}）`);
    return p.rule ? `${zh}（${p.rule}）` : zh;
  }
  if (error instanceof TypeError) return "无法连接服务器，请检查网络后重试";
  return error instanceof Error ? error.message : String(error);
}

/** Turns a non-2xx response's body into a Problem, whether or not the service sent problem+json. */
export function toProblem(status: number, body: string): Problem {
  try {
    const parsed = JSON.parse(body);
    if (parsed && typeof parsed === "object") return { status, ...parsed };
  } catch {
    // not JSON: never show a raw page or stack trace
  }
  const zh = status === 401 ? "登录已过期，请重新登录"
    : status === 403 ? "无权执行此操作"
    : status === 404 ? "未找到所请求的记录"
    : status === 415 ? "服务不接受此文件格式，请改用 CSV 文件"
    : status >= 500 ? "服务暂时出错，请稍后重试" : `请求失败（${status}）`;
  return { status, reason: { zh, en: `HTTP ${status}` } };
}
