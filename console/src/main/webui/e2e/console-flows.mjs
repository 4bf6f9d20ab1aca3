// The console's flows in headless Debian Chromium (playwright-core: nothing downloads a browser).
// Run by platform-e2e's ConsoleBrowserTest against the packaged services, a real Keycloak,
// PostgreSQL and Kafka:  node e2e/console-flows.mjs <console url> <screenshot dir>
// Prints one JSON line per flow and "RESULT {...}" at the end; exits 1 when a flow failed.
import { chromium } from "playwright-core";
import ExcelJS from "exceljs";
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [, , base = "http://localhost:8080", out = "target/console-screenshots"] = process.argv;
// CONSOLE_FLOWS names flows to run; by default all but the approval, which needs the bureau's resubmission
const only = process.env.CONSOLE_FLOWS ? process.env.CONSOLE_FLOWS.split(",") : null;
const AFTER_RESUBMISSION = ["staffing-office-approve"];
// who logs in and where the seeded records are (ConsoleBrowserTest's seed); the demo county's users by default
const seed = {
  staffingOffice: "bianban", hr: "renshe", educationBureau: "jiaoyuju", auditor: "jijian", schoolUser: "xiaozhang1",
  schoolId: "1370683001", teacherUser: "laoshi", planId: null,
  ...(process.env.CONSOLE_SEED ? JSON.parse(process.env.CONSOLE_SEED) : {}),
};
const PASSWORD = "demo";
mkdirSync(out, { recursive: true });

// a fresh profile in a temporary directory of its own each run (playwright's default)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  // a Chinese browser, as the departments use: its own controls (a file input's button) in Chinese too
  args: ["--lang=zh-CN", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});

// Ant Design spaces out a two-character button label (登 录): match the label with or without it
const label = (text) => new RegExp(text.split("").map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*"));

/**
 * Picks an option of an Ant Design select (the nth, or the first showing `text` once it is typed) and
 * waits until its list has closed again (a multiple select's list is closed with Escape).
 */
async function pick(page, select, { nth = 0, text, multiple = false } = {}) {
  await select.click();
  const open = ".ant-select-dropdown:not(.ant-select-dropdown-hidden)";
  if (text) await page.keyboard.type(text);
  const options = page.locator(open + " .ant-select-item-option");
  await (text ? options.filter({ hasText: text }).first() : options.nth(nth)).click({ timeout: 30_000 });
  if (multiple) await page.keyboard.press("Escape");
  await page.waitForFunction((sel) => !document.querySelector(sel), open, { timeout: 10_000 });
}

const pickFirst = (page, select) => pick(page, select);

/** The Ant Design form item of a labelled control, within `scope`. */
const field = (page, scope, text) => scope.locator(".ant-form-item", { has: page.getByLabel(text, { exact: true }) });

/** Waits for the refusal shown under a form field (filtered by its text: messages animate in and out); returns it. */
async function refusalAt(page, scope, text, pattern) {
  const error = field(page, scope, text).locator(".ant-form-item-explain-error").filter({ hasText: pattern }).last();
  await error.waitFor({ timeout: 30_000 });
  const shown = await error.innerText();
  if (!/[\u4e00-\u9fff]/.test(shown)) throw new Error("refusal not in Chinese: " + shown);
  return shown;
}

/** A calendar date (YYYY-MM-DD) moved by some days. */
const plusDays = (iso, days) => new Date(Date.parse(iso + "T00:00:00Z") + days * 86_400_000).toISOString().slice(0, 10);
/** Today on this machine (the browser's calendar), as YYYY-MM-DD. */
const localToday = () => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; };
/** The school year (from 1 September) of a YYYY-MM-DD date, as the console names it: "2026-2027". */
const schoolYearOf = (iso) => { const [y, m] = iso.split("-").map(Number); return m >= 9 ? `${y}-${y + 1}` : `${y - 1}-${y}`; };
// the platform's date in the county (a pinned clock included); the machine's when the seed does not say
const today = () => seed.today ?? localToday();
// what this run writes is told apart from what an earlier run wrote
const stamp = String(Date.now()).slice(-6);

