// Times a bundled validator module (kybcheck's npm package or a peer bundle) in Node:
// import (+ instantiate/compile), first validate, steady-state validate of the example.
// Usage: KYBCHECK_EXAMPLE=<request.json> node scripts/node-timings.mjs <module path> <label> [runs]
// The cold figures (import, first validate) are medians over `runs` fresh processes (default
// 5); the steady state is the median of ten batches of 1,000 after 5,000 warm-up calls (so
// V8 has tiered the code up).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";

const [path, label, runsArg] = process.argv.slice(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.env.KYBCHECK_TIMINGS_CHILD) {
  const text = readFileSync(process.env.KYBCHECK_EXAMPLE, "utf8");
  const t0 = performance.now();
  const mod = await import(pathToFileURL(path).href);
  const t1 = performance.now();
  const options = { now: "2026-11-23T00:00:00Z" };
  const first = mod.validate(text, options);
  const t2 = performance.now();
  if (!first.valid) throw new Error(`${label}: the example should be valid: ${JSON.stringify(first.errors)}`);
  let steady = null;
  if (process.env.KYBCHECK_TIMINGS_CHILD === "steady") {
    for (let i = 0; i < 5000; i++) mod.validate(text, options);
    const batches = [];
    for (let b = 0; b < 10; b++) {
      const t3 = performance.now();
      for (let i = 0; i < 1000; i++) mod.validate(text, options);
      batches.push(performance.now() - t3);
    }
    steady = median(batches); // ms per 1,000 = µs per call
  }
  console.log(JSON.stringify({ import_ms: t1 - t0, first_ms: t2 - t1, steady_us: steady }));
} else {
  const runs = Number(runsArg || 5);
  const child = (mode) =>
    JSON.parse(
      execFileSync(process.execPath, [new URL(import.meta.url).pathname, path, label], {
        env: { ...process.env, KYBCHECK_TIMINGS_CHILD: mode },
        encoding: "utf8",
      }),
    );
  const cold = Array.from({ length: runs }, () => child("cold"));
  const steady = child("steady");
  const imp = median(cold.map((r) => r.import_ms));
  const first = median(cold.map((r) => r.first_ms));
  const total = median(cold.map((r) => r.import_ms + r.first_ms));
  console.log(JSON.stringify({ label, import_ms: +imp.toFixed(2), first_ms: +first.toFixed(2), import_to_first_ms: +total.toFixed(2), steady_us: +steady.steady_us.toFixed(1), runs }));
}
