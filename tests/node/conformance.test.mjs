// Cross-runtime conformance: every fixture through the npm package (WASM, in Node) gives,
// byte for byte, the report the CLI's `--format json` gives for the same text and options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { validate, validateToJson, schema, codes, version } from "kybcheck";
import { loadCases, root } from "./fixtures.mjs";

const bin = process.env.KYBCHECK_BIN ?? root + "target/release/kybcheck";

function cliArgs(o) {
  const args = ["--format", "json"];
  if (o.now) args.push("--now", o.now);
  if (o.lang) args.push("--lang", o.lang);
  if (o.kind) args.push("--kind", o.kind);
  if (o.mode === "draft") args.push("--draft");
  return args;
}

function runCli(args, input) {
  const r = spawnSync(bin, args, { input, maxBuffer: 1 << 28 });
  assert.ok(r.status === 0 || r.status === 1, `kybcheck exited ${r.status}: ${r.stderr}`);
  return r.stdout.toString("utf8").split("\n").filter((l) => l.length > 0);
}

// The text as the package sees it: a JS string. Invalid UTF-8 has no JS string form.
function asString(bytes) {
  const s = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return Buffer.from(s).equals(bytes) ? s : null;
}

test("every fixture: the package's report equals the CLI's, byte for byte", () => {
  const cases = loadCases();
  assert.ok(cases.length > 300);
  // Group by options; single-line texts go through one NDJSON run per group.
  const groups = new Map();
  for (const c of cases) {
    const key = JSON.stringify(c.options);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  let compared = 0;
  const diffs = [];
  for (const [key, group] of groups) {
    const options = JSON.parse(key);
    const single = group.filter((c) => !c.bytes.includes(0x0a) && asString(c.bytes) !== null && c.bytes.length > 0 && c.bytes.toString().trim() !== "");
    const lines = runCli([...cliArgs(options), "--ndjson"], Buffer.concat(single.flatMap((c) => [c.bytes, Buffer.from("\n")])));
    assert.equal(lines.length, single.length, `one report per NDJSON line (${key})`);
    single.forEach((c, i) => {
      const mine = validateToJson(asString(c.bytes), options);
      const want = mine.slice(0, -1) + `,"file":"-","line":${i + 1}}`;
      if (lines[i] !== want) diffs.push(`${c.file} / ${c.name}:\n  cli ${lines[i].slice(0, 300)}\n  pkg ${want.slice(0, 300)}`);
      compared++;
    });
    for (const c of group.filter((c) => !single.includes(c))) {
      const s = asString(c.bytes);
      if (s === null) continue; // invalid UTF-8: no JS string can carry it
      const [line] = runCli(cliArgs(options), c.bytes);
      const want = validateToJson(s, options).slice(0, -1) + `,"file":"-"}`;
      if (line !== want) diffs.push(`${c.file} / ${c.name}:\n  cli ${line.slice(0, 300)}\n  pkg ${want.slice(0, 300)}`);
      compared++;
    }
  }
  assert.ok(compared > 300, `compared ${compared}`);
  assert.deepEqual(diffs, []);
});

test("every fixture: the package meets the fixture's expectation", () => {
  for (const c of loadCases()) {
    const s = asString(c.bytes);
    if (s === null) continue;
    const r = validate(s, c.options);
    const short = (l) => (l ?? []).map((i) => `${i.pointer} ${i.code}`);
    assert.deepEqual(short(r.errors), short(c.expect.errors), `${c.file} / ${c.name}`);
    assert.deepEqual(short(r.warnings), short(c.expect.warnings), `${c.file} / ${c.name}`);
    assert.deepEqual(r.missing, c.expect.missing ?? [], `${c.file} / ${c.name}`);
  }
});

const example = readFileSync(root + "examples/request.json", "utf8");
const NOW = "2026-11-23T00:00:00Z";

test("plain JS values, Date options and text give the same report", () => {
  const doc = JSON.parse(example);
  const a = validate(doc, { now: new Date(NOW) });
  const b = validate(example, { now: NOW });
  assert.equal(a.valid, true);
  assert.deepEqual(a, b);
  assert.equal(Object.getPrototypeOf(a), Object.prototype, "a plain object");
  assert.ok(Array.isArray(a.errors));
});

test("bad data is a report, bad options a TypeError", () => {
  assert.equal(validate("{", { now: NOW }).errors[0].code, "invalid_json");
  assert.deepEqual(validate(undefined, { now: NOW }).errors.map((e) => [e.pointer, e.code]), [["", "type"]]);
  const cyclic = {};
  cyclic.self = cyclic;
  assert.equal(validate(cyclic, { now: NOW }).errors[0].code, "type");
  const lone = validate('{"partner_customer_id": "ab\ud800"}', { now: NOW });
  assert.equal(lone.errors[0].code, "invalid_json");
  assert.deepEqual(lone.errors[0].params, { line: 1, column: 28 });
  // A real U+FFFD is text like any other (the rule for the field decides), and a lone
  // surrogate next to one is still caught.
  const real = validate('{"partner_customer_id": "abcdefghijklmnopqrs\uFFFD"}', { now: NOW });
  const id = real.errors.find((e) => e.pointer === "/partner_customer_id");
  assert.equal(id.code, "forbidden_character");
  assert.deepEqual(id.params, { character: "U+FFFD" });
  const both = validate('{"partner_customer_id": "ab\uFFFD\udc00"}', { now: NOW });
  assert.equal(both.errors[0].code, "invalid_json");
  assert.throws(() => validate("{}", { lang: "fr" }), TypeError);
  assert.throws(() => validate("{}", { now: "yesterday" }), TypeError);
  assert.throws(() => validate("{}", { now: new Date("nope") }), TypeError);
  assert.throws(() => validate("{}", "draft"), TypeError);
});

test("schema, codes and version", () => {
  assert.deepEqual(schema(), JSON.parse(readFileSync(root + "schema/create-customer.request.schema.json", "utf8")));
  assert.deepEqual(schema("response"), JSON.parse(readFileSync(root + "schema/create-customer.response.schema.json", "utf8")));
  const all = codes();
  // The catalogue is the code list of docs/spec.md §6, code for code (unknown_field is listed
  // as an error and as a response warning, one code).
  const spec = readFileSync(root + "docs/spec.md", "utf8");
  const section = spec.slice(spec.indexOf("\n## 6. Codes"), spec.indexOf("\n## 7."));
  const listed = new Set([...section.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
  assert.deepEqual(new Set(all.map((c) => c.code)), listed);
  assert.ok(all.some((c) => c.code === "identifier") && all.some((c) => c.code === "id_birth_date"));
  const tooShort = all.find((c) => c.code === "too_short");
  assert.equal(tooShort.messages.en, "Must be at least {min} characters long (it has {actual}).");
  assert.equal(tooShort.messages["zh-CN"], "长度至少为 {min} 个字符（当前为 {actual} 个）。");
  const cargo = readFileSync(root + "Cargo.toml", "utf8").match(/^version = "(.*)"$/m)[1];
  assert.equal(version, cargo);
  assert.equal(JSON.parse(readFileSync(root + "pkg/package.json", "utf8")).version, cargo);
});