const results = [];
const a11y = [];

async function loginAs(page, username) {
  await page.goto(base + "/", { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: label("登录") }).click();
  // Keycloak's own login page
  await page.waitForSelector("#username", { timeout: 60_000 });
  await page.fill("#username", username);
  await page.fill("#password", PASSWORD);
  await page.click("#kc-login");
  await page.waitForURL((u) => u.toString().startsWith(base), { timeout: 60_000 });
  await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 60_000 });
}

async function scan(page, name) {
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = res.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  a11y.push({ page: name, serious: bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}`) });
  if (bad.length) throw new Error(`axe: ${name}: ${bad.map((v) => `${v.id} ${v.nodes[0]?.target} ${v.nodes[0]?.html?.slice(0, 160)}`).join("; ")}`);
}

async function shot(page, name) {
  // a confirmation toast fades after 3 s; the screenshot shows the page under it
  await page.locator(".ant-message-notice").last().waitFor({ state: "detached", timeout: 10_000 }).catch(() => {});
  await page.screenshot({ path: join(out, name + ".png"), fullPage: true });
}

async function flow(name, username, body) {
  if (only ? !only.includes(name) : AFTER_RESUBMISSION.includes(name)) return;
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const started = Date.now();
  const result = { flow: name, user: username };
  try {
    await loginAs(page, username);
    Object.assign(result, (await body(page)) ?? {});
    if (errors.length) throw new Error("page errors: " + errors.join("; "));
    result.ok = true;
  } catch (e) {
    result.ok = false;
    result.error = String(e && e.message || e).split("\n")[0];
    await shot(page, name + "-failed").catch(() => {});
  }
  result.seconds = (Date.now() - started) / 1000;
  console.log(JSON.stringify(result));
  results.push(result);
  await context.close();
}

// the first load (the SPA before anyone logs in): its JavaScript as the server sends it, gzipped
if (!only) {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const scripts = [];
  page.on("response", (r) => { if (r.url().endsWith(".js")) scripts.push(r); });
  await page.goto(base + "/", { waitUntil: "networkidle" });
  let gzipBytes = 0;
  for (const r of scripts) gzipBytes += gzipSync(await r.body(), { level: 9 }).length;
  console.log(JSON.stringify({ firstLoadJsGzipKB: Math.round(gzipBytes / 1024), files: scripts.length }));
  await context.close();
}

// 编办: dashboard usable (pools and charts drawn) within 2 s, measured from navigation
await flow("staffing-office-dashboard", seed.staffingOffice, async (page) => {
  // usable = the pools, both charts and the table of over- and under-staffed schools drawn
  const usable = async () => {
    await page.locator("[data-testid=dashboard-charts] canvas").nth(1).waitFor({ timeout: 60_000 });
    await page.locator("[data-testid^=pool-]").first().waitFor();
    await page.locator("[data-testid=dashboard-schools] .ant-table-row, [data-testid=dashboard-schools] .ant-empty").first().waitFor({ timeout: 60_000 });
  };
  // from the menu, as a user already logged in goes there
  await page.getByRole("menuitem", { name: "学校编制" }).click();
  await page.getByRole("heading", { name: "学校编制" }).waitFor();
  let t0 = Date.now();
  await page.getByRole("menuitem", { name: "工作台" }).click();
  await usable();
  const dashboardMs = Date.now() - t0;
  // a cold load of the address: the SPA, the silent login through Keycloak's session, the data
  t0 = Date.now();
  await page.goto(base + "/office", { waitUntil: "commit" });
  await usable();
  const dashboardColdMs = Date.now() - t0;
  await shot(page, "staffing-office-dashboard");
  await scan(page, "office dashboard");
  await page.getByRole("menuitem", { name: "学校编制" }).click();
  await page.locator(".ant-table-row").first().waitFor({ timeout: 30_000 });
  await scan(page, "office schools");
  await shot(page, "staffing-office-schools");
  // the schools table as Excel: every row the filters select
  const [xlsx] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("schools-xlsx").click()]);
  const xlsxFile = join(out, "schools.xlsx");
  await xlsx.saveAs(xlsxFile);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  const exportedRows = workbook.worksheets[0].rowCount - 1;
  if (workbook.worksheets[0].getCell("B1").value !== "学校" || exportedRows < 1) throw new Error("schools.xlsx: unexpected content");
  // a transfer of more than a school has: the refusal at the field it names
  await page.getByRole("menuitem", { name: "编制调剂" }).click();
  await scan(page, "office transfers");
  return { dashboardMs, dashboardColdMs, exportedRows };
});

// 编办: reject the plan with reasons (version 1)
await flow("staffing-office-plan", seed.staffingOffice, async (page) => {
  await page.goto(base + "/office/plans");
  await page.getByRole("heading", { name: "年度调整方案" }).waitFor();
  const pending = page.locator(".ant-table-row", { hasText: "待审批" }).first();
  await pending.waitFor({ timeout: 30_000 });
  await pending.getByRole("link").click();
  await page.getByTestId("plan-status").getByText("待审批").waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: label("退回") }).click();
  await page.getByLabel("退回理由（每行一条）").fill("乡村学校缺编未补足\n请补充调剂依据");
  await page.getByRole("button", { name: label("确认退回") }).click();
  await page.getByTestId("plan-status").getByText("已退回").waitFor({ timeout: 20_000 });
  await page.getByText("乡村学校缺编未补足").first().waitFor();
  await shot(page, "staffing-office-plan-rejected");
  await scan(page, "office plan");
  return { rejected: true };
});

// 编办: after the bureau resubmitted, approve the new version
await flow("staffing-office-approve", seed.staffingOffice, async (page) => {
  await page.goto(base + "/office/plans/" + seed.planId);
  await page.getByTestId("plan-status").getByText("待审批").waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: label("同意") }).click();
  await page.getByTestId("plan-status").getByText("已同意").waitFor({ timeout: 20_000 });
  await shot(page, "staffing-office-plan-approved");
  await scan(page, "office plan approved");
  return { approved: true };
});

// 人社: establish posts; beyond the quota the refusal shows in Chinese at the count field
await flow("hr-posts", seed.hr, async (page) => {
  await page.goto(base + "/hr/posts/" + seed.schoolId);
  await page.getByRole("heading", { name: /学校岗位/ }).waitFor();
  // a teaching post names its subject (else the service refuses it at 学科 first)
  await pickFirst(page, page.locator(".ant-form-item", { has: page.getByLabel("学科") }).locator(".ant-select"));
  await page.getByLabel("岗位数").fill("1");
  await page.getByRole("button", { name: label("设置岗位") }).click();
  await page.waitForTimeout(1500);
  await page.getByLabel("岗位数").fill("499");
  await page.getByRole("button", { name: label("设置岗位") }).click();
  // the refusal shows under the 岗位数 field itself
  // Ant Design animates one message out while the next comes in: take the refusal that names the quota
  const error = page.locator(".ant-form-item", { has: page.getByLabel("岗位数") })
    .locator(".ant-form-item-explain-error").filter({ hasText: /编制/ }).last();
  await error.waitFor({ timeout: 20_000 });
  const text = await error.innerText();
  if (!/[\u4e00-\u9fff]/.test(text)) throw new Error("refusal not in Chinese: " + text);
  await shot(page, "hr-beyond-quota-refusal");
  await scan(page, "hr posts");
  return { refusal: text };
});

// 教育局: run a simulation and open one move's explanation
await flow("bureau-rotation", seed.educationBureau, async (page) => {
  await page.goto(base + "/bureau/rotation");
  await page.getByRole("button", { name: label("模拟") }).click();
  await page.getByTestId("simulation").first().waitFor({ timeout: 120_000 });
  const why = page.getByTestId("simulation").first().getByRole("button", { name: label("理由") }).first();
  let explained = false;
  if (await why.count()) {
    await why.click();
    await page.getByTestId("move-explanation").waitFor();
    explained = true;
  }
  await shot(page, "bureau-rotation-simulation");
  await scan(page, "bureau rotation");
  return { explained };
});

// 教育局: teachers from an Excel file, checked line by line (nothing written by the check)
await flow("bureau-teacher-import", seed.educationBureau, async (page) => {
  const idNumber = (first17) => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
    return first17 + "10X98765432"[sum % 11];
  };
  const county = seed.countyId ?? "370683";
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("教师");
  sheet.addRow(["name", "gender", "birthDate", "idNumber", "subjects", "title", "firstHireDate"]);
  sheet.addRow(["林晓东", "MALE", "1990-05-17", idNumber(county + "19900517951"), "MATHEMATICS", "SECOND", "2013-09-01"]);
  sheet.addRow(["周雨桐", "FEMALE", "1992-03-08", county + "199203089520", "CHINESE", "FIRST", "2015-09-01"]);
  const file = join(out, "teachers-import.xlsx");
  await workbook.xlsx.writeFile(file);
  await page.goto(base + "/bureau/teachers");
  await page.getByTestId("teacher-import").waitFor({ timeout: 30_000 });
  await page.getByLabel("教师名单文件（CSV 或 Excel）").setInputFiles(file);
  await page.getByRole("button", { name: label("检查") }).click();
  const report = page.getByTestId("import-report");
  await report.waitFor({ timeout: 60_000 });
  const text = await report.innerText();
  if (!text.includes("有误 1 行")) throw new Error("import report: " + text.split("\n")[0]);
  await shot(page, "bureau-teacher-import");
  await scan(page, "bureau teachers");
  return { report: text.split("\n")[0] };
});

// 学校: the year's evaluations for its teachers in one table, saved at once
await flow("school-evaluations", seed.schoolUser, async (page) => {
  await page.goto(base + "/school/evaluations");
  await page.getByTestId("evaluations").locator(".ant-table-row").first().waitFor({ timeout: 30_000 });
  const rows = page.getByTestId("evaluations").locator(".ant-table-row");
  const n = Math.min(await rows.count(), 3);
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    await pickFirst(page, row.locator(".ant-select"));
    await row.locator("input.ant-input-number-input").fill("88.5");
  }
  await page.getByRole("button", { name: label("全部保存") }).click();
  await page.getByText("已保存", { exact: true }).first().waitFor({ timeout: 30_000 });
  await shot(page, "school-evaluations");
  await scan(page, "school evaluations");
  return { entered: n };
});

// 教师: own record and own move
await flow("teacher-own-move", seed.teacherUser, async (page) => {
  await page.getByTestId("my-moves").locator(".ant-table-row").first().waitFor({ timeout: 30_000 });
  await shot(page, "teacher-own-move");
  await scan(page, "teacher home");
});

// 纪检: verify the chain, download the export
await flow("auditor-chain-export", seed.auditor, async (page) => {
  await page.getByRole("button", { name: label("校验审计链") }).click();
  await page.getByTestId("chain-report").waitFor({ timeout: 60_000 });
  const report = await page.getByTestId("chain-report").innerText();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: label("导出") }).click()]);
  const file = join(out, "audit-export.csv");
  await download.saveAs(file);
  await shot(page, "auditor-chain");
  await scan(page, "auditor home");
  return { chain: report.split("\n")[0], exportBytes: readFileSync(file).length };
});

// 教育局: register a secondment (a period ending before it starts is refused at 批准截止日期), then end it
// (an end before its start is refused at 结束日期); the ended row stays after a reload
await flow("bureau-secondment", seed.educationBureau, async (page) => {
  await page.goto(base + "/bureau/secondments");
  const form = page.getByTestId("new-secondment");
  await form.waitFor({ timeout: 30_000 });
  const from = today();
  const reference = `教人借〔${from.slice(0, 4)}〕${stamp}号`;
  await pick(page, field(page, form, "学校").locator(".ant-select"), { text: seed.secondmentSchoolId });
  await pick(page, field(page, form, "教师").locator(".ant-select"), { text: seed.secondmentTeacher });
  await form.getByLabel("借用单位", { exact: true }).fill("县教育局教研室");
  await form.getByLabel("起始日期", { exact: true }).fill(from);
  await form.getByLabel("批准截止日期", { exact: true }).fill(plusDays(from, -1));
  await form.getByLabel("批准文号", { exact: true }).fill(reference);
  await form.getByRole("button", { name: label("登记借用") }).click();
  const refusal = await refusalAt(page, form, "批准截止日期", /早于/);
  await form.getByLabel("批准截止日期", { exact: true }).fill(plusDays(from, 90));
  await form.getByRole("button", { name: label("登记借用") }).click();
  await page.getByText("借用已登记").first().waitFor({ timeout: 30_000 });
  const row = () => page.getByTestId("secondments").locator(".ant-table-row", { hasText: reference });
  await page.reload();
  await row().getByText("借用中").waitFor({ timeout: 30_000 });
  await row().getByRole("button", { name: /^结束借用：/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("结束日期", { exact: true }).fill(plusDays(from, -1));
  await dialog.getByRole("button", { name: label("结束借用") }).click();
  const endRefusal = await refusalAt(page, dialog, "结束日期", /不得早于/);
  await dialog.getByLabel("结束日期", { exact: true }).fill(from);
  await dialog.getByRole("button", { name: label("结束借用") }).click();
  await page.getByText("借用已结束").first().waitFor({ timeout: 30_000 });
  await page.reload();
  await row().getByText("已结束").waitFor({ timeout: 30_000 });
  await shot(page, "bureau-secondment-ended");
  return { refusal, endRefusal };
});

// 教育局: open an internal competition on a vacant post (closing before it opens is refused at 报名截止), see it listed
await flow("bureau-campaign", seed.educationBureau, async (page) => {
  await page.goto(base + "/bureau/campaigns/new");
  const form = page.getByTestId("open-campaign");
  await form.waitFor({ timeout: 30_000 });
  const title = `县内校际竞聘 ${stamp}`;
  const opens = plusDays(today(), 1);
  await form.getByLabel("名称", { exact: true }).fill(title);
  await pick(page, field(page, form, "学校（列出其空缺岗位）").locator(".ant-select"), { text: seed.campaignSchoolId });
  await pick(page, field(page, form, "岗位").locator(".ant-select"), { multiple: true });
  await form.getByLabel("报名开始", { exact: true }).fill(opens + "T09:00");
  await form.getByLabel("报名截止", { exact: true }).fill(opens + "T08:00");
  await form.getByRole("button", { name: label("发布") }).click();
  const refusal = await refusalAt(page, form, "报名截止", /晚于/);
  await form.getByLabel("报名截止", { exact: true }).fill(plusDays(opens, 14) + "T17:00");
  await form.getByRole("button", { name: label("发布") }).click();
  await page.waitForURL((u) => /\/bureau\/campaigns\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith("/new"), { timeout: 30_000 });
  await page.goto(base + "/bureau/campaigns");
  const row = page.locator(".ant-table-row", { hasText: title });
  await row.waitFor({ timeout: 30_000 });
  const listed = await row.innerText();
  if (!listed.includes("校际竞聘")) throw new Error("campaign row: " + listed);
  await shot(page, "bureau-campaign-listed");
  return { refusal };
});

// 学校 (a community's leading school): record an activity (a date still ahead is refused at 日期), see it listed after a reload
await flow("school-community-activity", seed.communityUser, async (page) => {
  await page.goto(base + "/school/community");
  const community = page.getByTestId("community").filter({ has: page.getByTestId("record-activity") }).first();
  const form = community.getByTestId("record-activity");
  await form.waitFor({ timeout: 30_000 });
  const title = `校际联合教研 ${stamp}`;
  // held on or before today both by the platform's date and by the browser's, which picks the year shown
  const held = [today(), localToday()].sort()[0];
  await pick(page, field(page, form, "类型").locator(".ant-select"));
  await form.getByLabel("主题", { exact: true }).fill(title);
  await form.getByLabel("日期", { exact: true }).fill(plusDays(today(), 7));
  await form.getByLabel("参加人次", { exact: true }).fill("36");
  await form.getByRole("button", { name: label("录入") }).click();
  const refusal = await refusalAt(page, form, "日期", /尚未到来/);
  await form.getByLabel("日期", { exact: true }).fill(held);
  await form.getByRole("button", { name: label("录入") }).click();
  await page.getByText("活动已录入").first().waitFor({ timeout: 30_000 });
  await page.reload();
  if (schoolYearOf(held) !== schoolYearOf(localToday())) {
    await pick(page, page.locator(".ant-select", { has: page.locator("#community-year") }), { text: schoolYearOf(held).replace("-", "—") });
  }
  await page.getByTestId("community-activities").locator(".ant-table-row", { hasText: title }).first().waitFor({ timeout: 30_000 });
  await shot(page, "school-community-activity");
  return { refusal };
});

// 编办: a school's quota cut below its regulation's leadership posts is refused at 调整数; a cut of 1 is booked in its ledger
await flow("staffing-office-adjustment", seed.staffingOffice, async (page) => {
  await page.goto(base + "/office/schools/" + seed.adjustmentSchoolId);
  const form = page.getByTestId("school-adjustment");
  await form.waitFor({ timeout: 30_000 });
  const allocatedCell = page.locator("th.ant-descriptions-item-label", { hasText: /^核定编制$/ }).locator("xpath=following-sibling::td[1]");
  await allocatedCell.waitFor({ timeout: 30_000 });
  const allocated = Number((await allocatedCell.innerText()).replace(/[^\d]/g, ""));
  const delta = form.getByLabel("调整数（名，核减填负数）", { exact: true });
  await delta.fill(String(-(allocated - seed.leadershipPosts + 1)));
  await form.getByLabel("事由", { exact: true }).fill("学校撤并教学点，核减编制");
  await form.getByRole("button", { name: label("提交调整") }).click();
  const refusal = await refusalAt(page, form, "调整数（名，核减填负数）", /领导职数/);
  const reason = `撤并一个教学班，核减编制 1 名（${stamp}）`;
  await delta.fill("-1");
  await form.getByLabel("事由", { exact: true }).fill(reason);
  await form.getByRole("button", { name: label("提交调整") }).click();
  await page.getByText("编制已调整 -1 名").first().waitFor({ timeout: 30_000 });
  await page.reload();
  await page.locator(".ant-table-row", { hasText: reason }).waitFor({ timeout: 30_000 });
  const after = Number((await allocatedCell.innerText()).replace(/[^\d]/g, ""));
  if (after !== allocated - 1) throw new Error(`quota ${allocated} became ${after}, not ${allocated - 1}`);
  await shot(page, "staffing-office-adjustment");
  await scan(page, "office school");
  return { refusal, allocated, after };
});

// 教育局: a draft plan's items: a transfer to the school it leaves is refused at 调入学校, one between two schools
// is added; the draft's own item is removed; each change is there after a reload
await flow("bureau-plan-edit", seed.educationBureau, async (page) => {
  await page.goto(base + "/bureau/plans/" + seed.draftPlanId + "/edit");
  await page.getByTestId("draft-status").getByText("草稿").waitFor({ timeout: 30_000 });
  const items = page.getByTestId("draft-items");
  const count = async (n) => items.getByText(`方案事项（${n} 项）`).waitFor({ timeout: 30_000 });
  await count(1);
  const form = page.getByTestId("add-item");
  await pick(page, field(page, form, "调出学校").locator(".ant-select"), { nth: 0 });
  await pick(page, field(page, form, "调入学校").locator(".ant-select"), { nth: 0 });
  await form.getByLabel("调剂数（名）", { exact: true }).fill("1");
  await form.getByLabel("事由", { exact: true }).fill(`编制随人走 ${stamp}`);
  await form.getByRole("button", { name: label("添加") }).click();
  const refusal = await refusalAt(page, form, "调入学校", /不同学校/);
  // by keyboard this time: the next school after the one chosen
  const toSchool = field(page, form, "调入学校");
  await toSchool.getByRole("combobox").focus();
  await page.keyboard.press("ArrowDown");
  await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").first().waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForFunction((sel) => !document.querySelector(sel), ".ant-select-dropdown:not(.ant-select-dropdown-hidden)", { timeout: 10_000 });
  const chosen = await toSchool.locator(".ant-select-selection-item").innerText();
  if (!chosen || chosen === await field(page, form, "调出学校").locator(".ant-select-selection-item").innerText()) {
    throw new Error("the receiving school is still the giving one: " + chosen);
  }
  await form.getByRole("button", { name: label("添加") }).click();
  await page.getByText("事项已添加").first().waitFor({ timeout: 30_000 });
  await page.reload();
  await count(2);
  await items.locator(".ant-table-row", { hasText: "编制调剂" }).waitFor();
  await items.locator(".ant-table-row", { hasText: "岗位调整" }).getByRole("button", { name: label("删除") }).click();
  await page.locator(".ant-popover:not(.ant-popover-hidden)").getByRole("button", { name: label("删除") }).click();
  await page.getByText("已删除", { exact: true }).first().waitFor({ timeout: 30_000 });
  await page.reload();
  await count(1);
  if (await items.locator(".ant-table-row", { hasText: "岗位调整" }).count()) throw new Error("the removed item is back");
  await shot(page, "bureau-plan-edited");
  await scan(page, "bureau plan edit");
  return { refusal };
});

// every page of every role's menu: it shows its heading, no failed view and no error, and passes axe
for (const [role, username] of [["staffing-office", seed.staffingOffice], ["hr", seed.hr], ["education-bureau", seed.educationBureau],
  ["school", seed.schoolUser], ["teacher", seed.teacherUser], ["auditor", seed.auditor]]) {
  await flow("every-page-" + role, username, async (page) => {
    const items = page.locator("nav[aria-label=主菜单] [role=menuitem]");
    const count = await items.count();
    const pages = [];
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      const name = (await item.innerText()).trim();
      await item.click();
      await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 30_000 });
      // the page's first requests answered: no spinner left (a page without one passes at once)
      await page.waitForFunction(() => !document.querySelector("main .ant-spin-spinning"), null, { timeout: 30_000 }).catch(() => {});
      await page.waitForTimeout(300);
      if (await page.getByTestId("view-failed").count()) throw new Error(`${name}: the view failed`);
      const errors = await page.locator("main .ant-alert-error").allInnerTexts();
      if (errors.length) throw new Error(`${name}: ${errors.join(" / ").slice(0, 200)}`);
      await shot(page, `every-page-${role}-${i + 1}`);
      await scan(page, `${role} ${name}`);
      pages.push(name);
    }
    return { pages: pages.length };
  });
}

await browser.close();
const failed = results.filter((r) => !r.ok);
console.log("RESULT " + JSON.stringify({ passed: results.length - failed.length, failed: failed.length, a11y }));
process.exit(failed.length ? 1 : 0);
