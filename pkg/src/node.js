// Node entry: instantiates the WebAssembly module synchronously at import, so
// `import { validate } from "kybcheck"` works with no init call. scripts/build-wasm bundles
// it with core.js and the wasm-bindgen glue into dist/node.js (the URL below resolves from
// either place).
import { readFileSync } from "node:fs";
import * as wasm from "../wasm/kybcheck.js";
import { bind } from "./core.js";

wasm.initSync({ module: readFileSync(new URL("../wasm/kybcheck_bg.wasm", import.meta.url)) });

export const { validate, validateToJson, schema, codes, version } = bind(wasm);
