// The WebAssembly module's own allocator (crates/kybcheck-wasm/src/alloc.rs) under repeated use: the same
// documents, small to near the 1 MiB limit, give the same reports call after call, and once
// every size has been seen the module's memory stops growing (freed blocks are reused).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { root } from "./fixtures.mjs";

// The package's entry before bundling, and its glue module (the same instance: one URL), so
// the test can read the size of the module's memory. The .wasm is the package's.
const { validateToJson } = await import(root + "pkg/src/node.js");
const wasm = await import(root + "pkg/wasm/kybcheck.js");
const memoryBytes = () => wasm.moduleMemory().buffer.byteLength;

const example = JSON.parse(readFileSync(root + "examples/request.json", "utf8"));
const person = example.business_person_list[0];
const docs = [
  JSON.stringify(example),
  JSON.stringify({ ...example, business_person_list: Array.from({ length: 40 }, () => person) }),
  "{}",
  "[".repeat(2000) + "]".repeat(2000),
  '{"a": "' + "\\u00e9x".repeat(20000) + '"}',
  "{" + Array.from({ length: 30000 }, (_, i) => `"k${i}": ${i}.5`).join(",") + "}",
  '{"s": "' + "a".repeat(1_000_000) + '"}', // just under the limit
  '{"s": "' + "a".repeat(1_100_000) + '"}', // too large
  '{"bad": [1, 2,, 3]}',
];
const options = { now: "2026-11-23T00:00:00Z" };

test("reports are the same on every call and memory settles", () => {
  const first = docs.map((d) => validateToJson(d, options));
  assert.match(first[0], /"valid":true/);
  assert.match(first[7], /too_large/);
  assert.match(first[8], /invalid_json/);
  // Largest first, then smallest first: blocks freed by one size serve the next.
  for (const order of [docs.map((_, i) => i), docs.map((_, i) => docs.length - 1 - i)]) {
    for (const i of order) assert.equal(validateToJson(docs[i], options), first[i], `document ${i}`);
  }
  const settled = memoryBytes();
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < docs.length; i++) {
      assert.equal(validateToJson(docs[(i * 7 + round) % docs.length], options), first[(i * 7 + round) % docs.length]);
    }
  }
  assert.equal(memoryBytes(), settled, "memory grew after every size had been seen");
  // Bounded by the 1 MiB input limit (input buffer, tree, reports), not by the number of calls.
  assert.ok(settled < 64 << 20, `memory ${settled} bytes`);
});
