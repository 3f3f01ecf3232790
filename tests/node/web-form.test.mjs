// The onboarding form in real headless Chromium (Debian's chromium, driven by playwright-core):
// a valid customer shows no error; four typical mistakes show the exact messages at their
// fields, in English and then in Chinese; a screenshot is kept in tests/artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve-web.mjs";
import { root } from "./fixtures.mjs";

const NOW = "2026-11-23T00:00:00Z";
let server, browser, page;

before(async () => {
  server = await serve(0);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/examples/web/?now=${NOW}`);
  await page.waitForSelector("body[data-ready='1']", { timeout: 30000 });
  assert.deepEqual(problems, []);
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Leaves of a JSON document as [pointer, value]. */
function leaves(v, p = "") {
  if (Array.isArray(v) && v.every((x) => typeof x !== "object")) return [[p, v.join("\n")]];
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => leaves(x, `${p}/${k}`));
  return [[p, String(v)]];
}

const field = (pointer) => `[data-pointer="${pointer}"]`;
const message = (pointer) => page.locator(`[data-msg-for="${pointer}"]`);

async function set(pointer, value) {
  const el = page.locator(field(pointer));
  if ((await el.evaluate((e) => e.tagName)) === "SELECT") await el.selectOption(value);
  else await el.fill(value);
}

test("a valid customer shows no error; mistakes show the SPEC messages in both languages", async () => {
  const example = JSON.parse(readFileSync(root + "examples/request.json", "utf8"));
  // Typing a bad phone shows its message at once (draft mode), before submit.
  await set("/primary_contact/contact_phone", "+86 138 0013 8000");
  assert.match(await message("/primary_contact/contact_phone").innerText(), /^Must be a phone number in E\.164 format/);
  assert.match(await page.getByTestId("status").innerText(), /required fields? left/);

  for (let i = 1; i < example.business_person_list.length; i++) await page.getByTestId("add-person").click();
  for (const [pointer, value] of leaves(example)) await set(pointer, value);
  await page.getByTestId("submit").click();
  assert.equal(await page.getByTestId("status").innerText(), "Valid: ready to submit.");
  assert.equal(await page.locator(".msg.error").count(), 0);
  const submitted = JSON.parse(await page.getByTestId("json").innerText());
  assert.deepEqual(submitted, example, "the JSON it would submit is the customer entered");

  // Remove and re-add a person: the other person's values survive.
  await page.getByTestId("add-person").click();
  await page.getByTestId("remove-person-2").click();
  await page.getByTestId("submit").click();
  assert.equal(await page.getByTestId("status").innerText(), "Valid: ready to submit.");

  const mistakes = {
    "/primary_contact/contact_phone": ["+1 415 555 2671",
      "Must be a phone number in E.164 format: a plus sign, the country code and the number, digits only. Remove the spaces and punctuation.",
      "电话号码必须为 E.164 格式：加号、国家代码和号码，只能包含数字。请删除空格和标点符号。"],
    "/business_person_list/0/identification/id_expiration_date": ["2024-01-09T00:00:00+08:00",
      "Has expired: the date must be in the future.",
      "已过期：该日期必须晚于当前时间。"],
    "/registration_address/registration_address_country_code": ["us",
      "Must be an ISO 3166-1 alpha-2 country code in capital letters, such as US. Did you mean US?",
      "必须是大写的 ISO 3166-1 二位字母国家或地区代码，例如 US。您是否想输入 US？"],
    "/business_person_list/0/basic_info/first_name_english": ["美",
      "Must be written in Latin letters (U+7F8E is not one).",
      "必须使用拉丁字母填写（U+7F8E 不是拉丁字母）。"],
  };
  for (const [pointer, [value]] of Object.entries(mistakes)) await set(pointer, value);
  await page.getByTestId("submit").click();
  assert.equal(await page.getByTestId("status").innerText(), "4 problems to fix.");
  for (const [pointer, [, en]] of Object.entries(mistakes)) {
    assert.equal(await message(pointer).innerText(), en, pointer);
    assert.ok(await message(pointer).evaluate((e) => e.classList.contains("error")));
  }
  assert.equal(await page.locator(".msg.error").count(), 4, "no other field has an error");

  await page.getByTestId("lang").selectOption("zh-CN");
  for (const [pointer, [, , zh]] of Object.entries(mistakes)) assert.equal(await message(pointer).innerText(), zh, pointer);
  assert.equal(await page.getByTestId("status").innerText(), "有 4 个问题需要修改。");
  mkdirSync(root + "tests/artifacts", { recursive: true });
  await page.screenshot({ path: root + "tests/artifacts/web-form.png", fullPage: true });
});
