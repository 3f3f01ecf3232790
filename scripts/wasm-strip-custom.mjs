// Removes the custom sections (`name`, `producers`, `target_features`) from a finished
// WebAssembly module, in place: nothing reads them at run time (panics abort, so no stack
// trace names a function), and they cost about 270 bytes gzip.
// Usage: node scripts/wasm-strip-custom.mjs FILE.wasm
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const bytes = readFileSync(file);
const leb = (at) => {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
};
const kept = [bytes.subarray(0, 8)];
let at = 8;
while (at < bytes.length) {
  const start = at;
  const id = bytes[at++];
  const [size, body] = leb(at);
  at = body + size;
  if (at > bytes.length) throw new Error(`${file}: truncated section at byte ${start}`);
  if (id !== 0) kept.push(bytes.subarray(start, at));
}
writeFileSync(file, Buffer.concat(kept));
