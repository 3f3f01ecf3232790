// The published JSON Schemas compile under Ajv in strict mode, and over every fixture Ajv is
// never stricter than the core: every pointer Ajv rejects, the fixture's expected report
// (which the Rust tests prove equal to the core's) rejects too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const load = (p) => JSON.parse(readFileSync(root + p, "utf8"));
const schemas = {
  request: load("schema/create-customer.request.schema.json"),
  response: load("schema/create-customer.response.schema.json"),
};

function compile(kind) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, unicodeRegExp: true });
  return ajv.compile(schemas[kind]);
}

test("both schemas compile in Ajv strict mode", () => {
  for (const kind of ["request", "response"]) assert.equal(typeof compile(kind), "function");
});

const esc = (s) => s.replaceAll("~", "~0").replaceAll("/", "~1");

function ajvPointers(validate, doc) {
  validate(doc);
  const out = new Set();
  for (const e of validate.errors ?? []) {
    if (e.keyword === "required") out.add(`${e.instancePath}/${esc(e.params.missingProperty)}`);
    else if (e.keyword === "additionalProperties") out.add(`${e.instancePath}/${esc(e.params.additionalProperty)}`);
    else if (e.keyword === "if" || e.keyword === "allOf") continue; // wrappers of errors listed on their own
    else out.add(e.instancePath);
  }
  return out;
}

test("Ajv is never stricter than the core on any fixture", () => {
  const validators = { request: compile("request"), response: compile("response") };
  let checked = 0;
  const problems = [];
  for (const file of readdirSync(root + "tests/fixtures").filter((f) => f.endsWith(".json")).sort()) {
    for (const c of load("tests/fixtures/" + file).cases) {
      if (!("document" in c) || c.options.mode !== "complete") continue;
      const core = new Set((c.expect.errors ?? []).map((e) => e.pointer));
      if ((c.expect.errors ?? []).some((e) => e.code === "duplicate_key")) continue;
      checked++;
      for (const p of ajvPointers(validators[c.options.kind], c.document)) {
        if (!core.has(p)) problems.push(`${file} / ${c.name}: Ajv rejects ${JSON.stringify(p)}, the core does not`);
      }
      if (c.expect.valid) {
        assert.ok(validators[c.options.kind](c.document), `${file} / ${c.name}: valid for the core, not for Ajv`);
      }
    }
  }
  assert.ok(checked > 200, `only ${checked} fixtures compared`);
  assert.deepEqual(problems, []);
});
