// Node entry: instantiates the WebAssembly module synchronously at import, so
// `import { validate } from "kybcheck"` works with no init call. scripts/build-wasm bundles
// it with core.js and the wasm-bindgen glue into dist/node.js (the URL below resolves from
// either place).
import { readFileSync } from "node:fs";
import * as wasm from "../wasm/kybcheck.js";
import { bind } from "./core.js";

wasm.initSync({ module: readFileSync(new URL("../wasm/kybcheck_bg.wasm", import.meta.url)) });

const api = bind(wasm);
export const { validate, validateToJson, codes, version } = api;

// The committed schema files (copied, minified, into the package by scripts/build-wasm), read
// when asked for: a fresh object each call.
export function schema(kind) {
  const file = api.schemaKind(kind) === 1 ? "response" : "request";
  return JSON.parse(readFileSync(new URL(`../schema/${file}.json`, import.meta.url), "utf8"));
}
