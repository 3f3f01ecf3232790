// Prints the package's timings in Node: import + instantiate, the first validate and the
// steady-state validate of the bundled example. Usage: node scripts/wasm-timings.mjs
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const root = new URL("../", import.meta.url);
const text = readFileSync(new URL("examples/request.json", root), "utf8");
const options = { now: "2026-11-23T00:00:00Z" };

const t0 = performance.now();
const { validate } = await import(new URL("pkg/node.js", root).href);
const t1 = performance.now();
const first = validate(text, options);
const t2 = performance.now();
if (!first.valid) throw new Error("the bundled example should be valid");
for (let i = 0; i < 200; i++) validate(text, options); // warm up
const n = 2000;
const t3 = performance.now();
for (let i = 0; i < n; i++) validate(text, options);
const t4 = performance.now();
const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`);
console.log(`node: import + instantiate ${fmt(t1 - t0)}, first validate ${fmt(t2 - t1)}, ` +
  `import..first report ${fmt(t2 - t0)}, steady-state validate ${fmt((t4 - t3) / n)} (mean of ${n})`);
