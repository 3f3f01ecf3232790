// Loads tests/fixtures/*.json as the Rust harness does (tests/common/mod.rs): the same
// documents, generators and options.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));

function generate(g) {
  switch (g.kind) {
    case "nested_arrays":
      return Buffer.from("[".repeat(g.depth) + "]".repeat(g.depth));
    case "repeat":
      return Buffer.from(g.parts.map(([s, n]) => s.repeat(n)).join(""));
    case "padded": {
      const head = Buffer.from(g.text ?? "");
      return Buffer.concat([head, Buffer.alloc(Math.max(0, g.bytes - head.length), 0x20)]);
    }
    case "big_string":
      return Buffer.from(`"${"a".repeat(Math.max(0, g.bytes - 2))}"`);
    case "hex":
      return Buffer.from(g.hex, "hex");
    default:
      throw new Error(`unknown generator ${g.kind}`);
  }
}

/** Every case: { file, name, options, bytes (Buffer), document? , expect }. */
export function loadCases() {
  const out = [];
  const dir = root + "tests/fixtures/";
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    for (const c of JSON.parse(readFileSync(dir + file, "utf8")).cases) {
      let bytes;
      if ("document" in c) bytes = Buffer.from(JSON.stringify(c.document));
      else if ("text" in c) bytes = Buffer.from(c.text);
      else bytes = generate(c.generate);
      out.push({ file, name: c.name, options: c.options ?? {}, bytes, document: c.document, expect: c.expect });
    }
  }
  return out;
}
