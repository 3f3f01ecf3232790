// Browser (and other runtimes') entry: fetches and instantiates the WebAssembly module with
// a top-level await, so `import { validate } from "kybcheck/dist/kybcheck.js"` works from a
// plain <script type="module"> with no bundler and no init call. scripts/build-wasm bundles
// it with core.js and the wasm-bindgen glue into dist/kybcheck.js (the URL below resolves
// from either place).
import init, * as wasm from "../wasm/kybcheck.js";
import { bind } from "./core.js";

await init({ module_or_path: new URL("../wasm/kybcheck_bg.wasm", import.meta.url) });

export const { validate, validateToJson, schema, codes, version } = bind(wasm);
