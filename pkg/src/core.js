// The shared JS face of kybcheck: turns the wasm-bindgen exports into the public API.
// Reports cross the boundary as JSON text and are parsed here, so callers get plain objects.

function guard(f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      // A trap: a bug in kybcheck (the module aborts on a panic), never bad input.
      throw new Error("kybcheck: internal error. Please report it.", { cause: e });
    }
    // Errors thrown by the core are usage errors in the options.
    throw new TypeError(`kybcheck: ${e && e.message ? e.message : String(e)}`);
  }
}

function toText(input) {
  if (typeof input === "string") return input;
  let text;
  try {
    text = JSON.stringify(input);
  } catch {
    text = undefined; // cycles, BigInt: not JSON
  }
  // Not representable as JSON (undefined, a function, a cycle): the document is not an object.
  return text === undefined ? "null" : text;
}

const wellFormed =
  typeof String.prototype.isWellFormed === "function"
    ? (s) => s.isWellFormed()
    : (s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

function checkOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object") throw new TypeError("kybcheck: options must be an object");
  return options;
}

// The options as the core's exports take them: one argument each (the core checks them and
// words the errors). `now`: [text, kind, millis], kind 0 = a string, 1 = a Date or the
// clock, 2 = another type.
function optionArgs(options) {
  const o = checkOptions(options);
  const now = o.now;
  const given = (v) => (v === undefined || v === null ? undefined : String(v));
  const head =
    now === undefined || now === null
      ? [undefined, 1, Date.now()]
      : typeof now === "string"
        ? [now, 0, 0]
        : now instanceof Date
          ? [undefined, 1, now.getTime()]
          : [undefined, 2, 0];
  return [...head, given(o.lang), given(o.kind), given(o.mode)];
}

export function bind(wasm) {
  const memory = wasm.moduleMemory();
  const encoder = new TextEncoder();
  // The text, encoded straight into the core's input buffer: UTF-8 takes at most three
  // bytes per UTF-16 unit.
  function pass(text) {
    const room = text.length * 3;
    const at = guard(() => wasm.inputBuffer(room));
    return encoder.encodeInto(text, new Uint8Array(memory.buffer, at, room)).written;
  }
  // The UTF-16 code units of the text, little-endian, into the same buffer.
  function passUnits(text) {
    const room = text.length * 2;
    const at = guard(() => wasm.inputBuffer(room));
    const bytes = new Uint8Array(memory.buffer, at, room);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      bytes[2 * i] = unit & 0xff;
      bytes[2 * i + 1] = unit >> 8;
    }
    return room;
  }
  // The forms of validateInput: UTF-8 (0: may hold a replaced lone surrogate; 1: known to
  // be well formed) or 2: UTF-16 code units.
  function validateToJson(input, options) {
    const args = optionArgs(options);
    const text = toText(input);
    const report = guard(() => wasm.validateInput(pass(text), 0, ...args));
    if (report !== "") return report;
    // The text reached the core holding U+FFFD: a real one, or a lone surrogate that the
    // UTF-8 encoding replaced. Only now is the string checked.
    if (wellFormed(text)) return guard(() => wasm.validateInput(pass(text), 1, ...args));
    // A lone surrogate cannot become UTF-8 text: hand the UTF-16 units to the core, which
    // reports it as it reports invalid UTF-8 (never silently replaced).
    return guard(() => wasm.validateInput(passUnits(text), 2, ...args));
  }
  return {
    validate: (input, options) => JSON.parse(validateToJson(input, options)),
    validateToJson,
    // Which schema `schema(kind)` means (0 request, 1 response); the entries hold the files.
    schemaKind: (kind) => guard(() => wasm.schemaKind(kind)),
    codes: () => JSON.parse(guard(() => wasm.codesText())),
    version: wasm.versionText(),
  };
}
