import { describe, expect, it } from "vitest";
import { describe as say, fieldPath, mapProblem, ProblemError, toProblem } from "./problem";

describe("problem+json mapping", () => {
  it("puts a refusal at the field it names, in Chinese", () => {
    const m = mapProblem({ status: 409, rule: "BEYOND_QUOTA", field: "count", reason: { en: "beyond quota", zh: "超出核定编制" } }, ["count", "category"]);
    expect(m.fields).toEqual([{ name: ["count"], errors: ["超出核定编制"] }]);
    expect(m.message).toBeNull();
  });

  it("strips the method and argument names the service puts before the field", () => {
    expect(fieldPath("transfer.request.amount", ["amount", "reason"])).toEqual(["amount"]);
    expect(fieldPath("body.reasons[2]", ["reasons"])).toEqual(["reasons", 2]);
  });

  it("each violation goes to its own field; one the form does not have becomes the message with its rule", () => {
    const m = mapProblem({
      status: 400, rule: "VALIDATION",
      violations: [
        { field: "amount", rule: "TRANSFER_AMOUNT_POSITIVE", reason: { zh: "调剂数须为正整数" } },
        { field: "reason", rule: "REASON_REQUIRED", reason: { zh: "编制变动须说明理由" } },
        { field: "version", rule: "PLAN_VERSION", reason: { zh: "方案版本已变化" } },
      ],
    }, ["amount", "reason"]);
    expect(m.fields.map((f) => f.name[0])).toEqual(["amount", "reason"]);
    expect(m.message).toBe("方案版本已变化（PLAN_VERSION）");
  });

  it("a refusal without a field is a message with reason and rule", () => {
    const m = mapProblem({ status: 403, rule: "SCHOOL_SCOPE", reason: { en: "other school", zh: "只能操作本校数据" } }, ["x"]);
    expect(m.fields).toEqual([]);
    expect(m.message).toBe("只能操作本校数据（SCHOOL_SCOPE）");
  });

  it("a body that is not JSON never shows raw: a sentence in Chinese by status", () => {
    expect(toProblem(502, "<html>Bad gateway</html>").reason?.zh).toBe("服务暂时出错，请稍后重试");
    expect(toProblem(401, "").reason?.zh).toBe("登录已过期，请重新登录");
    expect(say(new ProblemError(toProblem(409, '{"rule":"X","reason":{"zh":"冲突"}}')))).toBe("冲突（X）");
    expect(say(new TypeError("Failed to fetch"))).toBe("无法连接服务器，请检查网络后重试");
  });
});
