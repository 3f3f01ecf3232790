// Browser (and other runtimes') entry: fetches and instantiates the WebAssembly module with
// a top-level await, so `import { validate } from "kybcheck/dist/kybcheck.js"` works from a
// plain <script type="module"> with no bundler and no init call. scripts/build-wasm bundles
// it with core.js and the wasm-bindgen glue into dist/kybcheck.js (the URL below resolves
// from either place).
import init, * as wasm from "../wasm/kybcheck.js";
import { bind } from "./core.js";
// The committed schema files as text (scripts/build-wasm copies them, minified, and bundles
// them with esbuild's text loader). Only `schema()` uses them, so an application bundler
// drops them when `schema` is not imported.
import requestSchema from "../schema/request.json";
import responseSchema from "../schema/response.json";

await init({ module_or_path: new URL("../wasm/kybcheck_bg.wasm", import.meta.url) });

const api = bind(wasm);
export const { validate, validateToJson, codes, version } = api;

/** The JSON Schema of `kind` ("request" by default): a fresh object each call. */
export function schema(kind) {
  return JSON.parse(api.schemaKind(kind) === 1 ? responseSchema : requestSchema);
}
