// Node entry: instantiates the WebAssembly module synchronously at import, so
// `import { validate } from "kybcheck"` works with no init call.
import { readFileSync } from "node:fs";
import * as wasm from "./wasm/kybcheck.js";
import { bind } from "./core.js";

wasm.initSync({ module: readFileSync(new URL("./wasm/kybcheck_bg.wasm", import.meta.url)) });

export const { validate, validateToJson, schema, codes, version } = bind(wasm);
