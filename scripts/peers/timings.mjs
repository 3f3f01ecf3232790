// Times a bundled validator module (kybcheck's npm package or a peer bundle) in Node:
// import (+ instantiate/compile), first validate, steady-state validate of the example.
// Usage: node timings.mjs <module path> <label>
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const [path, label] = process.argv.slice(2);
const text = readFileSync(process.env.KYBCHECK_EXAMPLE, "utf8");
const t0 = performance.now();
const mod = await import(pathToFileURL(path).href);
const t1 = performance.now();
const options = { now: "2026-11-23T00:00:00Z" };
const first = mod.validate(text, options);
const t2 = performance.now();
if (!first.valid) throw new Error(`${label}: the example should be valid: ${JSON.stringify(first.errors)}`);
for (let i = 0; i < 500; i++) mod.validate(text, options);
const n = 5000;
const t3 = performance.now();
for (let i = 0; i < n; i++) mod.validate(text, options);
const t4 = performance.now();
console.log(JSON.stringify({ label, import_ms: t1 - t0, first_ms: t2 - t1, import_to_first_ms: t2 - t0, steady_us: ((t4 - t3) / n) * 1000 }));
